import { sql } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import { canonicalHash, sha256Hex } from '../../audit/sha256.js';
import { caseReference } from '../../core/case.js';
import type { RowProblem } from '../../core/import/import-row.js';
import { personIdentityKey } from '../../core/person.js';
import type { Tx } from '../../db/schema.js';
import type { ResolvedRow } from './import-references.js';

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
}

/** The content of a row that decides whether a re-run is the same row (the line number is not part of it). */
export function importRowHash(row: ResolvedRow): string {
  const { line: _line, ...content } = row;
  return canonicalHash(content);
}

/**
 * Writes one batch in the caller's transaction with a handful of statements
 * whatever its size: duplicate checks for the whole batch at once, one
 * multi-row INSERT each for people, cases and import_rows, and one audit
 * entry with the batch's counts and a hash over its rows. Either all of it
 * commits or none of it: there is never a person without their case.
 *
 * Duplicates are reported, never merged: the same external id (person or
 * case), or the same person by name, birth date and nationality
 * (personIdentityKey), already in the database or earlier in the file.
 * A row whose identical content an earlier run imported is skipped instead,
 * which makes re-running an interrupted or finished file import nothing twice.
 *
 * @example const outcome = await runWrite(ctx, (trx) => writeImportBatch(trx, target, rows));
 */
