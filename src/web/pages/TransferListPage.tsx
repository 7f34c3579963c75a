import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeFailure } from '../api/api-error';
import { listAgreements } from '../api/endpoints';
import { createTransfer, listTransfers } from '../api/transfer-endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { ScrollTable } from '../components/ScrollTable';
import { humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { usePageTitle } from './use-page-title';

/** Transfers the caller may read, and a form to plan a new one for an agreement. */
export function TransferListPage(): ReactElement {
  usePageTitle('Transfers');
  const transfers = useResource(async (signal) => (await listTransfers({ limit: 200 }, signal)).data.items, []);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Transfers</Title>
      <CreateTransferForm />
      <ResourceView resource={transfers}>
        {(items) => items.length === 0 ? <Text>No transfers yet.</Text> : (
          <ScrollTable label="Transfers" minWidth={640}>
            <Table striped>
              <Table.Caption>{items.length} transfers</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Transfer</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">To</Table.Th>
                  <Table.Th scope="col">Scheduled departure</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((transfer) => (
                  <Table.Tr key={transfer.id}>
                    <Table.Td><Anchor component={Link} to={`/transfers/${transfer.id}`}>{transfer.reference}</Anchor></Table.Td>
                    <Table.Td><Badge variant="outline" color="dark">{humanize(transfer.status)}</Badge></Table.Td>
                    <Table.Td>{transfer.receivingCountry}</Table.Td>
                    <Table.Td><Time instant={transfer.scheduledDeparture} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </ResourceView>
    </Stack>
  );
}

/** A week ahead at 10:00 local time, as the datetime-local input's value. */
function defaultDeparture(): string {
  const date = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T10:00`;
}

function CreateTransferForm(): ReactElement {
  const navigate = useNavigate();
  const agreements = useResource(async (signal) => (await listAgreements({ limit: 200, status: 'active' }, signal)).data.items, []);
  const [agreementId, setAgreementId] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [departure, setDeparture] = useState(defaultDeparture);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || agreementId === null) return;
    setPending(true);
    setFailure(null);
    try {
      const { data } = await createTransfer({ reference: reference.trim(), agreementId, scheduledDeparture: new Date(departure).toISOString(), carrier: '', flight: '', facility: '', escortCount: 0 });
      void navigate(`/transfers/${data.id}`);
    } catch (error) {
      setFailure(describeFailure(error));
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-transfer-heading">
      <Title order={2} size="h4" id="new-transfer-heading" mb="sm">Plan a transfer</Title>
      <ResourceView resource={agreements}>
        {(items) => (
          <form onSubmit={(event) => void submit(event)}>
            <Group align="flex-end" wrap="wrap">
              <Select
                label="Agreement"
                required
                searchable
                data={items.map((agreement) => ({ value: agreement.id, label: `${agreement.code} (${agreement.sendingCountry} → ${agreement.receivingCountry})` }))}
                value={agreementId}
                onChange={setAgreementId}
                w={280}
              />
              <TextInput label="Reference" required value={reference} onChange={(event) => setReference(event.currentTarget.value)} description="Letters, digits, . _ / -" w={200} />
              <TextInput label="Scheduled departure" type="datetime-local" required value={departure} onChange={(event) => setDeparture(event.currentTarget.value)} w={220} />
              <Button type="submit" loading={pending} disabled={pending || agreementId === null || reference.trim().length < 3}>Create transfer</Button>
            </Group>
            {failure !== null && <Alert mt="sm" role="alert" color="red" title="Not created"><Text size="sm" c="red.9">{failure}</Text></Alert>}
          </form>
        )}
      </ResourceView>
    </Paper>
  );
}
