import { createHmac } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { identityIndexInput, SEALED_PERSON_FIELDS, VULNERABILITIES, type PersonalFields, type Vulnerability } from '../../core/person.js';
import { openPersonField, sealPersonField } from './person-field-cipher.js';
import { unwrapPersonDataKey } from './person-key-wrap.js';

/**
 * The personal fields of a person as ONE sealed value (`people.personal_data`):
 * one AES-256-GCM operation per person instead of seven keeps import and the
 * safeguard sweep fast, and hides even which fields are empty.
 * Warning: stored format — a JSON array in SEALED_PERSON_FIELDS order behind
 * a version tag; a new layout needs a new tag and a reader for the old one.
 *
 * @example const sealed = sealPersonalFields(key, personId, { givenNames: 'Ana', familyName: 'Doe', aliases: [], birthDate: null, nationalities: [], languages: [], vulnerabilities: [] });
 */
export function sealPersonalFields(key: Uint8Array, personId: string, fields: PersonalFields): string {
  return sealPersonField(key, personId, JSON.stringify(['person/1', ...SEALED_PERSON_FIELDS.map((name) => fields[name])]));
}

/**
 * Opens what sealPersonalFields sealed. Throws AppError `validation_failed`
 * when the value does not open with this key and person id, or is not the
 * stored layout.
 *
 * @example openPersonalFields(key, personId, row.personal_data).familyName === 'Doe'
 */
export function openPersonalFields(key: Uint8Array, personId: string, sealed: string): PersonalFields {
  const parsed: unknown = JSON.parse(openPersonField(key, personId, sealed));
  if (!Array.isArray(parsed) || parsed[0] !== 'person/1' || parsed.length !== SEALED_PERSON_FIELDS.length + 1) {
    throw new AppError('validation_failed', `the sealed fields of person ${personId} are not in the person/1 layout`, { personId });
  }
  const [, givenNames, familyName, aliases, birthDate, nationalities, languages, vulnerabilities] = parsed as [string, string, string, string[], string | null, string[], string[], string[]];
  return {
    givenNames,
    familyName,
    aliases,
    birthDate,
    nationalities,
    languages,
    vulnerabilities: vulnerabilities.filter((value): value is Vulnerability => (VULNERABILITIES as readonly string[]).includes(value)),
  };
}

/**
 * Opens a stored person's fields with their data key as stored (wrapped under the KEK): the key is
 * unwrapped in memory only. Throws `signing_key_invalid` when the KEK does not open the key and
 * `validation_failed` as openPersonalFields does.
 *
 * @example openWrappedPersonalFields(ctx.personKeyEncryptionKey, row.id, row.wrappedPersonKey, row.personalData)
 */
export function openWrappedPersonalFields(kek: Uint8Array, personId: string, wrappedKey: Uint8Array, sealed: string): PersonalFields {
  return openPersonalFields(unwrapPersonDataKey(kek, personId, wrappedKey), personId, sealed);
}

/**
 * The keyed blind index of a person: HMAC-SHA-256 under the index key (kept
 * outside the database) of their normalised family name, given names and
 * birth date. Equal identities give equal digests, so duplicate detection is
 * an indexed equality join; without the index key a digest reveals nothing,
 * and no prefix or fuzzy search is possible on it.
 *
 * @example identityDigest(indexKey, { familyName: 'Doe', givenNames: 'Ana', birthDate: '1990-01-01' }).length === 32
 */
export function identityDigest(indexKey: Uint8Array, person: Pick<PersonalFields, 'givenNames' | 'familyName' | 'birthDate'>): Buffer {
  if (indexKey.length !== 32) throw new AppError('validation_failed', `the identity index key has 32 bytes, not ${indexKey.length}`);
  return createHmac('sha256', indexKey).update(identityIndexInput(person), 'utf8').digest();
}
