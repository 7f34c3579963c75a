import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

/** Any path the app does not know. */
export function NotFoundPage(): ReactElement {
  usePageTitle('Page not found');
  return (
    <Stack>
      <Title order={1} size="h2">Page not found</Title>
      <Text>There is no page at this address. <Anchor component={Link} to="/">Go to the dashboard</Anchor>.</Text>
    </Stack>
  );
}
