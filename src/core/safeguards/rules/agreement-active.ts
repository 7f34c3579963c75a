import { isBefore } from '../../time.js';
import { block, cite, pass, pendingUntil } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';

/**
 * The agreement with the destination is active on the date and the person meets its eligibility
 * terms. An active agreement whose term has not begun yet is `pending` until it does.
 */
export const agreementActive: Safeguard = {
  id: 'AGREEMENT-ACTIVE',
  title: 'The agreement is active and the person is eligible',
  jurisdiction: 'PROGRAM',
  citations: [cite('Agreement with the receiving state', 'status, term and eligibility clauses')],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const agreement = facts.agreement;
    const destination = facts.case.destinationCountry;
    if (agreement === null) return block('The case is not linked to an agreement.');
    if (destination !== agreement.receivingCountry) return block(`The agreement is with ${agreement.receivingCountry}, not ${destination ?? 'an undecided destination'}.`);
    if (agreement.status !== 'active') return block(`The agreement is ${agreement.status}.`);
    if (agreement.effectiveTo !== null && !isBefore(at, agreement.effectiveTo)) return block(`The agreement ended ${agreement.effectiveTo}.`);
    const excludedNationality = facts.person.nationalities.filter((n) => agreement.eligibility.excludedNationalities.includes(n));
    if (excludedNationality.length > 0) return block(`The agreement excludes nationals of ${excludedNationality.join(', ')}.`);
    const categories = [...facts.person.vulnerabilities, ...(facts.person.criminalRecord ? ['criminal_record'] : [])];
    const excludedCategory = categories.filter((c) => agreement.eligibility.excludedCategories.includes(c));
    if (excludedCategory.length > 0) return block(`The agreement excludes ${excludedCategory.join(', ')}.`);
    if (agreement.effectiveFrom !== null && isBefore(at, agreement.effectiveFrom)) return pendingUntil(agreement.effectiveFrom, `The agreement takes effect ${agreement.effectiveFrom}.`);
    return pass(`The agreement with ${agreement.receivingCountry} is active and the person is eligible.`);
  },
};
