import { erasePersonKey } from '../../audit/retention/person-keys.js';
import { AppError } from '../../core/errors.js';
import { actorRef, type Principal } from '../../core/principal.js';
import type { ErasePersonInput } from '../../core/schemas/person.schema.js';
import { clearImportRowDigestsOfPerson } from '../../db/repositories/import-row.repository.js';
import { clearIdentityDigest, findPersonRow, lockPersonRow } from '../../db/repositories/person.repository.js';
import type { Tx } from '../../db/schema.js';
import { assertStillAllowed, requireAllowed } from '../access/authorize.js';
import { personResourceOf } from '../access/case-access.js';
import { nowInstant, runWrite, type ServiceContext } from '../context.js';

/** Transfer statuses during which the people on the manifest must stay identifiable (boarding, arrival, welfare). */
const OPEN_TRANSFER_STATUSES = ['planned', 'manifest_locked', 'departed'] as const;

/**
 * Erases a person by law (crypto-shredding): their data key is destroyed,
 * so their sealed personal fields never open again, and their blind index
 * value and the digests of their imported rows are deleted. One
 * transaction: lock the person, re-check the decision, refuse while one of
 * their cases is on an open transfer or is not closed
 * (safeguards evaluated over erased facts would see no birth date, no
 * nationality and no vulnerability, and could pass what the person's real
 * data would block: only a closed case, which never moves again, may lose
 * them — the most protective reading), destroy the key
 * with its `person.erase` audit entry (only `{keyDestroyed, legalBasis}`),
 * forget the blind index value and the import row digests (a re-import of
 * their rows is then refused as `person_erased`, see writeImportBatch). Ids,
 * cases, decisions and the audit chain stay: they never held the personal data.
 *
 * Throws `not_found` (no such person, or the caller may not know of them),
 * `forbidden` (known but not an administrator), `person_in_transfer` (409,
 * details.transferIds), `person_has_open_cases` (409, details.caseIds) and
 * `person_erased` (410, already erased).
 *
 * @example await erasePerson(ctx, principal, personId, { legalBasis: 'gdpr-art17' });
 */
export async function erasePerson(ctx: ServiceContext, principal: Principal, personId: string, input: ErasePersonInput): Promise<void> {
  if (!(await findPersonRow(ctx.db, personId))) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
  await requireAllowed(ctx, principal, 'person:erase', await personResourceOf(ctx.db, personId));
  const at = nowInstant(ctx);
  await runWrite(ctx, async (trx) => {
    if (!(await lockPersonRow(trx, personId))) throw new AppError('not_found', `person ${personId} not found`, { id: personId });
    assertStillAllowed(ctx, principal, 'person:erase', await personResourceOf(trx, personId));
    const transferIds = await openTransfersOfPerson(trx, personId);
    if (transferIds.length > 0) {
      throw new AppError('person_in_transfer', `person ${personId} is on open transfer(s) ${transferIds.join(', ')}`, { personId, transferIds }, 'This person is on a transfer in progress; erase them once it has arrived, closed or been cancelled.');
    }
    const openCaseIds = await openCasesOfPerson(trx, personId);
    if (openCaseIds.length > 0) {
      throw new AppError('person_has_open_cases', `person ${personId} has case(s) not closed: ${openCaseIds.join(', ')}`, { personId, caseIds: openCaseIds }, 'This person has cases that are not closed; close them before erasing the person.');
    }
    await erasePersonKey(trx, { personId, actor: actorRef(principal), legalBasis: input.legalBasis, at });
    await clearIdentityDigest(trx, personId);
    await clearImportRowDigestsOfPerson(trx, personId);
  });
}

async function openTransfersOfPerson(trx: Tx, personId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('manifest_entries')
    .innerJoin('cases', 'cases.id', 'manifest_entries.case_id')
    .innerJoin('transfers', 'transfers.id', 'manifest_entries.transfer_id')
    .select('transfers.id')
    .where('cases.person_id', '=', personId)
    .where('manifest_entries.active', '=', true)
    .where('transfers.status', 'in', OPEN_TRANSFER_STATUSES)
    .orderBy('transfers.id')
    .execute();
  return [...new Set(rows.map((row) => row.id))];
}

/** Cases of the person in any state but `closed` (the one state no transition leaves). */
async function openCasesOfPerson(trx: Tx, personId: string): Promise<string[]> {
  const rows = await trx.selectFrom('cases').select('id').where('person_id', '=', personId).where('state', '!=', 'closed').orderBy('id').execute();
  return rows.map((row) => row.id);
}
