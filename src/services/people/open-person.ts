import { openPersonalFields } from '../../audit/retention/sealed-person.js';
import type { PersonalFields, PersonRecord } from '../../core/person.js';
import type { SealedPersonRow } from '../../db/repositories/person.repository.js';

/**
 * Opens a stored person: their personal fields decrypted with their data key,
 * or an erased person (ids, flags, timestamps and `erased: true`) when the key
 * was destroyed.
 *
 * @example const person = openPersonRecord(await findPersonRow(ctx.db, id));
 */
export function openPersonRecord(row: SealedPersonRow): PersonRecord {
  const base = { id: row.id, externalId: row.externalId, isDemo: row.isDemo, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version };
  if (row.personKey === null) return { ...base, erased: true };
  return { ...base, ...openPersonalFields(row.personKey, row.id, row.personalData), erased: false };
}

/**
 * The personal fields a subject row carries for the safeguards: decrypted, or
 * the empty facts of an erased person (no birth date, nationality, language
 * or vulnerability is known any more).
 */
export function openSubjectFields(personId: string, sealed: string, key: Uint8Array | null): Pick<PersonalFields, 'birthDate' | 'nationalities' | 'languages' | 'vulnerabilities'> {
  if (key === null) return { birthDate: null, nationalities: [], languages: [], vulnerabilities: [] };
  const { birthDate, nationalities, languages, vulnerabilities } = openPersonalFields(key, personId, sealed);
  return { birthDate, nationalities, languages, vulnerabilities };
}
