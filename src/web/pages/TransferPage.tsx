import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, describeFailure } from '../api/api-error';
import type { Case } from '../api/api-types';
import { listCases } from '../api/endpoints';
import { addToManifest, confirmArrival, departTransfer, getTransfer, lockManifest, manifestHtmlPath, recordBoarding } from '../api/transfer-endpoints';
import type { IneligibleCase, TransferDetail } from '../api/transfer-types';
import { useResource } from '../api/use-resource';
import { FieldList } from './FieldList';
import { ResourceView } from '../components/PageStatus';
import { ScrollTable } from '../components/ScrollTable';
import { humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { usePageTitle } from './use-page-title';

type Outcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly message: string; readonly cases?: readonly IneligibleCase[] };

/** A failure as readable text, with the per-case reasons of a refused manifest change. */
function toOutcome(error: unknown): Outcome {
  const cases = error instanceof ApiError ? error.details.cases : undefined;
  return { ok: false, message: describeFailure(error), ...(Array.isArray(cases) && { cases: cases as IneligibleCase[] }) };
}

/**
 * One transfer: its plan, the manifest builder (cleared cases of its
 * agreement only), lock, departure gate, boarding and arrival, and the
 * printable manifest. The server decides who may do each step; a refusal
 * is shown as its readable message.
 */
export function TransferPage(): ReactElement {
  const { transferId = '' } = useParams();
  usePageTitle('Transfer');
  const detail = useResource(async (signal) => getTransfer(transferId, signal), [transferId]);
  // Kept here, above the reload: a step's result must stay on screen after the transfer is read again.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <ResourceView resource={detail}>
      {({ data, etag }) => <TransferView detail={data} etag={etag} onChanged={detail.reload} outcome={outcome} setOutcome={setOutcome} />}
    </ResourceView>
  );
}

