import type { Command } from 'commander';
import { systemPrincipal } from '../../core/principal.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import { readConfig } from '../config.js';
import { ExitError } from '../cli-error.js';
import { openRuntime } from '../runtime.js';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Load data: --demo loads the demo program (idempotent)')
    .option('--demo', 'load the demo program: reported agreements with sources and fictional people and cases')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) throw new ExitError(2, 'waypoint seed: say what to load (--demo)');
      const config = readConfig();
      const runtime = await openRuntime(config);
      try {
        const result = await seedDemo(runtime.services, systemPrincipal(config.operatorActor));
        process.stdout.write(`seed: ${result.usersCreated} users, ${result.agreementsCreated} agreements, ${result.peopleCreated} people, ${result.casesCreated} cases created\n`);
      } finally {
        await runtime.close();
      }
    });
}
