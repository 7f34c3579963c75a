import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { hasHappenedBy } from '../case-fact-queries.js';

/** A final order of removal exists at the instant of evaluation. */
export const usOrderFinal: Safeguard = {
  id: 'US-ORDER-FINAL',
  title: 'A final order of removal exists',
  jurisdiction: 'US',
  citations: [
    cite('Immigration and Nationality Act', 'INA 240 (8 U.S.C. 1229a)', { url: 'https://www.law.cornell.edu/uscode/text/8/1229a' }),
    cite('8 CFR', '1241.1 (final order of removal)', { url: 'https://www.ecfr.gov/current/title-8/section-1241.1' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const order = facts.removalOrder;
    if (order === null) return block('No removal order is on file for this case.');
    if (!hasHappenedBy(order.issuedAt, at)) return block(`The removal order is dated ${order.issuedAt}, after ${at}.`);
    // Finality can still be lost on appeal, so a future finality date is a block, not a wait.
    const finalAt = order.final ? order.finalAt : null;
    if (!hasHappenedBy(finalAt, at)) return block('The removal order is not final.');
    return pass(`A final removal order (${order.authority}) has been in force since ${finalAt}.`);
  },
};
