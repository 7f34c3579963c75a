import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { coversPerson } from '../case-fact-queries.js';

/** Every welfare check the agreement or an assurance requires is in the monitoring plan. */
export const monitoring: Safeguard = {
  id: 'MONITORING',
  title: 'Post-arrival welfare checks are scheduled',
  jurisdiction: 'PROGRAM',
  citations: [cite('Agreement and assurance terms', 'monitoring duties')],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts }) {
    const destination = facts.case.destinationCountry;
    const required = new Set<number>(facts.agreement?.welfareCheckDays ?? []);
    for (const assurance of facts.assurances) {
      if (assurance.country === destination && coversPerson(assurance, facts.person.id)) for (const day of assurance.monitoring?.welfareCheckDays ?? []) required.add(day);
    }
    if (required.size === 0) return pass('Neither the agreement nor an assurance requires welfare checks.');
    const planned = new Set(facts.monitoringPlan?.welfareCheckDays ?? []);
    const missing = [...required].sort((a, b) => a - b).filter((day) => !planned.has(day));
    if (missing.length > 0) return block(`Welfare checks at day ${missing.join(', ')} after arrival are not scheduled.`);
    return pass(`Welfare checks at days ${[...required].sort((a, b) => a - b).join(', ')} are scheduled with ${facts.monitoringPlan?.monitor ?? ''}.`);
  },
};
