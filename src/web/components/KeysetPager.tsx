import { Button, Group } from '@mantine/core';
import type { ReactElement } from 'react';

/**
 * Keyset paging: the server hands out an opaque next cursor, so the pager
 * offers "first page" and "next page"; the browser's Back returns to the
 * previous page because the cursor lives in the URL.
 *
 * @example <KeysetPager cursor={cursor} nextCursor={page.nextCursor} onCursor={setCursor} />
 */
export function KeysetPager(props: { readonly cursor: string | null; readonly nextCursor: string | null; readonly onCursor: (cursor: string | null) => void }): ReactElement {
  const { cursor, nextCursor, onCursor } = props;
  return (
    <Group justify="flex-end" gap="sm" mt="md" component="nav" aria-label="Pages">
      <Button variant="default" disabled={cursor === null} onClick={() => onCursor(null)}>First page</Button>
      <Button disabled={nextCursor === null} onClick={() => onCursor(nextCursor)}>Next page</Button>
    </Group>
  );
}
