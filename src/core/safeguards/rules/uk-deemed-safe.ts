import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { individualAssessmentFor } from '../case-fact-queries.js';

/**
 * Historic: the Safety of Rwanda Act 2024 told decision-makers to treat Rwanda as safe, leaving
 * only compelling individual evidence. Modelled ONLY as a dated rule that shows how the law
 * changed: while in force it still requires the individual assessment, and like every rule it
 * can only add a block, never lift another rule's (rules combine by conjunction).
 */
export const ukDeemedSafe: Safeguard = {
  id: 'UK-DEEMED-SAFE',
  title: 'Safety of Rwanda Act 2024 (historic): individual assessment still required',
  jurisdiction: 'UK',
  citations: [
    cite('Safety of Rwanda (Asylum and Immigration) Act 2024', 'ss. 2-5', { url: 'https://www.legislation.gov.uk/ukpga/2024/8' }),
    cite('Home Secretary statement ending the Rwanda scheme', 'July 2024', { verified: false, note: 'End date of the scheme as reported [verify].' }),
  ],
  effectiveFrom: '2024-04-25T00:00:00.000Z',
  effectiveTo: '2024-07-22T00:00:00.000Z',
  parameters: [],
  evaluate({ facts, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const assessment = individualAssessmentFor(facts, destination, at);
    if (assessment === null) return block(`Even under the 2024 Act, the person's individual circumstances in ${destination} must be assessed; no assessment is recorded.`);
    if (assessment.outcome === 'real_risk') return block(`The individual assessment found compelling evidence of a real risk in ${destination}.`);
    return pass(`The individual assessment of ${assessment.completedAt} found no real risk in ${destination}.`);
  },
};
