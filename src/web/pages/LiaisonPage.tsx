import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { describeFailure } from '../api/api-error';
import { getCase, getPerson, listCases, recordReceivingConsent } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { ScrollTable } from '../components/ScrollTable';
import { CaseStateBadge } from '../components/StateBadge';
import { Time } from '../components/Time';
import { PersonSummary } from './PersonSummary';
import { usePageTitle } from './use-page-title';

/**
 * The receiving state's liaison: persons proposed to their country, with
 * only the fields policy shows them (others arrive redacted and read
 * "Redacted"), and accept or decline where the case's abilities allow it.
 */
export function LiaisonPage(): ReactElement {
  usePageTitle('Proposed persons');
  const proposed = useResource(async (signal) => (await listCases({ state: 'country_proposed', limit: 200 }, signal)).data.items, []);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Proposed persons</Title>
      <ResourceView resource={proposed}>
        {(items) => items.length === 0 ? <Text>Nobody is proposed to your country now.</Text> : (
          <ScrollTable label="Proposed cases" minWidth={420}>
            <Table>
              <Table.Caption>Cases proposed to your country</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Case</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Country</Table.Th>
                  <Table.Th scope="col">Review</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Th scope="row">{record.reference}</Table.Th>
                    <Table.Td><CaseStateBadge state={record.state} /></Table.Td>
                    <Table.Td>{record.destinationCountry ?? '—'}</Table.Td>
                    <Table.Td><Button size="xs" variant="outline" onClick={() => setSelected(record.id)} aria-label={`Review ${record.reference}`}>Review</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </ResourceView>
      {selected !== null && <ConsentPanel key={selected} caseId={selected} />}
    </Stack>
  );
}

function ConsentPanel({ caseId }: { readonly caseId: string }): ReactElement {
  const loaded = useResource(async (signal) => {
    const record = (await getCase(caseId, signal)).data;
    return { record, person: (await getPerson(record.personId, signal)).data };
  }, [caseId]);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; status: 'accepted' | 'declined'; at: string } | { ok: false; message: string } | null>(null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consent-heading">
      <ResourceView resource={loaded}>
        {({ record, person }) => {
          const decide = async (status: 'accepted' | 'declined'): Promise<void> => {
            if (pending) return;
            setPending(true);
            const decidedAt = new Date().toISOString();
            try {
              await recordReceivingConsent(record.id, { payload: { country: record.destinationCountry ?? '', status, decidedAt } });
              setResult({ ok: true, status, at: decidedAt });
            } catch (error) {
              setResult({ ok: false, message: describeFailure(error) });
            } finally {
              setPending(false);
            }
          };
          return (
            <Stack gap="sm">
              <Title order={2} size="h4" id="consent-heading">Case {record.reference}</Title>
              <PersonSummary person={person} linkToPerson={false} />
              {record.abilities.includes('liaison:decide') ? (
                <Group gap="sm">
                  <Button color="teal.9" onClick={() => void decide('accepted')} loading={pending} disabled={pending}>Accept</Button>
                  <Button color="red.9" onClick={() => void decide('declined')} loading={pending} disabled={pending}>Decline</Button>
                </Group>
              ) : <Text size="sm">You may not decide on this case.</Text>}
              {result?.ok === true && <Text role="status" c="teal.9">{result.status === 'accepted' ? 'Accepted' : 'Declined'} at <Time instant={result.at} />.</Text>}
              {result?.ok === false && <Alert role="alert" color="red" title="Not recorded"><Text size="sm" c="red.9">{result.message}</Text></Alert>}
            </Stack>
          );
        }}
      </ResourceView>
    </Paper>
  );
}
