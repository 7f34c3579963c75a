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

/** A person facing removal. Several nationalities and languages are normal. */
export interface Person {
  readonly id: string;
  readonly externalId: string | null;
  readonly givenNames: string;
  readonly familyName: string;
  readonly aliases: readonly string[];
  readonly birthDate: string | null;
  readonly nationalities: readonly CountryCode[];
  readonly languages: readonly LanguageCode[];
  readonly vulnerabilities: readonly Vulnerability[];
  readonly isDemo: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The duplicate key of the import issue: same name, birth date and a shared nationality. */
export function personIdentityKey(person: Pick<Person, 'givenNames' | 'familyName' | 'birthDate' | 'nationalities'>): string {
  const nationality = [...person.nationalities].sort().join('+');
  return [person.familyName.trim().toLowerCase(), person.givenNames.trim().toLowerCase(), person.birthDate ?? '', nationality].join('|');
}
