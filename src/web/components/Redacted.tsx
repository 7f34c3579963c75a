import { Badge, Tooltip } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import type { Schemas } from '../api/api-types';

export type RedactedField = Schemas['RedactedField'];

/** True when the server withheld this value by policy (never decided by the UI). */
export function isRedacted(value: unknown): value is RedactedField {
  return typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true;
}

/**
 * A field value that policy may withhold: shows "Redacted" with the field
 * group when the server redacted it, "Erased" when the person was erased by
 * law (group `erased`), otherwise renders the value.
 *
 * @example <MaybeRedacted value={person.birthDate}>{(birthDate) => birthDate ?? '—'}</MaybeRedacted>
 */
export function MaybeRedacted<T>({ value, children }: { readonly value: T | RedactedField; readonly children: (value: T) => ReactNode }): ReactElement {
  if (isRedacted(value) && value.group === 'erased') {
    return (
      <Tooltip label="Erased by law: the person's data key was destroyed, so this value can never be read again">
        <Badge color="gray.8" variant="outline" radius="sm" tt="none" aria-label="Erased">Erased</Badge>
      </Tooltip>
    );
  }
  if (isRedacted(value)) {
    return (
      <Tooltip label={`Withheld by policy: ${value.group} fields`}>
        <Badge color="gray.8" variant="outline" radius="sm" tt="none" aria-label={`Redacted (${value.group})`}>Redacted</Badge>
      </Tooltip>
    );
  }
  return <>{children(value)}</>;
}

/** Plain text for a value that may be redacted or erased (titles, captions). */
export function textOrRedacted(value: string | RedactedField): string {
  if (!isRedacted(value)) return value;
  return value.group === 'erased' ? '[erased]' : '[redacted]';
}
