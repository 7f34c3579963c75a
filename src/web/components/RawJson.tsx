import { Code } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Data from an API the page has no dedicated view for yet, shown as text
 * (never as HTML) until a proper view is written.
 */
export function RawJson({ value }: { readonly value: unknown }): ReactElement {
  // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
  return <Code block tabIndex={0} role="region" aria-label="Data as received">{JSON.stringify(value, null, 2)}</Code>;
}
