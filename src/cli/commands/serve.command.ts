import type { Command } from 'commander';
import { buildServer } from '../../api/server.js';
import { systemPrincipal } from '../../core/principal.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the API, docs and web UI (migrates the database first; refuses to serve if that fails)')
    .option('--demo', 'load the demo program when the database holds no agreements yet')
    .option('--port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)')
    .action(async (options: { demo?: boolean; port?: string; host?: string }) => {
      const config = readConfig({ ...process.env, ...(options.port !== undefined && { PORT: options.port }), ...(options.host !== undefined && { HOST: options.host }) });
      // Serving signs audit checkpoints: the key in <dataDir>/keys is created on first start.
      const runtime = await openRuntime(config, { checkpoints: true });
      const operator = systemPrincipal(config.operatorActor);
      if (options.demo) {
        const existing = await runtime.database.db.selectFrom('agreements').select('id').limit(1).executeTakeFirst();
        if (!existing) {
          const seeded = await seedDemo(runtime.services, operator);
          process.stdout.write(`demo program loaded: ${seeded.agreementsCreated} agreements, ${seeded.casesCreated} cases\n`);
        }
      }
      const app = await buildServer({
        services: runtime.services,
        databaseKind: runtime.database.kind,
        auditKey: runtime.signingKey,
        signingKey: runtime.signingKey,
        logger: { level: config.logLevel },
        secureCookies: process.env.WAYPOINT_SECURE_COOKIES === 'true',
      });
      const anyUser = await runtime.database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      if (!anyUser) {
        process.stdout.write(
          'waypoint: no accounts yet. Create the first admin:\n  printf %s "<a password of 12+ characters>" | npx waypoint users create admin --role admin --password-stdin\n',
        );
      }
      runtime.services.sealer.startTimer(1_000);
      const shutdown = async (): Promise<void> => {
        await app.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        await runtime.close();
        throw error;
      }
      process.stdout.write(`waypoint: serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${runtime.database.kind}; API docs at /docs)\n`);
    });
}
