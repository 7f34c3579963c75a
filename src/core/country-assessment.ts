import type { CountryCode } from './country.js';

export const ASSESSMENT_FINDINGS = ['unsafe', 'concerns', 'no_finding'] as const;
export type AssessmentFinding = (typeof ASSESSMENT_FINDINGS)[number];

/**
 * A dated finding about a destination country's safety: a court ruling, a
 * UNHCR or State report. A controlling `unsafe` finding blocks moves to that
 * country (the safeguards read country_assessments) and triggers the sweep.
 *
 * @example { country: 'RW', finding: 'unsafe', controlling: true, assessedOn: '2023-11-15', citation: 'AAA v SSHD [2023] UKSC 42', ... }
 */
export interface CountryAssessment {
  readonly id: string;
  readonly country: CountryCode;
  readonly finding: AssessmentFinding;
  readonly controlling: boolean;
  readonly assessedOn: string;
  readonly source: string;
  readonly citation: string;
  readonly scope: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** True for the findings that must trigger a sweep of affected cases. */
export function isControllingUnsafe(assessment: Pick<CountryAssessment, 'finding' | 'controlling'>): boolean {
  return assessment.controlling && assessment.finding === 'unsafe';
}
