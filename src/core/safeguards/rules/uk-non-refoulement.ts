import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { activeProtectionsFor, individualAssessmentFor, isThirdCountryCase } from '../case-fact-queries.js';

/**
 * No removal to persecution or to a real risk of torture or inhuman treatment, shown by the
 * decision-maker's own individual assessment; a third country must itself respect
 * non-refoulement (onward risk considered). The art. 33(2) exception is never applied here:
 * it needs a separate, reasoned legal decision, not a flag.
 */
export const ukNonRefoulement: Safeguard = {
  id: 'UK-NON-REFOULEMENT',
  title: 'Non-refoulement (Refugee Convention art. 33, ECHR art. 3)',
  jurisdiction: 'UK',
  citations: [
    cite('Convention relating to the Status of Refugees (1951)', 'art. 33', { url: 'https://www.unhcr.org/media/convention-and-protocol-relating-status-refugees' }),
    cite('Human Rights Act 1998', 'sch. 1, ECHR art. 3', { url: 'https://www.legislation.gov.uk/ukpga/1998/42/schedule/1' }),
    cite('Immigration Rules', 'para. 345B', { url: 'https://www.gov.uk/guidance/immigration-rules/immigration-rules-part-11-asylum' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    if (activeProtectionsFor(facts, destination, at).length > 0) return block(`The person holds protection against removal to ${destination}.`);
    const assessment = individualAssessmentFor(facts, destination, at);
    if (assessment === null) return block(`No individual assessment of the risk in ${destination} has been made.`);
    if (assessment.outcome === 'real_risk') return block(`The individual assessment of ${assessment.completedAt} found a real risk in ${destination}.`);
    if (isThirdCountryCase(facts) && !assessment.onwardRefoulementConsidered) return block(`The assessment does not consider whether ${destination} would itself send the person on to harm.`);
    return pass(`The individual assessment of ${assessment.completedAt} by ${assessment.assessedBy} found no real risk in ${destination}.`);
  },
};
