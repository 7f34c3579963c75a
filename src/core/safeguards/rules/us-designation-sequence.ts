import { DESIGNATION_STEPS } from '../case-facts.js';
import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { hasHappenedBy } from '../case-fact-queries.js';

/**
 * INA 241(b)(2): the destination is the step of the statutory sequence actually chosen, and every
 * earlier step is recorded as failed, with the reason. A person's every nationality must be tried.
 */
export const usDesignationSequence: Safeguard = {
  id: 'US-DESIGNATION-SEQUENCE',
  title: 'Destination follows the INA 241(b)(2) sequence',
  jurisdiction: 'US',
  citations: [
    cite('Immigration and Nationality Act', 'INA 241(b)(2); 8 U.S.C. 1231(b)(2)(A)-(E)(vii)', { url: 'https://www.law.cornell.edu/uscode/text/8/1231' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const steps = facts.designation.filter((step) => hasHappenedBy(step.recordedAt, at));
    const chosen = steps.find((step) => step.result === 'chosen' && step.country === destination);
    if (chosen === undefined) return block(`The designation record does not show ${destination} as the chosen step.`);
    const chosenIndex = DESIGNATION_STEPS.indexOf(chosen.step);
    for (const earlier of DESIGNATION_STEPS.slice(0, chosenIndex)) {
      const records = steps.filter((step) => step.step === earlier);
      if (records.length === 0) return block(`Step "${earlier}" comes before "${chosen.step}" but is not recorded.`);
      const unexplained = records.find((step) => step.result !== 'failed' || step.failure === null || step.explanation.trim() === '');
      if (unexplained !== undefined) return block(`Step "${earlier}" is not recorded as failed with an explanation.`);
    }
    if (chosenIndex > DESIGNATION_STEPS.indexOf('nationality')) {
      const tried = new Set(steps.filter((step) => step.step === 'nationality').map((step) => step.country));
      const untried = facts.person.nationalities.filter((nationality) => !tried.has(nationality));
      if (untried.length > 0) return block(`Nationality ${untried.join(', ')} was not tried before "${chosen.step}".`);
    }
    return pass(`${destination} was chosen at step "${chosen.step}" after every earlier step failed with a recorded reason.`);
  },
};
