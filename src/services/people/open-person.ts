import { openWrappedPersonalFields } from '../../audit/retention/sealed-person.js';
import type { PersonalFields, PersonRecord } from '../../core/person.js';
import type { SealedPersonRow } from '../../db/repositories/person.repository.js';

/**
 * Opens a stored person: their data key unwrapped with the KEK (in memory
 * only) and their personal fields decrypted with it, or an erased person (ids,
 * flags, timestamps and `erased: true`) when the key was destroyed.
 *
 * @example const person = openPersonRecord(await findPersonRow(ctx.db, id), ctx.personKeyEncryptionKey);
 */
export function openPersonRecord(row: SealedPersonRow, personKeyEncryptionKey: Uint8Array): PersonRecord {
  const base = { id: row.id, externalId: row.externalId, isDemo: row.isDemo, createdAt: row.createdAt, updatedAt: row.updatedAt, version: row.version };
  if (row.wrappedPersonKey === null) return { ...base, erased: true };
  return { ...base, ...openWrappedPersonalFields(personKeyEncryptionKey, row.id, row.wrappedPersonKey, row.personalData), erased: false };
}

/**
 * The personal fields a subject row carries for the safeguards: decrypted, or
 * the empty facts of an erased person (no birth date, nationality, language
 * or vulnerability is known any more).
 */
export function openSubjectFields(
  personId: string,
  sealed: string,
  wrappedKey: Uint8Array | null,
  personKeyEncryptionKey: Uint8Array,
): Pick<PersonalFields, 'birthDate' | 'nationalities' | 'languages' | 'vulnerabilities'> {
  if (wrappedKey === null) return { birthDate: null, nationalities: [], languages: [], vulnerabilities: [] };
  const { birthDate, nationalities, languages, vulnerabilities } = openWrappedPersonalFields(personKeyEncryptionKey, personId, wrappedKey, sealed);
  return { birthDate, nationalities, languages, vulnerabilities };
}
