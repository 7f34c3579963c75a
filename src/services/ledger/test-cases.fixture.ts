import { DEFAULT_RULE_SET_ID } from '../../core/schemas/case.schema.js';
import { insertCase } from '../../db/repositories/case.repository.js';
import { insertPerson } from '../../db/repositories/person.repository.js';
import type { ServiceContext } from '../context.js';

/**
 * Test fixture: `count` fictional people with one open case each, proposed
 * to `agreementId`, written in one transaction, sealed and indexed with the
 * context's keys (transitions open their fields). Returns the case ids.
 */
export async function createTestCases(services: Pick<ServiceContext, 'db' | 'identityIndexKey' | 'personKeyEncryptionKey'>, agreementId: string | null, count: number, at = '2026-01-15T12:00:00.000Z'): Promise<string[]> {
  return services.db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const person = await insertPerson(
        trx,
        { givenNames: 'Test', familyName: `Ledger${index}`, aliases: [], birthDate: '1990-01-01', nationalities: ['SV'], languages: ['es'], vulnerabilities: [], externalId: null },
        at,
        { identityIndexKey: services.identityIndexKey, personKeyEncryptionKey: services.personKeyEncryptionKey },
      );
      const opened = await insertCase(
        trx,
        { personId: person.id, destinationCountry: 'RW', agreementId, ruleSetId: DEFAULT_RULE_SET_ID, officerId: null, counselId: null, externalId: null },
        at,
      );
      ids.push(opened.id);
    }
    return ids;
  });
}
