import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { activeProtectionsFor, fearClaimsFor, fearOutcomeAt, hasHappenedBy } from '../case-fact-queries.js';

/**
 * Withholding and CAT protection forbid removal to THAT country. A grant for X never clears Y: a
 * person protected anywhere needs a fresh, negative fear determination for each other destination
 * before clearance. Assurances do not lift a grant (they are not listed as a cure).
 */
export const usProtectionCountrySpecific: Safeguard = {
  id: 'US-PROTECTION-COUNTRY-SPECIFIC',
  title: 'No removal to a country the person is protected from',
  jurisdiction: 'US',
  citations: [
    cite('Immigration and Nationality Act', 'INA 241(b)(3)', { url: 'https://www.law.cornell.edu/uscode/text/8/1231' }),
    cite('8 CFR', '208.16(b), 208.16(c)(2), 208.17, 208.18', { url: 'https://www.ecfr.gov/current/title-8/part-208' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at, transition }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const protections = activeProtectionsFor(facts, destination, at);
    if (protections.length > 0) {
      return block(`The person holds ${protections.map((p) => p.kind).join(', ')} protection for ${destination} (granted ${protections[0]?.grantedAt ?? ''}); removal there is forbidden.`);
    }
    const elsewhere = facts.protections.filter((p) => p.country !== destination && hasHappenedBy(p.grantedAt, at));
    if (elsewhere.length === 0) return pass(`No protection forbids removal to ${destination}.`);
    const protectedFrom = [...new Set(elsewhere.map((p) => p.country))].join(', ');
    // Proposing Y and serving notice are how the fear determination for Y begins, so they may proceed.
    if (transition === 'propose_country' || transition === 'serve_notice') {
      return pass(`Protection for ${protectedFrom} does not cover ${destination}; a fear determination for ${destination} will be required before clearance.`);
    }
    const claims = fearClaimsFor(facts, destination, at);
    if (claims.some((claim) => fearOutcomeAt(claim, at) === 'positive')) return block(`A positive fear finding for ${destination} forbids removal there.`);
    if (claims.some((claim) => fearOutcomeAt(claim, at) === 'negative') && claims.every((claim) => fearOutcomeAt(claim, at) !== 'pending')) {
      return pass(`Protection for ${protectedFrom} does not cover ${destination}, and ${destination} has its own negative fear determination.`);
    }
    return block(`The person is protected from ${protectedFrom}; ${destination} needs its own fear determination, which has not been made.`);
  },
};