export async function writeImportBatch(trx: Tx, target: BatchTarget, rows: readonly ResolvedRow[]): Promise<BatchOutcome> {
  if (rows.length === 0) return { imported: 0, skipped: 0, problems: [], rejectedLines: 0 };
  const hashes = new Map(rows.map((row) => [row.line, importRowHash(row)]));
  const caseIds = rows.map((row) => row.caseExternalId);
  const personIds = rows.map((row) => row.externalId);

  const [earlierImports, existingCases, existingPeople, sameIdentity] = await Promise.all([
    trx.selectFrom('import_rows').select(['case_external_id', 'row_sha256', 'run_id']).where('case_external_id', 'in', caseIds).execute(),
    trx.selectFrom('cases').select('external_id').where('external_id', 'in', caseIds).execute(),
    trx.selectFrom('people').select('external_id').where('external_id', 'in', personIds).execute(),
    findSameIdentity(trx, rows),
  ]);
  const imported = new Map(earlierImports.map((r) => [r.case_external_id, r]));
  const takenCaseIds = new Set(existingCases.map((r) => r.external_id));
  const takenPersonIds = new Set(existingPeople.map((r) => r.external_id));
  const takenIdentities = new Set(sameIdentity);

  const problems: RowProblem[] = [];
  const accepted: ResolvedRow[] = [];
  let skipped = 0;
  let rejectedLines = 0;
  const seenCase = new Map<string, number>();
  const seenPerson = new Map<string, number>();
  const seenIdentity = new Map<string, number>();
  for (const row of rows) {
    const earlier = imported.get(row.caseExternalId);
    if (earlier !== undefined && earlier.run_id !== target.runId && earlier.row_sha256 === hashes.get(row.line)) {
      skipped += 1;
      continue;
    }
    const identity = personIdentityKey(row);
    const rowProblems: RowProblem[] = [];
    const duplicate = (column: string, reason: 'duplicate_external_id' | 'duplicate_person', message: string) => rowProblems.push({ line: row.line, column, reason, message });
    const caseLine = seenCase.get(row.caseExternalId);
    if (caseLine !== undefined) duplicate('case_external_id', 'duplicate_external_id', `case external id ${JSON.stringify(row.caseExternalId)} repeats line ${caseLine}`);
    else if (takenCaseIds.has(row.caseExternalId)) duplicate('case_external_id', 'duplicate_external_id', `a case with external id ${JSON.stringify(row.caseExternalId)} already exists`);
    const personLine = seenPerson.get(row.externalId);
    if (personLine !== undefined) duplicate('external_id', 'duplicate_external_id', `person external id ${JSON.stringify(row.externalId)} repeats line ${personLine}`);
    else if (takenPersonIds.has(row.externalId)) duplicate('external_id', 'duplicate_external_id', `a person with external id ${JSON.stringify(row.externalId)} already exists`);
    const identityLine = seenIdentity.get(identity);
    if (identityLine !== undefined) duplicate('*', 'duplicate_person', `same name, birth date and nationality as line ${identityLine}`);
    else if (takenIdentities.has(identity)) duplicate('*', 'duplicate_person', 'a person with the same name, birth date and nationality already exists');
    if (!seenCase.has(row.caseExternalId)) seenCase.set(row.caseExternalId, row.line);
    if (!seenPerson.has(row.externalId)) seenPerson.set(row.externalId, row.line);
    if (!seenIdentity.has(identity)) seenIdentity.set(identity, row.line);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejectedLines += 1;
    } else accepted.push(row);
  }
  if (accepted.length === 0) return { imported: 0, skipped, problems, rejectedLines };

  const people = await trx
    .insertInto('people')
    .values(
      accepted.map((row) => ({
        external_id: row.externalId,
        given_names: row.givenNames,
        family_name: row.familyName,
        aliases: [...row.aliases],
        birth_date: row.birthDate,
        nationalities: [...row.nationalities],
        languages: [...row.languages],
        vulnerabilities: [...row.vulnerabilities],
        created_at: target.at,
        updated_at: target.at,
      })),
    )
    .returning(['id', 'external_id'])
    .execute();
  const personIdByExternal = new Map(people.map((p) => [p.external_id, p.id]));
  const { rows: serials } = await sql<{ n: number }>`select nextval('case_reference_seq')::int8 as n from generate_series(1, ${accepted.length}::int)`.execute(trx);
  const year = new Date(target.at).getUTCFullYear();
  const cases = await trx
    .insertInto('cases')
    .values(
      accepted.map((row, index) => ({
        reference: caseReference(year, Number(serials[index]?.n)),
        person_id: personIdByExternal.get(row.externalId) ?? '',
        state: 'intake',
        destination_country: row.destinationCountry,
        agreement_id: row.agreementId,
        rule_set_id: row.resolvedRuleSetId,
        officer_id: row.officerId,
        counsel_id: row.counselId,
        external_id: row.caseExternalId,
        agency: target.agency,
        opened_at: target.at,
        created_at: target.at,
        updated_at: target.at,
      })),
    )
    .returning(['id', 'external_id'])
    .execute();
  const caseIdByExternal = new Map(cases.map((c) => [c.external_id, c.id]));
  await trx
    .insertInto('import_rows')
    .values(
      accepted.map((row) => ({
        run_id: target.runId,
        line: row.line,
        person_external_id: row.externalId,
        case_external_id: row.caseExternalId,
        row_sha256: hashes.get(row.line) ?? '',
        person_id: personIdByExternal.get(row.externalId) ?? '',
        case_id: caseIdByExternal.get(row.caseExternalId) ?? '',
      })),
    )
    .execute();
  await appendAudit(trx, {
    actor: target.actor,
    action: 'import.batch',
    resourceType: 'import_run',
    resourceId: target.runId,
    details: {
      firstLine: accepted[0]?.line,
      lastLine: accepted[accepted.length - 1]?.line,
      people: people.length,
      cases: cases.length,
      // Hashes over the rows and the created ids: enough to prove what was imported, no personal data.
      rowsSha256: sha256Hex(accepted.map((row) => hashes.get(row.line)).join('\n')),
      caseIdsSha256: sha256Hex(cases.map((c) => c.id).join('\n')),
    },
    at: target.at,
  });
  return { imported: accepted.length, skipped, problems, rejectedLines };
}

/** Identity keys of people already stored who share a name and birth date with a row of the batch. */
async function findSameIdentity(trx: Tx, rows: readonly ResolvedRow[]): Promise<string[]> {
  const families = rows.map((row) => row.familyName.trim().toLowerCase());
  const givens = rows.map((row) => row.givenNames.trim().toLowerCase());
  const births = rows.map((row) => row.birthDate);
  const { rows: found } = await sql<{ given_names: string; family_name: string; birth_date: string | null; nationalities: string[] }>`
    select p.given_names, p.family_name, p.birth_date, p.nationalities
      from people p
      join (select distinct * from unnest(${families}::text[], ${givens}::text[], ${births}::date[]) as k(family, given, birth)) k
        on lower(p.family_name) = k.family and lower(p.given_names) = k.given and p.birth_date is not distinct from k.birth`.execute(trx);
  return found.map((person) => personIdentityKey({ givenNames: person.given_names, familyName: person.family_name, birthDate: person.birth_date, nationalities: person.nationalities }));
}
