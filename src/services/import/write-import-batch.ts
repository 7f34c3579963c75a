import { sql } from 'kysely';
import { newPersonKeyBatch } from '../../audit/retention/person-key-wrap.js';
import { identityDigest, openWrappedPersonalFields, sealPersonalFields } from '../../audit/retention/sealed-person.js';
import { appendAudit } from '../../audit/audit-log.js';
import { sha256Hex } from '../../audit/sha256.js';
import { caseReference } from '../../core/case.js';
import type { RowProblem } from '../../core/import/import-row.js';
import { personIdentityKey } from '../../core/person.js';
import type { Tx } from '../../db/schema.js';
import type { ResolvedRow } from './import-references.js';
import { importRowDigest, importRowHash, legacyImportRowHash } from './import-row-digest.js';
import { timeOrderedIds } from './time-ordered-ids.js';

export interface BatchOutcome {
  readonly imported: number;
  /** Rows an earlier run of the same rows already imported (resumability). */
  readonly skipped: number;
  readonly problems: readonly RowProblem[];
  /** Lines of the rejected rows (a row may have several problems). */
  readonly rejectedLines: number;
}

export interface BatchTarget {
  readonly runId: string;
  readonly actor: string;
  readonly agency: string;
  readonly at: string;
  /** The people's blind index key (ServiceContext.identityIndexKey). */
  readonly identityIndexKey: Uint8Array;
  /** Wraps the new people's data keys and opens those of possible duplicates (ServiceContext.personKeyEncryptionKey). */
  readonly personKeyEncryptionKey: Uint8Array;
}

/**
 * Writes one batch in the caller's transaction with six statements whatever
 * its size: one duplicate check for the whole batch, one serial block for
 * the case references, and one `insert … select from unnest(arrays)` each
 * for people (sealed under a fresh data key each, with their blind index),
 * person_keys, cases and import_rows (time-ordered ids made here, so no RETURNING), plus
 * one audit entry with the batch's line range, counts and hashes over its
 * row digests (keyed: importRowDigest) and case ids. Either all of it commits or none of it: there is
 * never a person without their case.
 *
 * Duplicates are reported, never merged: the same external id (person or
 * case), or the same person by name, birth date and nationality
 * (personIdentityKey), already in the database or earlier in the file.
 * A row whose identical content an earlier run imported is skipped instead
 * (its keyed row digest matches), which makes re-running an interrupted or
 * finished file import nothing twice. A row whose person external id belongs
 * to an erased person is refused with `person_erased`: erasure cleared the
 * digests of their rows, and their data may not come back through an import.
 *
 * @example const outcome = await runWrite(ctx, (trx) => writeImportBatch(trx, target, rows));
 */
