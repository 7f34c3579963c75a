import type { Instant } from '../../time.js';
import { addDays, addHours, isBefore, maxInstant } from '../../time.js';
import type { FearClaim } from '../case-facts.js';
import { block, cite, pass, pendingUntil } from '../safeguard.js';
import type { Safeguard, SafeguardResult } from '../safeguard.js';
import { fearClaimsFor, fearOutcomeAt, hasHappenedBy, isThirdCountryCase, understands } from '../case-fact-queries.js';

type Parameters = 'fearWindowDays' | 'interviewNoticeHours' | 'reopeningDays';

/**
 * The D.V.D. preliminary injunction read most protectively: notice to the person AND counsel in a
 * language understood; a window to raise fear; a private reasonable-fear interview with 72 hours'
 * notice, counsel, interpreter, phone and confidential documents; after a negative finding a
 * reopening period; a positive finding means reopening, never removal. Assurances do not excuse it.
 * Kept in force without an end date while the set-aside is stayed and appealed.
 */
export const usDvdStrict: Safeguard<Parameters> = {
  id: 'US-DVD-STRICT',
  title: 'Third-country notice and fear process under D.V.D. v. DHS',
  jurisdiction: 'US',
  citations: [
    cite('D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)', 'Preliminary injunction 2025-04-18; Dkt. 118 and 119 (2025-05-21)', { url: 'https://www.courtlistener.com/?q=1%3A25-cv-10676', verified: false, note: 'Fear window of 10 days is reported [verify].' }),
    cite('DHS v. D.V.D., No. 24A1153 (U.S.)', 'Stay orders 2025-06-23 and 2025-07-03', { verified: false }),
    cite('D.V.D. v. DHS (D. Mass.)', 'Policy set aside 2026-02-25, stayed 15 days; appeal pending', { verified: false, note: 'Catalogue marks [verify].' }),
  ],
  effectiveFrom: '2025-04-18T00:00:00.000Z',
  effectiveTo: null,
  parameters: [
    { name: 'fearWindowDays', description: 'Days after complete notice to raise a fear claim.', unit: 'days', default: 10, min: 10, max: 90, protective: 'higher' },
    { name: 'interviewNoticeHours', description: "Hours' notice of the reasonable-fear interview.", unit: 'hours', default: 72, min: 72, max: 336, protective: 'higher' },
    { name: 'reopeningDays', description: 'Days after a negative finding to seek reopening.', unit: 'days', default: 15, min: 15, max: 90, protective: 'higher' },
  ],
  evaluate({ facts, parameters, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    if (!isThirdCountryCase(facts)) return pass(`${destination} is named on the removal order; the D.V.D. third-country process does not apply.`);

    const understood = facts.notices.filter(
      (n) => n.country === destination && hasHappenedBy(n.servedAt, at) && (understands(facts, n.language) || understands(facts, n.interpreterLanguage)),
    );
    const toPerson = earliest(understood.filter((n) => n.servedToPerson).map((n) => n.servedAt));
    if (toPerson === null) return block(`No written notice naming ${destination}, in a language the person understands, has been served on the person.`);
    const toCounsel = earliest(understood.filter((n) => n.servedToCounsel).map((n) => n.servedAt));
    if (facts.case.counselOfRecord && toCounsel === null) return block(`Notice naming ${destination} has not been served on counsel of record.`);
    const noticeCompleteAt = maxInstant([toPerson, ...(toCounsel === null ? [] : [toCounsel])]) ?? toPerson;

    const waits: Instant[] = [];
    const claims = fearClaimsFor(facts, destination, at);
    if (claims.length === 0 || claims.every((claim) => fearOutcomeAt(claim, at) === 'withdrawn')) {
      waits.push(addDays(noticeCompleteAt, parameters.fearWindowDays));
    }
    for (const claim of claims) {
      const verdict = claimVerdict(claim, facts.case.counselOfRecord, (l) => understands(facts, l), parameters, at);
      if (verdict.outcome === 'block') return verdict;
      if (verdict.outcome === 'pending') waits.push(verdict.earliestPassAt);
    }
    const passesAt = maxInstant(waits);
    if (passesAt !== null && isBefore(at, passesAt)) {
      return pendingUntil(passesAt, `Notice was complete ${noticeCompleteAt}; the fear window and any reopening period run until ${passesAt}.`);
    }
    return pass(`Notice naming ${destination} reached the person${facts.case.counselOfRecord ? ' and counsel' : ''} ${noticeCompleteAt}; the fear window and reopening periods have run.`);
  },
};

function earliest(instants: Instant[]): Instant | null {
  return instants.reduce<Instant | null>((best, i) => (best === null || isBefore(i, best) ? i : best), null);
}

function claimVerdict(
  claim: FearClaim,
  counselOfRecord: boolean,
  understood: (language: string | null) => boolean,
  parameters: Readonly<Record<Parameters, number>>,
  at: Instant,
): SafeguardResult {
  const outcome = fearOutcomeAt(claim, at);
  if (outcome === 'withdrawn') return pass('Fear claim withdrawn.');
  if (outcome === 'positive') return block(`A reasonable fear of ${claim.country} was found; the case must be reopened, not removed.`);
  const interview = claim.reasonableFearInterview;
  if (interview === null) return block(`The fear claim about ${claim.country} has no reasonable-fear interview on record.`);
  const requiredNoticeBy = addHours(interview.scheduledAt, -parameters.interviewNoticeHours);
  if (isBefore(requiredNoticeBy, interview.noticeGivenAt)) return block(`The interview was noticed ${interview.noticeGivenAt}, less than ${parameters.interviewNoticeHours} hours before ${interview.scheduledAt}.`);
  if (counselOfRecord && !interview.counselPresent) return block('Counsel was not present at the reasonable-fear interview.');
  if (!interview.phoneAccess || !interview.confidentialDocumentTransmission) return block('The person lacked phone access or confidential document transmission for the interview.');
  if (interview.interpreterLanguage !== null && !understood(interview.interpreterLanguage)) return block('The interview interpreter did not use a language the person understands.');
  if (outcome === 'pending') return block(`The reasonable-fear determination about ${claim.country} is pending.`);
  // Negative finding: the reopening period must run, and a filed motion must be decided.
  const reopening = claim.reopening;
  if (reopening !== null && hasHappenedBy(reopening.filedAt, at)) {
    if (!hasHappenedBy(reopening.decidedAt, at) || reopening.outcome === 'pending') return block('A motion to reopen is pending.');
    if (reopening.outcome === 'granted') return block('Reopening was granted; the case is back before the immigration court.');
    return pass('Reopening was denied.');
  }
  const decidedAt = claim.decidedAt ?? at;
  const reopeningEndsAt = addDays(decidedAt, parameters.reopeningDays);
  if (isBefore(at, reopeningEndsAt)) return pendingUntil(reopeningEndsAt, `The negative finding of ${decidedAt} can be challenged until ${reopeningEndsAt}.`);
  return pass('The reopening period after the negative finding has run.');
}
