import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';

/**
 * Reserved plus relocated never exceeds capacity. Clearing needs a free place or a reservation;
 * manifesting and moving need this case's own reservation (the ledger enforces it atomically).
 */
export const agreementCapacity: Safeguard = {
  id: 'AGREEMENT-CAPACITY',
  title: 'A place is available under the agreement',
  jurisdiction: 'PROGRAM',
  citations: [cite('Agreement with the receiving state', 'capacity clause')],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, transition }) {
    const agreement = facts.agreement;
    if (agreement === null) return block('The case is not linked to an agreement.');
    if (agreement.placeReservedForCase) return pass('A place is reserved for this case.');
    if (transition === 'manifest' || transition === 'relocate') return block('No place is reserved for this case.');
    const { total, reserved, consumed } = agreement.capacity;
    if (total === null) return pass('The agreement sets no capacity limit.');
    if (reserved + consumed < total) return pass(`${total - reserved - consumed} of ${total} places are free.`);
    return block(`All ${total} places are reserved or used.`);
  },
};
