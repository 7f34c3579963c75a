import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import type { CaseFacts, CourtOrder } from '../case-facts.js';
import { isActiveAt } from '../case-fact-queries.js';

/**
 * No active stay, injunction or TRO covers the person, the destination or the program. An order
 * that ends by its own terms still blocks (not `pending`): courts extend orders, and a person
 * must confirm it lapsed before anyone moves.
 */
export const usStay: Safeguard = {
  id: 'US-STAY',
  title: 'No court order stays the removal',
  jurisdiction: 'US',
  citations: [cite('Court orders recorded on the case or program', 'each order as recorded')],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const active = facts.courtOrders.filter((order) => covers(order, facts) && isActiveAt(order.activeFrom, order.activeTo, at));
    const first = active[0];
    if (first === undefined) return pass('No active court order covers this person, destination or program.');
    const until = first.activeTo === null ? 'until further order' : `until ${first.activeTo}`;
    return block(`${first.kind.toUpperCase()} by ${first.court}${first.docket === '' ? '' : ` (${first.docket})`} covering the ${first.scope.kind} is active ${until}.`);
  },
};

function covers(order: CourtOrder, facts: CaseFacts): boolean {
  switch (order.scope.kind) {
    case 'person':
      return order.scope.personId === facts.person.id;
    case 'destination':
      return order.scope.country === facts.case.destinationCountry;
    case 'program':
      return order.scope.programId === facts.programId;
  }
}
