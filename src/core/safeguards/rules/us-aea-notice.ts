import { addDays, isBefore } from '../../time.js';
import { block, cite, pass, pendingUntil } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { hasHappenedBy, understands } from '../case-fact-queries.js';

/**
 * Alien Enemies Act removals: notice in a language understood that says how to contest (habeas),
 * given `noticeDays` before removal. About 24 hours without that information is insufficient
 * (A.A.R.P.); 7 days was found adequate by a panel later vacated, whose dissent wanted 21.
 */
export const usAeaNotice: Safeguard<'noticeDays'> = {
  id: 'US-AEA-NOTICE',
  title: 'Alien Enemies Act notice long enough to seek habeas',
  jurisdiction: 'US',
  citations: [
    cite('Trump v. J.G.G., 604 U.S. ___ (2025)', 'per curiam, 2025-04-07', { url: 'https://www.supremecourt.gov/opinions/24pdf/24a931_2c83.pdf' }),
    cite('A.A.R.P. v. Trump, 605 U.S. ___ (2025)', 'per curiam, 2025-05-16', { url: 'https://www.supremecourt.gov/opinions/24pdf/24a1007_g2bh.pdf' }),
    cite('W.M.M. v. Trump (5th Cir.)', 'panel 2025-09-02, vacated for rehearing en banc 2025-09-30', { verified: false, note: 'Vacated; 7 days was the panel view, the dissent 21.' }),
  ],
  effectiveFrom: '2025-04-07T00:00:00.000Z',
  effectiveTo: null,
  parameters: [
    { name: 'noticeDays', description: 'Days between notice and removal (7 per the vacated panel; 21 per the dissent).', unit: 'days', default: 7, min: 2, max: 60, protective: 'higher' },
  ],
  evaluate({ facts, parameters, at }) {
    const order = facts.removalOrder;
    if (order === null) return block('No removal order is on file for this case.');
    if (order.authority !== 'alien_enemies_act') return pass('The removal is not under the Alien Enemies Act.');
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const notices = facts.notices
      .filter((n) => n.country === destination && n.servedToPerson && hasHappenedBy(n.servedAt, at) && n.explainsHowToContest)
      .filter((n) => understands(facts, n.language) || understands(facts, n.interpreterLanguage))
      .sort((a, b) => Date.parse(a.servedAt) - Date.parse(b.servedAt));
    const first = notices[0];
    if (first === undefined) return block('No Alien Enemies Act notice, in a language understood and stating how to contest removal, has been served.');
    const passesAt = addDays(first.servedAt, parameters.noticeDays);
    if (isBefore(at, passesAt)) return pendingUntil(passesAt, `Notice was served ${first.servedAt}; the person has until ${passesAt} to seek habeas.`);
    return pass(`Notice stating how to contest was served ${first.servedAt}, at least ${parameters.noticeDays} days ago.`);
  },
};
