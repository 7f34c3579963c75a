import type { NoticeInput } from './notice-content.js';

/**
 * A fictional notice input (US-DVD-STRICT deadlines, destination Rwanda) for
 * tests, demos and previews. The person and the legal services are invented.
 *
 * @example
 *   renderNoticeHtml(sampleNoticeInput('fr'));
 */
export function sampleNoticeInput(language: string): NoticeInput {
  return {
    language,
    personName: 'Amina Q. Example',
    caseReference: 'WP-2025-0042',
    destinationCountry: 'RW',
    issuedAt: '2025-04-01T09:00:00.000Z',
    removalNotBefore: '2025-04-11T09:00:00.000Z',
    timeZone: 'UTC',
    rights: {
      hoursBeforeRemoval: 240,
      fearClaimHow: 'tell the officer who serves this notice, or call +1 555 0100.',
      fearWindowDays: 10,
      interviewNoticeHours: 72,
      reopeningWindowDays: 15,
      contestInCourt: true,
      ruleSetCitation: 'US-DVD-STRICT, D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)',
    },
    counselOfRecord: 'Jordan Example, Example Legal Aid',
    legalServices: [{ name: 'Example Immigrant Legal Services', phone: '+1 555 0199', address: '1 Example Street, Springfield' }],
  };
}
