import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { coversPerson, hasHappenedBy } from '../case-fact-queries.js';

/**
 * An assurance may only be relied on when its whole record exists: forwarded by the Secretary of
 * State, found reliable by a named official on a stated basis, and monitored. A half-recorded or
 * unreliable assurance blocks, because other gates (ICE notice) would otherwise lean on it.
 */
export const usAssurances: Safeguard = {
  id: 'US-ASSURANCES',
  title: 'Diplomatic assurances are complete and found reliable',
  jurisdiction: 'US',
  citations: [
    cite('8 CFR', '208.18(c) (diplomatic assurances against torture)', { url: 'https://www.ecfr.gov/current/title-8/section-208.18', verified: false, note: 'Catalogue marks the wording [verify].' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts, at }) {
    const destination = facts.case.destinationCountry;
    if (destination === null) return block('No destination has been proposed.');
    const relevant = facts.assurances.filter((a) => a.country === destination && coversPerson(a, facts.person.id) && hasHappenedBy(a.receivedAt, at));
    if (relevant.length === 0) return pass(`No diplomatic assurance for ${destination} is relied on; the notice and fear safeguards apply in full.`);
    for (const assurance of relevant) {
      if (!assurance.forwardedBySecretaryOfState) return block(`Assurance ${assurance.id} was not forwarded by the Secretary of State.`);
      if (assurance.credibilityFinding === 'unreliable') return block(`Assurance ${assurance.id} was found unreliable.`);
      if (assurance.credibilityFinding === 'pending' || !hasHappenedBy(assurance.foundAt, at)) return block(`Assurance ${assurance.id} has no reliability finding yet.`);
      if (assurance.foundBy === null || assurance.basis.trim() === '') return block(`Assurance ${assurance.id} does not record who found it reliable and on what basis.`);
      if (assurance.monitoring === null) return block(`Assurance ${assurance.id} has no monitoring arrangement.`);
    }
    return pass(`Assurances for ${destination} were found reliable by ${relevant.map((a) => a.foundBy ?? '').join(', ')} and are monitored.`);
  },
};
