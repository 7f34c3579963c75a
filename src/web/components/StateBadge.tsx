import { Badge } from '@mantine/core';
import type { ReactElement } from 'react';
import type { AgreementStatus, CaseState } from '../api/api-types';

/** Dark fills with white text: every badge passes WCAG AA contrast (Mantine's orange 9 does not, hence the hex). */
const CASE_STATE_COLOURS: Readonly<Record<CaseState, string>> = {
  intake: 'gray.8',
  designation_review: 'indigo.9',
  country_proposed: 'indigo.9',
  notice_served: 'violet.9',
  fear_screening: '#a33c07',
  cleared: 'teal.9',
  manifested: 'cyan.9',
  relocated: 'blue.9',
  monitoring: 'blue.9',
  closed: 'dark.6',
  on_hold: 'red.9',
};

const AGREEMENT_STATUS_COLOURS: Readonly<Record<AgreementStatus, string>> = {
  proposed: 'gray.8',
  negotiating: 'indigo.9',
  active: 'teal.9',
  suspended: '#a33c07',
  terminated: 'red.9',
};

/** Every case state, in workflow order, for filters. */
export const CASE_STATES = Object.keys(CASE_STATE_COLOURS) as CaseState[];

/** Every agreement status, for filters. */
export const AGREEMENT_STATUSES = Object.keys(AGREEMENT_STATUS_COLOURS) as AgreementStatus[];

/** "designation_review" → "Designation review". */
export function humanize(code: string): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** @example <CaseStateBadge state="on_hold" /> */
export function CaseStateBadge({ state }: { readonly state: CaseState }): ReactElement {
  return <Badge color={CASE_STATE_COLOURS[state]} variant="filled" radius="sm" tt="none">{humanize(state)}</Badge>;
}

/** @example <AgreementStatusBadge status="active" /> */
export function AgreementStatusBadge({ status }: { readonly status: AgreementStatus }): ReactElement {
  return <Badge color={AGREEMENT_STATUS_COLOURS[status]} variant="filled" radius="sm" tt="none">{humanize(status)}</Badge>;
}
