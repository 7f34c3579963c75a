import { block, cite, pass } from '../safeguard.js';
import type { Safeguard } from '../safeguard.js';
import { isThirdCountryCase } from '../case-fact-queries.js';

/**
 * Classifies the case. It blocks only when it cannot classify (no order or no destination); its
 * answer switches the notice and fear gates of US-NOTICE-ICE-2025 and US-DVD-STRICT on.
 */
export const usThirdCountryFlag: Safeguard = {
  id: 'US-THIRD-COUNTRY-FLAG',
  title: 'Third-country removal is identified',
  jurisdiction: 'US',
  citations: [
    cite('8 CFR', '1240.12(d)', { url: 'https://www.ecfr.gov/current/title-8/section-1240.12' }),
    cite('8 CFR', '241.15', { url: 'https://www.ecfr.gov/current/title-8/section-241.15' }),
  ],
  effectiveFrom: null,
  effectiveTo: null,
  parameters: [],
  evaluate({ facts }) {
    const destination = facts.case.destinationCountry;
    if (facts.removalOrder === null || destination === null) return block('Cannot tell whether this is a third-country removal: the order or the destination is missing.');
    if (isThirdCountryCase(facts)) return pass(`${destination} is not named on the removal order: this is a third-country removal, and the notice and fear safeguards apply.`);
    return pass(`${destination} is named on the removal order: third-country notice rules do not apply.`);
  },
};
