import type { CountryCode } from '../country.js';
import type { LanguageCode } from '../language.js';
import type { Instant } from '../time.js';
import { isBefore } from '../time.js';
import type { CaseFacts, DiplomaticAssurance, FearClaim } from './case-facts.js';

/** Questions several safeguards ask of the same facts, answered once and the same way. */

/** True when `at` lies in [from, to); a null bound is open. */
export function isActiveAt(from: Instant | null, to: Instant | null, at: Instant): boolean {
  return (from === null || !isBefore(at, from)) && (to === null || isBefore(at, to));
}

/** At or before `at`: facts recorded with a later date did not exist yet at that instant. */
export function hasHappenedBy(when: Instant | null, at: Instant): boolean {
  return when !== null && !isBefore(at, when);
}

/**
 * A destination not named on the removal order is a third-country removal (8 CFR 1240.12(d), 241.15).
 * Unknown order or destination counts as third-country: the protective default.
 */
export function isThirdCountryCase(facts: CaseFacts): boolean {
  const destination = facts.case.destinationCountry;
  const order = facts.removalOrder;
  if (destination === null || order === null) return true;
  return !order.countriesNamed.includes(destination);
}

export function understands(facts: CaseFacts, language: LanguageCode | null): boolean {
  return language !== null && facts.person.languages.includes(language);
}

export function activeProtectionsFor(facts: CaseFacts, country: CountryCode, at: Instant): CaseFacts['protections'] {
  return facts.protections.filter((p) => p.country === country && hasHappenedBy(p.grantedAt, at) && (p.terminatedAt === null || isBefore(at, p.terminatedAt)));
}

export function coversPerson(assurance: DiplomaticAssurance, personId: string): boolean {
  return assurance.coveredPersonIds === 'all' || assurance.coveredPersonIds.includes(personId);
}

/** An assurance the ICE guidance lets removal rely on: forwarded by State, found reliable by a named official. */
export function reliableAssuranceFor(facts: CaseFacts, country: CountryCode, at: Instant): DiplomaticAssurance | null {
  return (
    facts.assurances.find(
      (a) =>
        a.country === country &&
        coversPerson(a, facts.person.id) &&
        a.forwardedBySecretaryOfState &&
        a.credibilityFinding === 'reliable' &&
        a.foundBy !== null &&
        hasHappenedBy(a.foundAt, at),
    ) ?? null
  );
}

/** Fear claims for a country that had been made by `at`. */
export function fearClaimsFor(facts: CaseFacts, country: CountryCode, at: Instant): FearClaim[] {
  return facts.fearClaims.filter((claim) => claim.country === country && hasHappenedBy(claim.claimedAt, at));
}

/** The outcome as known at `at`: a decision dated later is still pending then. */
export function fearOutcomeAt(claim: FearClaim, at: Instant): FearClaim['outcome'] {
  return hasHappenedBy(claim.decidedAt, at) ? claim.outcome : 'pending';
}

/** Whole years between a calendar birth date and an instant (UTC). */
export function ageInYears(birthDate: string, at: Instant): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const now = new Date(at);
  const hadBirthday = now.getUTCMonth() + 1 > month || (now.getUTCMonth() + 1 === month && now.getUTCDate() >= day);
  return now.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

export function individualAssessmentFor(facts: CaseFacts, country: CountryCode, at: Instant): CaseFacts['individualAssessments'][number] | null {
  const done = facts.individualAssessments.filter((a) => a.country === country && hasHappenedBy(a.completedAt, at));
  // The latest assessment is the one that speaks for the decision-maker now.
  return done.reduce<CaseFacts['individualAssessments'][number] | null>((latest, a) => (latest === null || isBefore(latest.completedAt, a.completedAt) ? a : latest), null);
}
