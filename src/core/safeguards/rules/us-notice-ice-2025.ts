import { addHours, isBefore } from '../../time.js';
import { block, cite, pass, pendingUntil } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { fearClaimsFor, fearOutcomeAt, hasHappenedBy, isThirdCountryCase, reliableAssuranceFor, understands } from '../case-fact-queries.js';

/**
 * ICE guidance of July 2025: absent reliable assurances, written notice naming the country in a
 * language understood, at least `noticeHours` before removal (`exigentNoticeHours` in exigent
 * circumstances only if the person can reach an attorney). A stated fear goes to screening and
 * blocks until it is decided negative or withdrawn.
 */
export const usNoticeIce2025: Safeguard<'noticeHours' | 'exigentNoticeHours'> = {
  id: 'US-NOTICE-ICE-2025',
  title: 'Third-country notice under the ICE guidance of July 2025',
  jurisdiction: 'US',
  citations: [
    cite('ICE memorandum on third-country removals', '2025-07-09, implementing DHS guidance of 2025-03-30', { verified: false, note: 'Known from secondary reports [verify].' }),
  ],
  effectiveFrom: '2025-07-09T00:00:00.000Z',
  effectiveTo: null,
  parameters: [
    { name: 'noticeHours', description: 'Hours between written notice and removal.', unit: 'hours', default: 24, min: 24, max: 720, protective: 'higher' },
    { name: 'exigentNoticeHours', description: 'Hours in exigent circumstances, when the person can reach an attorney.', unit: 'hours', default: 6, min: 6, max: 24, protective: 'higher' },
  ],
  evaluate({ facts, parameters, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    if (!isThirdCountryCase(facts)) return pass(`${destination} is named on the removal order; third-country notice is not required.`);
    const assurance = reliableAssuranceFor(facts, destination, at);
    if (assurance !== null) return pass(`Reliable diplomatic assurance ${assurance.id} covers removal to ${destination}, so the guidance requires no further notice.`);

    const claims = fearClaimsFor(facts, destination, at);
    const open = claims.find((claim) => fearOutcomeAt(claim, at) === 'pending');
    if (open !== undefined) return block(`The fear claimed on ${open.claimedAt} about ${destination} awaits screening.`);
    if (claims.some((claim) => fearOutcomeAt(claim, at) === 'positive')) return block(`Fear screening found the person more likely than not to be harmed in ${destination}.`);

    const notices = facts.notices
      .filter((n) => n.country === destination && n.servedToPerson && hasHappenedBy(n.servedAt, at))
      .filter((n) => understands(facts, n.language) || understands(facts, n.interpreterLanguage))
      .sort((a, b) => Date.parse(a.servedAt) - Date.parse(b.servedAt));
    const first = notices[0];
    if (first === undefined) return block(`No written notice naming ${destination}, in a language the person understands, has been served on the person.`);
    const exigent = facts.exigentCircumstances;
    const exigentApplies = exigent !== null && exigent.attorneyAccess && hasHappenedBy(exigent.declaredAt, at);
    const hours = exigentApplies ? parameters.exigentNoticeHours : parameters.noticeHours;
    const passesAt = addHours(first.servedAt, hours);
    if (isBefore(at, passesAt)) return pendingUntil(passesAt, `Notice was served ${first.servedAt}; removal must wait ${hours} hours${exigentApplies ? ' (exigent, with attorney access)' : ''}, until ${passesAt}.`);
    return pass(`Notice naming ${destination} was served ${first.servedAt} in ${first.language}, at least ${hours} hours ago.`);
  },
};
