import { countPhrase } from '../count-phrase.js';
import type { NoticeTemplate } from '../notice-template.js';

const hoursPhrase = (count: number): string => countPhrase('en', count, { one: 'hour', other: 'hours' });
const daysPhrase = (count: number): string => countPhrase('en', count, { one: 'day', other: 'days' });

/** Source wording; the other languages translate from it. */
export const ENGLISH_NOTICE: NoticeTemplate = {
  language: 'en',
  direction: 'ltr',
  provenance: {
    translatedFrom: null,
    translatedBy: 'Waypoint project team (source text)',
    reviewedBy: null,
    translatedOn: '2026-11-29',
    reviewedOn: null,
    writtenForProject: true,
  },
  messages: {
    title: 'Notice of removal to a third country',
    projectMarking: 'Template written for the Waypoint project. Not an official government form.',
    to: (name) => `To: ${name}`,
    caseReference: (reference) => `Case reference: ${reference}`,
    dateOfNotice: (date) => `Date of this notice: ${date}`,
    destination: (country) => `The government intends to remove you to ${country}.`,
    removalTiming: (hours) => `You will not be removed sooner than ${hoursPhrase(hours)} after you receive this notice.`,
    removalNotBefore: (dateTime) => `You will not be removed before ${dateTime}.`,
    rightsHeading: 'Your rights',
    fearClaim: (country, how) => `If you fear persecution or torture in ${country}, you may say so. To raise a fear claim: ${how}`,
    fearWindow: (days) => `You have ${daysPhrase(days)} from this notice to raise a fear claim.`,
    interview: (hours) => `If you raise a fear claim, you will be told of your interview at least ${hoursPhrase(hours)} in advance. Your lawyer may be present, and an interpreter will be provided.`,
    reopening: (days) => `If your fear claim is refused, you have ${daysPhrase(days)} to ask for your case to be reopened.`,
    contestInCourt:
      'You may ask a federal court to review whether your detention and removal are lawful (a petition for a writ of habeas corpus). File it in the district court where you are held, before you are removed; your lawyer or a legal service listed below can help you, and filing it does not cost you your other rights.',
    interpreter: 'If you do not understand this notice, ask for an interpreter. You will not be charged.',
    counselHeading: 'Legal help',
    counselOfRecord: (name) => `Your lawyer of record: ${name}`,
    legalHelp: 'You may contact these legal services:',
    ruleSet: (citation) => `These rights and deadlines come from: ${citation}`,
    provenanceHeading: 'About this translation',
    translatedBy: (who, date) => `Written by ${who} on ${date}.`,
    reviewedBy: (who, date) => `Reviewed by ${who} on ${date}.`,
    notReviewed: 'Not yet reviewed by a qualified translator.',
  },
};
