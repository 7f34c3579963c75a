import type { Command } from 'commander';
import { z } from 'zod';
import { systemPrincipal } from '../../core/principal.js';
import { ERASURE_LEGAL_BASES, erasePersonSchema } from '../../core/schemas/person.schema.js';
import { erasePerson } from '../../services/people/erase-person.js';
import { ExitError } from '../cli-error.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

/**
 * `waypoint people erase <id> --legal-basis <code>`: crypto-shreds a person
 * (the operator acts as the system principal; the act is audited with its
 * legal basis, never with the person's data).
 *
 * @example waypoint people erase 0193a0c4-… --legal-basis gdpr-art17
 */
export function registerPeopleCommand(program: Command): void {
  const people = program.command('people').description('People: erase one by law (crypto-shredding)');

  people
    .command('erase <id>')
    .description("Destroy a person's data key: their personal fields can never be read again; ids, cases and the audit chain stay")
    .requiredOption('--legal-basis <code>', `the legal ground: ${ERASURE_LEGAL_BASES.join(', ')}`)
    .action(async (id: string, options: { legalBasis: string }) => {
      if (!z.uuid().safeParse(id).success) throw new ExitError(2, `people erase: ${JSON.stringify(id)} is not a person id (a UUID)`);
      const input = erasePersonSchema.safeParse({ legalBasis: options.legalBasis });
      if (!input.success) throw new ExitError(2, `people erase: --legal-basis must be one of ${ERASURE_LEGAL_BASES.join(', ')}`);
      const runtime = await openRuntime(readConfig());
      try {
        await erasePerson(runtime.services, systemPrincipal(runtime.config.operatorActor), id, input.data);
        process.stdout.write(`person ${id} erased (${input.data.legalBasis}): data key destroyed\n`);
      } finally {
        await runtime.close();
      }
    });
}
