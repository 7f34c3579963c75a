import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import { describeFailure } from '../api/api-error';
import type { AccessReport } from '../api/api-types';
import { getAccessReport } from '../api/endpoints';
import { humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { ScrollTable } from '../components/ScrollTable';

const RESOURCE_TYPES = ['case', 'person', 'document', 'agreement', 'transfer'] as const;

/** "2026-11-29T14:30" in the reader's zone → an RFC 3339 instant. */
function localToInstant(value: string): string {
  return new Date(value).toISOString();
}

function localInput(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Who read or changed one record between two instants (GET
 * /api/audit/access-report): per person the reads, changes and field groups
 * seen, then every entry. The record can come from the URL
 * (?resourceType=case&resourceId=…).
 */
export function AccessReportForm(): ReactElement {
  const [searchParams] = useSearchParams();
  const [resourceType, setResourceType] = useState<string | null>(searchParams.get('resourceType') ?? 'case');
  const [resourceId, setResourceId] = useState(searchParams.get('resourceId') ?? '');
  const [from, setFrom] = useState(() => localInput(new Date(Date.now() - 30 * 24 * 3600 * 1000)));
  const [to, setTo] = useState(() => localInput(new Date(Date.now() + 3600 * 1000)));
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<AccessReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || resourceType === null) return;
    setPending(true);
    setFailure(null);
    try {
      setReport((await getAccessReport({ resourceType, resourceId: resourceId.trim(), from: localToInstant(from), to: localToInstant(to) })).data);
    } catch (error) {
      setReport(null);
      setFailure(describeFailure(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)} aria-label="Access report">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Record type" required data={RESOURCE_TYPES.map((value) => ({ value, label: humanize(value) }))} value={resourceType} onChange={setResourceType} />
            <TextInput label="Record id" required value={resourceId} onChange={(event) => setResourceId(event.currentTarget.value)} />
            <TextInput label="From" type="datetime-local" required value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
            <TextInput label="To" type="datetime-local" required value={to} onChange={(event) => setTo(event.currentTarget.value)} />
          </SimpleGrid>
          <Group><Button type="submit" loading={pending} disabled={pending || resourceId.trim() === ''}>Show access report</Button></Group>
        </Stack>
      </form>
      {failure !== null && <Alert role="alert" color="red" title="No report"><Text size="sm" c="red.9">{failure}</Text></Alert>}
      {report !== null && <AccessReportView report={report} />}
    </Stack>
  );
}

function AccessReportView({ report }: { readonly report: AccessReport }): ReactElement {
  return (
    <section aria-label="Access report result">
      <Text size="sm" mb="sm">
        {humanize(report.resourceType)} <span style={{ overflowWrap: 'anywhere' }}>{report.resourceId}</span>, <Time instant={report.from} /> to <Time instant={report.to} />:{' '}
        {report.actors.length === 0 ? 'nobody read or changed it.' : `${report.actors.length} ${report.actors.length === 1 ? 'person' : 'people'} read or changed it.`}
        {report.truncated && ' The list is cut short; narrow the dates.'}
      </Text>
      {report.actors.length > 0 && (
        <ScrollTable label="People who read or changed the record" minWidth={560}>
          <Table>
            <Table.Caption>Who, and which field groups they saw</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Reads</Table.Th>
                <Table.Th scope="col">Changes</Table.Th>
                <Table.Th scope="col">Field groups seen</Table.Th>
                <Table.Th scope="col">First / last</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.actors.map((actor) => (
                <Table.Tr key={actor.actor}>
                  <Table.Th scope="row">{actor.actor}</Table.Th>
                  <Table.Td>{actor.reads}</Table.Td>
                  <Table.Td>{actor.changes}</Table.Td>
                  <Table.Td>{actor.fieldGroups.map(humanize).join(', ') || '—'}</Table.Td>
                  <Table.Td><Time instant={actor.firstAt} /> / <Time instant={actor.lastAt} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {report.entries.length > 0 && (
        <ScrollTable label="Audit entries" minWidth={560}>
          <Table striped>
            <Table.Caption>Every entry, oldest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Purpose</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.entries.map((entry, index) => (
                <Table.Tr key={entry.seq ?? `pending-${index}`}>
                  <Table.Td><Time instant={entry.at} /></Table.Td>
                  <Table.Td>{entry.actor}</Table.Td>
                  <Table.Td>{entry.action}</Table.Td>
                  <Table.Td>{entry.kind === 'read' ? 'Read' : 'Change'}</Table.Td>
                  <Table.Td>{entry.purpose ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
