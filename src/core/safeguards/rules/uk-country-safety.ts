import { isBefore } from '../../time.js';
import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { hasHappenedBy, individualAssessmentFor } from '../case-fact-queries.js';

/**
 * The latest controlling finding about the destination governs. `unsafe` blocks, and assurances
 * alone never cure it (AAA). `concerns` requires the decision-maker's own assessment giving
 * UNHCR evidence proper weight.
 */
export const ukCountrySafety: Safeguard = {
  id: 'UK-COUNTRY-SAFETY',
  title: 'No removal to a country found unsafe',
  jurisdiction: 'UK',
  citations: [
    cite('R (AAA and others) v SSHD [2023] UKSC 42', 'paras. 72-105, judgment 2023-11-15', { url: 'https://www.supremecourt.uk/cases/uksc-2023-0093' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const controlling = facts.countryAssessments
      .filter((a) => a.country === destination && a.controlling && hasHappenedBy(a.date, at))
      .sort((a, b) => (isBefore(a.date, b.date) ? -1 : isBefore(b.date, a.date) ? 1 : severity(b.finding) - severity(a.finding)));
    const latest = controlling.at(-1);
    if (latest?.finding === 'unsafe') return block(`${latest.citation} (${latest.date}) found ${destination} unsafe; assurances alone do not cure this.`);
    if (latest?.finding === 'concerns') {
      const own = individualAssessmentFor(facts, destination, at);
      if (own === null || !own.unhcrEvidenceConsidered) return block(`${latest.citation} raised concerns about ${destination}; the decision-maker's own assessment giving weight to UNHCR evidence is missing.`);
      return pass(`Concerns about ${destination} were weighed in the assessment of ${own.completedAt}, with UNHCR evidence.`);
    }
    return pass(`No controlling finding that ${destination} is unsafe.`);
  },
};

function severity(finding: 'unsafe' | 'concerns' | 'no_finding'): number {
  switch (finding) {
    case 'unsafe':
      return 0;
    case 'concerns':
      return 1;
    case 'no_finding':
      return 2;
  }
}
