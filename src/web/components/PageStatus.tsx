import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';
import { describeFailure } from '../api/api-error';
import type { Resource } from '../api/use-resource';

/** A spinner with words, announced politely to screen readers. */
export function Loading({ label = 'Loading…' }: { readonly label?: string }): ReactElement {
  return (
    <Group gap="sm" role="status" aria-live="polite" py="md" data-loading="">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}

/** A failure as its readable message, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }): ReactElement {
  return (
    <Alert color="red" title="Could not load" role="alert" variant="light">
      <Text size="sm" c="red.9">{describeFailure(error)}</Text>
      {onRetry && (
        <Button mt="sm" size="xs" variant="outline" color="red.9" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}

/**
 * Renders a resource: spinner while loading, the error with a retry, then
 * the children with the data.
 *
 * @example <ResourceView resource={cases}>{(page) => <CaseTable cases={page.items} />}</ResourceView>
 */
export function ResourceView<T>({ resource, children }: { readonly resource: Resource<T> & { reload: () => void }; readonly children: (data: T) => ReactNode }): ReactElement {
  switch (resource.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <ErrorNotice error={resource.error} onRetry={resource.reload} />;
    case 'ready':
      return <>{children(resource.data)}</>;
  }
}
