import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { hasHappenedBy } from '../case-fact-queries.js';

/** The receiving state accepted this individual for this destination. */
export const receivingConsent: Safeguard = {
  id: 'RECEIVING-CONSENT',
  title: 'The receiving state accepted this person',
  jurisdiction: 'PROGRAM',
  citations: [cite('Agreement with the receiving state', 'individual acceptance procedure')],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const consent = facts.receivingConsent;
    const destination = facts.case.destinationCountry;
    if (consent === null || consent.country !== destination) return block(`${destination ?? 'The destination'} has not been asked, or has not answered, about this person.`);
    if (consent.status === 'declined' && hasHappenedBy(consent.decidedAt, at)) return block(`${destination} declined to accept this person on ${consent.decidedAt}.`);
    if (consent.status !== 'accepted' || !hasHappenedBy(consent.decidedAt, at)) return block(`${destination} has not yet decided whether to accept this person.`);
    return pass(`${destination} accepted this person on ${consent.decidedAt}.`);
  },
};
