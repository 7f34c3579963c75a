import { Alert, Code, Paper, Text, Title } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { isRouteMissing } from '../api/api-error';
import type { Resource } from '../api/use-resource';
import { ErrorNotice, Loading } from './PageStatus';

/**
 * A page section whose API may not exist yet: while the server answers
 * route_not_found it says so calmly instead of showing an error, and it
 * renders the data as soon as the API lands.
 *
 * @example <PendingSection title="Timeline" endpoint="GET /api/cases/{id}/timeline" resource={timeline}>{(data) => …}</PendingSection>
 */
export function PendingSection<T>(props: {
  readonly title: string;
  readonly endpoint: string;
  readonly resource: Resource<T> & { reload: () => void };
  readonly children: (data: T) => ReactNode;
}): ReactElement {
  const { title, endpoint, resource, children } = props;
  const headingId = `section-${title.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">{title}</Title>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && isRouteMissing(resource.error) && (
        <Alert color="gray" variant="light" title="Not available yet">
          <Text size="sm">This section appears once the server offers <Code>{endpoint}</Code>.</Text>
        </Alert>
      )}
      {resource.status === 'error' && !isRouteMissing(resource.error) && <ErrorNotice error={resource.error} onRetry={resource.reload} />}
      {resource.status === 'ready' && children(resource.data)}
    </Paper>
  );
}
