import { Paper, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import type { AgreementLedger } from '../api/api-types';
import { getAgreementLedger } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { CapacityGauge } from '../components/CapacityGauge';
import { Money } from '../components/Money';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { FieldList } from './FieldList';
import { ScrollTable } from '../components/ScrollTable';

/** Capacity used/reserved/free and the payments ledger of one agreement (GET /api/agreements/{idOrCode}/ledger). */
export function AgreementLedgerSection({ idOrCode }: { readonly idOrCode: string }): ReactElement {
  const ledger = useResource(async (signal) => (await getAgreementLedger(idOrCode, signal)).data, [idOrCode]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ledger-heading">
      <Title order={2} size="h4" id="ledger-heading" mb="sm">Capacity and payments</Title>
      <ResourceView resource={ledger}>{(data) => <LedgerView ledger={data} />}</ResourceView>
    </Paper>
  );
}

function LedgerView({ ledger }: { readonly ledger: AgreementLedger }): ReactElement {
  const { reconciliation } = ledger;
  return (
    <>
      <Title order={3} size="h5" mb="xs">Capacity</Title>
      <CapacityGauge capacity={ledger.capacity} />
      <Title order={3} size="h5" mt="md" mb="xs">Totals</Title>
      {reconciliation === null ? <Text size="sm">No payments are recorded.</Text> : (
        <FieldList
          fields={[
            ['Obligated', <Money {...reconciliation.obligated} />],
            ['Disbursed', <Money {...reconciliation.disbursed} />],
            ['Outstanding', <Money {...reconciliation.outstanding} />],
          ]}
        />
      )}
      <Title order={3} size="h5" mt="md" mb="xs">Payments ledger</Title>
      {ledger.obligations.length === 0 && ledger.disbursements.length === 0 ? <Text size="sm">No obligations or disbursements recorded.</Text> : (
        <ScrollTable label="Payments ledger" minWidth={560}>
          <Table striped>
            <Table.Caption>Obligations and disbursements, by date</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Entry</Table.Th>
                <Table.Th scope="col">Description</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[
                ...ledger.obligations.map((item) => ({ key: item.id, date: item.dueOn, entry: `Obligation (${humanize(item.kind)})`, description: item.label, amount: item.amount })),
                ...ledger.disbursements.map((item) => ({ key: item.id, date: item.paidOn, entry: 'Disbursement', description: item.reference, amount: item.amount })),
              ]
                .sort((a, b) => a.date.localeCompare(b.date) || a.entry.localeCompare(b.entry))
                .map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>{row.date}</Table.Td>
                    <Table.Td>{row.entry}</Table.Td>
                    <Table.Td>{row.description}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}><Money {...row.amount} /></Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