export async function writeImportBatch(trx: Tx, target: BatchTarget, rows: readonly ResolvedRow[]): Promise<BatchOutcome> {
  if (rows.length === 0) return { imported: 0, skipped: 0, problems: [], rejectedLines: 0 };
  const rowDigests = rows.map((row) => importRowDigest(target.identityIndexKey, importRowHash(row)));
  const digests = rows.map((row) => identityDigest(target.identityIndexKey, row));
  const taken = await findTaken(trx, rows, digests, target.personKeyEncryptionKey);

  const problems: RowProblem[] = [];
  const accepted: ResolvedRow[] = [];
  const acceptedDigests: string[] = [];
  let skipped = 0;
  let rejectedLines = 0;
  const seenCase = new Map<string, number>();
  const seenPerson = new Map<string, number>();
  const seenIdentity = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowDigest = rowDigests[index] ?? '';
    const earlier = taken.imports.get(row.caseExternalId);
    // An erased person's rows have no digest (NULL): never "the same row", so they fall through to person_erased below.
    if (earlier !== undefined && earlier.rowDigest !== null && earlier.runId !== target.runId && (earlier.rowDigest === rowDigest || earlier.rowDigest === importRowDigest(target.identityIndexKey, legacyImportRowHash(row)))) {
      skipped += 1;
      return;
    }
    const identity = personIdentityKey(row);
    const rowProblems: RowProblem[] = [];
    const duplicate = (column: string, reason: 'duplicate_external_id' | 'duplicate_person' | 'person_erased', message: string) => rowProblems.push({ line: row.line, column, reason, message });
    const caseLine = seenCase.get(row.caseExternalId);
    if (caseLine !== undefined) duplicate('case_external_id', 'duplicate_external_id', `case external id ${JSON.stringify(row.caseExternalId)} repeats line ${caseLine}`);
    else if (taken.caseIds.has(row.caseExternalId)) duplicate('case_external_id', 'duplicate_external_id', `a case with external id ${JSON.stringify(row.caseExternalId)} already exists`);
    const personLine = seenPerson.get(row.externalId);
    if (personLine !== undefined) duplicate('external_id', 'duplicate_external_id', `person external id ${JSON.stringify(row.externalId)} repeats line ${personLine}`);
    else if (taken.erasedPersonIds.has(row.externalId)) duplicate('external_id', 'person_erased', `the person with external id ${JSON.stringify(row.externalId)} was erased; their data may not be imported again`);
    else if (taken.personIds.has(row.externalId)) duplicate('external_id', 'duplicate_external_id', `a person with external id ${JSON.stringify(row.externalId)} already exists`);
    const identityLine = seenIdentity.get(identity);
    if (identityLine !== undefined) duplicate('*', 'duplicate_person', `same name, birth date and nationality as line ${identityLine}`);
    else if (taken.identities.has(identity)) duplicate('*', 'duplicate_person', 'a person with the same name, birth date and nationality already exists');
    if (!seenCase.has(row.caseExternalId)) seenCase.set(row.caseExternalId, row.line);
    if (!seenPerson.has(row.externalId)) seenPerson.set(row.externalId, row.line);
    if (!seenIdentity.has(identity)) seenIdentity.set(identity, row.line);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejectedLines += 1;
    } else {
      accepted.push(row);
      acceptedDigests.push(rowDigest);
    }
  });
  if (accepted.length === 0) return { imported: 0, skipped, problems, rejectedLines };

  const personIds = timeOrderedIds(accepted.length);
  const caseIds = timeOrderedIds(accepted.length);
  const at = target.at;
  // One random draw for the whole batch's data keys; each person's fields sealed under their own key, stored wrapped under the KEK.
  const keys = newPersonKeyBatch(target.personKeyEncryptionKey, personIds);
  await sql`
    insert into people (id, external_id, personal_data, identity_digest, created_at, updated_at)
    select id, external_id, personal_data, decode(digest, 'hex'), ${at}::timestamptz, ${at}::timestamptz
      from unnest(${personIds}::uuid[], ${accepted.map((row) => row.externalId)}::text[],
                  ${accepted.map((row, index) => sealPersonalFields(keys.dataKey(index), personIds[index] ?? '', row))}::text[],
                  ${accepted.map((row) => identityDigest(target.identityIndexKey, row).toString('hex'))}::text[])
        as v(id, external_id, personal_data, digest)`.execute(trx);
  await sql`
    insert into person_keys (person_id, key)
    select id, decode(key, 'hex') from unnest(${personIds}::uuid[], ${keys.wrappedHex}::text[]) as v(id, key)`.execute(trx);

  // One statement reserves the batch's serials; nextval is safe against concurrent imports and case creation.
  const { rows: reserved } = await sql<{ serials: string[] }>`select array_agg(nextval('case_reference_seq') order by n)::text[] as serials from generate_series(1, ${accepted.length}::int) as n`.execute(trx);
  const serials = reserved[0]?.serials ?? [];
  const year = new Date(at).getUTCFullYear();
  await sql`
    insert into cases (id, reference, person_id, state, destination_country, agreement_id, rule_set_id, officer_id, counsel_id, external_id, agency, opened_at, created_at, updated_at)
    select id, reference, person_id, 'intake', destination_country, agreement_id, rule_set_id, officer_id, counsel_id, external_id, ${target.agency}, ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz
      from unnest(${caseIds}::uuid[], ${serials.map((serial) => caseReference(year, Number(serial)))}::text[], ${personIds}::uuid[],
                  ${accepted.map((row) => row.destinationCountry)}::char(2)[], ${accepted.map((row) => row.agreementId)}::uuid[], ${accepted.map((row) => row.resolvedRuleSetId)}::text[],
                  ${accepted.map((row) => row.officerId)}::uuid[], ${accepted.map((row) => row.counselId)}::uuid[], ${accepted.map((row) => row.caseExternalId)}::text[])
        as v(id, reference, person_id, destination_country, agreement_id, rule_set_id, officer_id, counsel_id, external_id)`.execute(trx);

  await sql`
    insert into import_rows (run_id, line, person_external_id, case_external_id, row_digest, person_id, case_id)
    select ${target.runId}::uuid, line, person_external_id, case_external_id, row_digest, person_id, case_id
      from unnest(${accepted.map((row) => row.line)}::int4[], ${accepted.map((row) => row.externalId)}::text[], ${accepted.map((row) => row.caseExternalId)}::text[],
                  ${acceptedDigests}::text[], ${personIds}::uuid[], ${caseIds}::uuid[])
        as v(line, person_external_id, case_external_id, row_digest, person_id, case_id)`.execute(trx);

  await appendAudit(trx, {
    actor: target.actor,
    action: 'import.batch',
    resourceType: 'import_run',
    resourceId: target.runId,
    details: {
      firstLine: accepted[0]?.line,
      lastLine: accepted[accepted.length - 1]?.line,
      people: personIds.length,
      cases: caseIds.length,
      // Hashes over the keyed row digests and the created ids (in line order, as import_rows holds them): enough to prove
      // what was imported, and without the index key they confirm no guessed row. Entries written before migration
      // 20261130T0400 hash the unkeyed row hashes; the append-only log keeps them.
      rowsSha256: sha256Hex(acceptedDigests.join('\n')),
      caseIdsSha256: sha256Hex(caseIds.join('\n')),
    },
    at,
  });
  return { imported: accepted.length, skipped, problems, rejectedLines };
}

