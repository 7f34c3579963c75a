import { Table } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens. The scrolling box is
 * focusable and named, so keyboard users can scroll it too (axe
 * scrollable-region-focusable) even when the table holds no links.
 *
 * @example <ScrollTable label="Payments ledger" minWidth={560}><Table>…</Table></ScrollTable>
 */
export function ScrollTable({ label, minWidth, children }: { readonly label: string; readonly minWidth: number; readonly children: ReactNode }): ReactElement {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
