import type { CountryCode } from './country.js';
import type { LanguageCode } from './language.js';

export const VULNERABILITIES = [
  'unaccompanied_minor',
  'serious_medical',
  'torture_survivor',
  'pregnancy',
  'disability',
  'elderly',
  'trafficking_victim',
  'mental_health',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

/**
 * The personal fields of a person: stored sealed with the person's data key
 * (crypto-shredding, docs/AUDIT.md), readable only while that key exists.
 */
export interface PersonalFields {
  readonly givenNames: string;
  readonly familyName: string;
  readonly aliases: readonly string[];
  readonly birthDate: string | null;
  readonly nationalities: readonly CountryCode[];
  readonly languages: readonly LanguageCode[];
  readonly vulnerabilities: readonly Vulnerability[];
}

/** The names of PersonalFields, in their stored order. */
export const SEALED_PERSON_FIELDS = ['givenNames', 'familyName', 'aliases', 'birthDate', 'nationalities', 'languages', 'vulnerabilities'] as const satisfies readonly (keyof PersonalFields)[];

/** What stays of a person whatever happens to their key: ids, flags, timestamps. */
interface PersonRecordBase {
  readonly id: string;
  /** A reference into another agency's system, not sealed: imports match on it. */
  readonly externalId: string | null;
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A person facing removal. Several nationalities and languages are normal. */
export interface Person extends PersonRecordBase, PersonalFields {
  readonly erased: false;
}

/** A person whose data key was destroyed (crypto-shredded): their personal fields no longer exist anywhere readable. */
export interface ErasedPerson extends PersonRecordBase {
  readonly erased: true;
}

export type PersonRecord = Person | ErasedPerson;

/**
 * The normalised name-and-birth-date part of a person's identity, the input of
 * the keyed blind index `people.identity_digest`. Warning: stored (as an HMAC)
 * — changing it needs a re-index of every person.
 *
 * @example identityIndexInput({ familyName: ' Doe', givenNames: 'Ana', birthDate: null }) === 'doe\u001fana\u001f'
 */
export function identityIndexInput(person: Pick<PersonalFields, 'givenNames' | 'familyName' | 'birthDate'>): string {
  return [person.familyName.trim().toLowerCase(), person.givenNames.trim().toLowerCase(), person.birthDate ?? ''].join('\u001f');
}

/** The duplicate key of the import issue: same name, birth date and a shared nationality. */
export function personIdentityKey(person: Pick<Person, 'givenNames' | 'familyName' | 'birthDate' | 'nationalities'>): string {
  const nationality = [...person.nationalities].sort().join('+');
  return [person.familyName.trim().toLowerCase(), person.givenNames.trim().toLowerCase(), person.birthDate ?? '', nationality].join('|');
}
