import { Code } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Data from an API the page has no dedicated view for yet, shown as text
 * (never as HTML) until a proper view is written.
 */
export function RawJson({ value }: { readonly value: unknown }): ReactElement {
  return <Code block>{JSON.stringify(value, null, 2)}</Code>;
}