function TransferView(props: {
  readonly detail: TransferDetail;
  readonly etag: string | null;
  readonly onChanged: () => void;
  readonly outcome: Outcome | null;
  readonly setOutcome: (outcome: Outcome) => void;
}): ReactElement {
  const { detail, etag, onChanged, outcome, setOutcome } = props;
  const { transfer } = detail;
  // All cases of the agreement name the manifest's rows; the builder offers only the cleared ones.
  const cases = useResource(async (signal) => {
    const [all, cleared] = await Promise.all([
      listCases({ agreementId: transfer.agreementId, limit: 200 }, signal),
      listCases({ agreementId: transfer.agreementId, state: 'cleared', limit: 200 }, signal),
    ]);
    return { all: all.data.items, cleared: cleared.data.items };
  }, [transfer.agreementId, transfer.version]);
  const [pending, setPending] = useState(false);

  const run = async (action: () => Promise<string>): Promise<void> => {
    if (pending) return;
    setPending(true);
    try {
      setOutcome({ ok: true, message: await action() });
      onChanged();
    } catch (error) {
      setOutcome(toOutcome(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">Transfer {transfer.reference}</Title>
        <Badge size="lg" variant="outline" color="dark">{humanize(transfer.status)}</Badge>
      </Group>
      <Anchor component={Link} to="/transfers">All transfers</Anchor>
      <FieldList
        fields={[
          ['Receiving country', transfer.receivingCountry],
          ['Agency', transfer.agency],
          ['Scheduled departure', <Time key="d" instant={transfer.scheduledDeparture} />],
          ['Locked', <Time key="l" instant={transfer.lockedAt} />],
          ['Departed', <Time key="p" instant={transfer.departedAt} />],
          ['Arrived', <Time key="a" instant={transfer.arrivedAt} />],
        ]}
      />
      <Anchor href={manifestHtmlPath(transfer.id)} target="_blank" rel="noopener">Printable manifest (opens in a new tab)</Anchor>
      <ResourceView resource={cases}>
        {({ all, cleared }) => {
          const byId = new Map(all.map((record) => [record.id, record]));
          const referenceOf = (id: string): string => byId.get(id)?.reference ?? id;
          return (
            <>
              <ManifestSection detail={detail} referenceOf={referenceOf} />
              {transfer.status === 'planned' && (
                <ManifestBuilder cleared={cleared} pending={pending} onAdd={(ids) => void run(async () => {
                  await addToManifest(transfer.id, ids);
                  return `Added ${ids.length} case${ids.length === 1 ? '' : 's'} to the manifest.`;
                })} />
              )}
              <Paper withBorder p="md" component="section" aria-labelledby="steps-heading">
                <Title order={2} size="h4" id="steps-heading" mb="sm">Next steps</Title>
                <Group gap="sm" wrap="wrap">
                  {transfer.status === 'planned' && (
                    <Button loading={pending} disabled={pending} onClick={() => void run(async () => { await lockManifest(transfer.id, etag); return 'Manifest locked and signed.'; })}>Lock manifest</Button>
                  )}
                  {transfer.status === 'manifest_locked' && (
                    <Button loading={pending} disabled={pending} onClick={() => void run(async () => {
                      const { data } = await departTransfer(transfer.id);
                      return `Departed with ${data.departingCaseIds.length} case(s); ${data.removals.length} removed at the departure gate.`;
                    })}>Record departure</Button>
                  )}
                  {transfer.status === 'departed' && (
                    <>
                      <Button variant="outline" h="auto" py={6} styles={{ label: { whiteSpace: 'normal' } }} loading={pending} disabled={pending || detail.manifestCaseIds.length === 0} onClick={() => void run(async () => {
                        const { data } = await recordBoarding(transfer.id, detail.manifestCaseIds.filter((id) => !detail.boarding.removedAtDeparture.includes(id)));
                        return `${data.boarded.length} boarded, ${data.notBoarded.length} not boarded.`;
                      })}>Record everyone on the manifest as boarded</Button>
                      <Button loading={pending} disabled={pending} onClick={() => void run(async () => {
                        const { data } = await confirmArrival(transfer.id);
                        return `Arrival confirmed: ${data.relocatedCaseIds.length} relocated, ${data.returnedCaseIds.length} returned.`;
                      })}>Confirm arrival</Button>
                    </>
                  )}
                  {!['planned', 'manifest_locked', 'departed'].includes(transfer.status) && <Text size="sm">No further steps for a {humanize(transfer.status).toLowerCase()} transfer.</Text>}
                </Group>
              </Paper>
              {outcome !== null && <OutcomeNotice outcome={outcome} referenceOf={referenceOf} />}
            </>
          );
        }}
      </ResourceView>
    </Stack>
  );
}

function OutcomeNotice({ outcome, referenceOf }: { readonly outcome: Outcome; readonly referenceOf: (id: string) => string }): ReactElement {
  if (outcome.ok) return <Text role="status" c="teal.9">{outcome.message}</Text>;
  return (
    <Alert role="alert" color="red" title="Not done" data-outcome="refused">
      <Text size="sm" c="red.9">{outcome.message}</Text>
      {outcome.cases !== undefined && (
        <List size="sm" mt="xs">
          {outcome.cases.map((entry) => (
            <List.Item key={entry.caseId} data-refused-case={entry.caseId}>
              {referenceOf(entry.caseId)}: {entry.reasons.map(humanize).join('; ')}
              {entry.blockedBy !== undefined && entry.blockedBy.length > 0 && ` (blocked by ${entry.blockedBy.join(', ')})`}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

function ManifestSection({ detail, referenceOf }: { readonly detail: TransferDetail; readonly referenceOf: (id: string) => string }): ReactElement {
  const removed = new Map(detail.departureRemovals.map((removal) => [removal.caseId, removal]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="manifest-heading">
      <Title order={2} size="h4" id="manifest-heading" mb="sm">Manifest</Title>
      {detail.snapshot !== null && <Text size="sm" mb="xs" style={{ overflowWrap: 'anywhere' }}>Signed snapshot of {detail.snapshot.caseCount} case(s), key {detail.snapshot.keyId}.</Text>}
      {detail.manifestCaseIds.length === 0 ? <Text>No cases on the manifest yet.</Text> : (
        <ScrollTable label="Manifest cases" minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Case</Table.Th>
                <Table.Th scope="col">Boarding</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.manifestCaseIds.map((id) => {
                const removal = removed.get(id);
                return (
                  <Table.Tr key={id}>
                    <Table.Th scope="row"><Anchor component={Link} to={`/cases/${id}`}>{referenceOf(id)}</Anchor></Table.Th>
                    <Table.Td>
                      {removal !== undefined ? `Removed at departure: ${removal.reason}${removal.blockedBy.length > 0 ? ` (blocked by ${removal.blockedBy.join(', ')})` : ''}`
                        : detail.boarding.boarded.includes(id) ? 'Boarded' : '—'}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

function ManifestBuilder({ cleared, pending, onAdd }: { readonly cleared: readonly Case[]; readonly pending: boolean; readonly onAdd: (ids: string[]) => void }): ReactElement {
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="builder-heading">
      <Title order={2} size="h4" id="builder-heading" mb="sm">Add cleared cases</Title>
      {cleared.length === 0 ? <Text>No cleared cases under this agreement.</Text> : (
        <Stack gap="sm">
          <Checkbox.Group label="Cleared cases of this agreement" value={chosen} onChange={setChosen}>
            <Stack gap={4} mt="xs">
              {cleared.map((record) => <Checkbox key={record.id} value={record.id} label={record.reference} />)}
            </Stack>
          </Checkbox.Group>
          <Group>
            <Button disabled={pending || chosen.length === 0} loading={pending} onClick={() => onAdd(chosen)}>Add to manifest</Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
