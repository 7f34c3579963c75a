import type { Command } from 'commander';
import { systemPrincipal } from '../../core/principal.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { seedScale } from '../../services/scale/seed-scale.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Load data: --demo loads the demo program (idempotent); --scale <n> adds n synthetic people and cases')
    .option('--demo', 'load the demo program: reported agreements with sources and fictional people and cases')
    .option('--scale <n>', 'add n synthetic people with cases, facts, decisions and cables (loads the demo program first if absent)')
    .action(async (options: { demo?: boolean; scale?: string }) => {
      if (!options.demo && options.scale === undefined) throw new ExitError(2, 'waypoint seed: say what to load (--demo or --scale <n>)');
      const count = options.scale === undefined ? 0 : Number(options.scale);
      if (options.scale !== undefined && (!Number.isInteger(count) || count < 1)) throw new ExitError(2, `waypoint seed: --scale needs a positive integer, not ${options.scale}`);
      const config = readConfig();
      const runtime = await openRuntime(config);
      try {
        if (options.scale !== undefined) {
          const scaled = await seedScale(runtime.services, systemPrincipal(config.operatorActor), {
            count,
            onProgress: (p) => process.stdout.write(`seed --scale: ${p.done}/${p.total} (${Math.round(p.done / Math.max(p.elapsedSeconds, 0.001))}/s)\n`),
          });
          process.stdout.write(`seed --scale: ${scaled.people} people, ${scaled.cases} cases, ${scaled.facts} facts, ${scaled.decisions} decisions, ${scaled.documents} documents, ${scaled.paragraphs} paragraphs in ${scaled.seconds.toFixed(1)} s\n`);
          if (!options.demo) return;
        }
        const result = await seedDemo(runtime.services, systemPrincipal(config.operatorActor));
        process.stdout.write(`seed: ${result.usersCreated} users, ${result.agreementsCreated} agreements, ${result.peopleCreated} people, ${result.casesCreated} cases created\n`);
      } finally {
        await runtime.close();
      }
    });
}
