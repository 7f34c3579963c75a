import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { ageInYears, hasHappenedBy } from '../case-fact-queries.js';

/**
 * Any recorded vulnerability (or minority by birth date) needs a completed heightened review that
 * cleared the transfer; a category the agreement excludes blocks outright.
 */
export const intlVulnerable: Safeguard<'adultAgeYears'> = {
  id: 'INTL-VULNERABLE',
  title: 'Heightened review for vulnerable people',
  jurisdiction: 'INTL',
  citations: [
    cite('UNHCR Guidance Note on transfer arrangements', 'May 2013, para. 3(vi)', { verified: false }),
    cite('Agreement terms', 'eligibility exclusions (e.g. reported US-Uganda terms)', { verified: false }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [
    { name: 'adultAgeYears', description: 'Age below which a person is treated as a child.', unit: 'years', default: 18, min: 18, max: 21, protective: 'higher' },
  ],
  evaluate({ facts, parameters, at }) {
    const categories: string[] = [...facts.person.vulnerabilities];
    if (facts.person.birthDate !== null && ageInYears(facts.person.birthDate, at) < parameters.adultAgeYears) categories.push('minor');
    if (facts.person.criminalRecord) categories.push('criminal_record');
    const excluded = categories.filter((c) => facts.agreement?.eligibility.excludedCategories.includes(c) ?? false);
    if (excluded.length > 0) return block(`The agreement excludes ${excluded.join(', ')}.`);
    const vulnerable = categories.filter((c) => c !== 'criminal_record');
    if (vulnerable.length === 0) return pass('No vulnerability is recorded.');
    const review = facts.vulnerabilityReview;
    if (review === null || !hasHappenedBy(review.completedAt, at)) return block(`Recorded vulnerabilities (${vulnerable.join(', ')}) need a heightened review, which is not complete.`);
    if (review.outcome !== 'cleared') return block(`The heightened review of ${review.completedAt} did not clear the transfer.`);
    return pass(`The heightened review of ${review.completedAt} by ${review.reviewedBy} cleared the transfer (${vulnerable.join(', ')}).`);
  },
};
