import { Alert, Button, Group, List, Text, TextInput } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { ApiError, describeFailure } from '../api/api-error';
import type { Case, CaseDetail } from '../api/api-types';
import { getCase, updateCase } from '../api/endpoints';
import { changedFields, type FieldChange } from './changed-fields';

/**
 * Edits the case's external ID with optimistic concurrency: the PATCH sends
 * If-Match with the ETag read; on 412 (or 409) the form reloads the case,
 * says which fields someone else changed, and keeps the typed value so the
 * person can decide and submit again.
 */
export function CaseExternalIdForm(props: {
  readonly record: CaseDetail;
  readonly externalId: string | null;
  readonly etag: string | null;
  readonly onSaved: (record: Case | CaseDetail, etag: string | null) => void;
}): ReactElement {
  const { record, externalId, etag, onSaved } = props;
  const [value, setValue] = useState(externalId ?? '');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<readonly FieldChange[] | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(null);
    setConflict(null);
    setSaved(false);
    try {
      const result = await updateCase(record.id, { externalId: value.trim() === '' ? null : value.trim() }, etag);
      onSaved(result.data, result.etag);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'precondition_failed' || error.code === 'conflict')) {
        const current = await getCase(record.id);
        setConflict(changedFields(record, current.data));
        onSaved(current.data, current.etag);
      } else {
        setFailure(describeFailure(error));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Edit external ID">
      <Group align="flex-end" gap="sm">
        <TextInput label="External ID" description="The agency's own reference for this case" value={value} onChange={(event) => setValue(event.currentTarget.value)} maxLength={100} w={260} />
        <Button type="submit" loading={pending} disabled={pending}>Save</Button>
      </Group>
      {saved && <Text role="status" mt="xs" c="teal.9">Saved.</Text>}
      {failure !== null && <Alert role="alert" color="red" mt="sm" title="Not saved"><Text size="sm" c="red.9">{failure}</Text></Alert>}
      {conflict !== null && (
        <Alert role="alert" color="orange" mt="sm" title="This case changed since you opened it">
          <Text size="sm">Your change was not saved. The page now shows the current case{conflict.length > 0 ? '; changed:' : '.'}</Text>
          {conflict.length > 0 && (
            <List size="sm">
              {conflict.map((change) => <List.Item key={change.field}>{change.field}: {formatValue(change.before)} → {formatValue(change.after)}</List.Item>)}
            </List>
          )}
          <Text size="sm">Check the value and save again.</Text>
        </Alert>
      )}
    </form>
  );
}

function formatValue(value: unknown): string {
  return value === null || value === undefined ? '(empty)' : typeof value === 'string' ? value : JSON.stringify(value);
}
