import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../api/api-error';
import type { Case } from '../api/api-types';
import { fileFearClaim, getCase, getCaseSafeguards, listCases } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { ScrollTable } from '../components/ScrollTable';
import { CaseStateBadge } from '../components/StateBadge';
import { Time } from '../components/Time';
import { usePageTitle } from './use-page-title';

interface ClientRow {
  readonly record: Case;
  readonly earliestDepartureAt: string | null;
}

/**
 * Counsel's clients (the open cases the server shows them), soonest
 * possible departure first, with a fear claim form on each case whose
 * abilities allow it.
 */
export function CounselPage(): ReactElement {
  usePageTitle('My clients');
  const [refresh, setRefresh] = useState(0);
  const clients = useResource(async (signal) => {
    const open = (await listCases({ limit: 200 }, signal)).data.items.filter((item) => item.state !== 'closed');
    const rows = await Promise.all(open.map(async (record): Promise<ClientRow> => ({ record, earliestDepartureAt: (await getCaseSafeguards(record.id, signal)).data.earliestDepartureAt })));
    // Soonest deadline first; cases with no departure date yet last.
    return rows.sort((a, b) => (a.earliestDepartureAt ?? '\uffff').localeCompare(b.earliestDepartureAt ?? '\uffff') || a.record.reference.localeCompare(b.record.reference));
  }, [refresh]);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">My clients</Title>
      <ResourceView resource={clients}>
        {(rows) => rows.length === 0 ? <Text>No open cases of your clients.</Text> : (
          <ScrollTable label="Clients and deadlines" minWidth={620}>
            <Table>
              <Table.Caption>Open cases, earliest possible departure first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Case</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Destination</Table.Th>
                  <Table.Th scope="col">Earliest departure</Table.Th>
                  <Table.Th scope="col">Fear claim</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ record, earliestDepartureAt }) => (
                  <Table.Tr key={record.id}>
                    <Table.Th scope="row"><Anchor component={Link} to={`/cases/${record.id}`}>{record.reference}</Anchor></Table.Th>
                    <Table.Td><CaseStateBadge state={record.state} /></Table.Td>
                    <Table.Td>{record.destinationCountry ?? '—'}</Table.Td>
                    <Table.Td>{earliestDepartureAt === null ? 'Not determined' : <Time instant={earliestDepartureAt} />}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="outline" onClick={() => setSelected(record.id)} aria-label={`File a fear claim for ${record.reference}`}>File…</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </ResourceView>
      {selected !== null && <FearClaimPanel key={selected} caseId={selected} onFiled={() => setRefresh((value) => value + 1)} />}
    </Stack>
  );
}

function FearClaimPanel({ caseId, onFiled }: { readonly caseId: string; readonly onFiled: () => void }): ReactElement {
  const detail = useResource(async (signal) => (await getCase(caseId, signal)).data, [caseId]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="fear-claim-heading">
      <ResourceView resource={detail}>
        {(record) => (
          <>
            <Title order={2} size="h4" id="fear-claim-heading" mb="sm">Fear claim for {record.reference}</Title>
            {record.abilities.includes('fact:file-fear-claim')
              ? <FearClaimForm caseId={record.id} country={record.destinationCountry ?? ''} onFiled={onFiled} />
              : <Text size="sm">You may not file a fear claim on this case.</Text>}
          </>
        )}
      </ResourceView>
    </Paper>
  );
}

function FearClaimForm({ caseId, country: proposed, onFiled }: { readonly caseId: string; readonly country: string; readonly onFiled: () => void }): ReactElement {
  const [country, setCountry] = useState(proposed);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; at: string } | { ok: false; message: string } | null>(null);
  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const claimedAt = new Date().toISOString();
    try {
      await fileFearClaim(caseId, { payload: { country: country.trim().toUpperCase(), claimedAt } });
      setResult({ ok: true, at: claimedAt });
      onFiled();
    } catch (error) {
      setResult({ ok: false, message: describeFailure(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="File a fear claim">
      <Stack gap="sm" maw={420}>
        <Text size="sm">The client states a fear of being sent to this country. It is recorded now; the safeguards then require screening before any move.</Text>
        <TextInput label="Country feared (ISO code)" required maxLength={2} value={country} onChange={(event) => setCountry(event.currentTarget.value)} />
        <Group><Button type="submit" loading={pending} disabled={pending || country.trim().length !== 2}>File fear claim</Button></Group>
        {result?.ok === true && <Text role="status" c="teal.9">Fear claim filed at <Time instant={result.at} />.</Text>}
        {result?.ok === false && <Alert role="alert" color="red" title="Not filed"><Text size="sm" c="red.9">{result.message}</Text></Alert>}
      </Stack>
    </form>
  );
}