/** What the database already holds that a row of the batch may collide with. */
interface TakenKeys {
  /** Earlier imports by case external id. */
  readonly imports: ReadonlyMap<string, { readonly rowDigest: string | null; readonly runId: string }>;
  readonly caseIds: ReadonlySet<string>;
  readonly personIds: ReadonlySet<string>;
  /** External ids of people whose data key is destroyed (erased). */
  readonly erasedPersonIds: ReadonlySet<string>;
  /** personIdentityKey of stored people sharing a name and birth date (their blind index) with a row. */
  readonly identities: ReadonlySet<string>;
}

/**
 * Every duplicate check of a batch in one statement: the batch's keys go in
 * as arrays and are joined against import_rows, cases and people through
 * their unique indexes and the keyed blind index (identity_digest: exact match
 * on normalised family name, given names and birth date). The few people
 * found by digest are opened here and compared with personIdentityKey, the
 * one definition of "same person" (it adds the nationalities).
 */
async function findTaken(trx: Tx, rows: readonly ResolvedRow[], digests: readonly Buffer[], personKeyEncryptionKey: Uint8Array): Promise<TakenKeys> {
  const { rows: found } = await sql<{ kind: 'import' | 'case' | 'person' | 'erased' | 'identity'; key: string | null; row_digest: string | null; run_id: string | null; personal_data: string | null; person_key: Uint8Array | null }>`
    with batch as (
      select * from unnest(${rows.map((row) => row.caseExternalId)}::text[], ${rows.map((row) => row.externalId)}::text[]) as b(case_external_id, person_external_id)
    )
    select 'import' as kind, r.case_external_id as key, r.row_digest, r.run_id::text as run_id, null::text as personal_data, null::bytea as person_key
      from import_rows r where r.case_external_id in (select case_external_id from batch)
    union all
    select 'case', c.external_id, null, null, null, null from cases c where c.external_id in (select case_external_id from batch)
    union all
    select 'person', p.external_id, null, null, null, null from people p where p.external_id in (select person_external_id from batch)
    union all
    select 'erased', p.external_id, null, null, null, null
      from people p join person_keys k on k.person_id = p.id
     where p.external_id in (select person_external_id from batch) and k.key is null
    union all
    select 'identity', p.id::text, null, null, p.personal_data, k.key
      from people p join person_keys k on k.person_id = p.id
     where p.identity_digest in (select decode(hex, 'hex') from unnest(${[...new Set(digests.map((digest) => digest.toString('hex')))]}::text[]) as d(hex))
       and k.key is not null`.execute(trx);
  const imports = new Map<string, { rowDigest: string | null; runId: string }>();
  const caseIds = new Set<string>();
  const personIds = new Set<string>();
  const erasedPersonIds = new Set<string>();
  const identities = new Set<string>();
  for (const row of found) {
    if (row.kind === 'import' && row.key !== null) imports.set(row.key, { rowDigest: row.row_digest, runId: row.run_id ?? '' });
    else if (row.kind === 'case' && row.key !== null) caseIds.add(row.key);
    else if (row.kind === 'person' && row.key !== null) personIds.add(row.key);
    else if (row.kind === 'erased' && row.key !== null) erasedPersonIds.add(row.key);
    else if (row.kind === 'identity' && row.key !== null && row.personal_data !== null && row.person_key !== null) {
      identities.add(personIdentityKey(openWrappedPersonalFields(personKeyEncryptionKey, row.key, Uint8Array.from(row.person_key), row.personal_data)));
    }
  }
  return { imports, caseIds, personIds, erasedPersonIds, identities };
}
