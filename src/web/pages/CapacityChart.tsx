import { BarChart } from '@mantine/charts';
import { Paper, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import type { Agreement, AgreementSummary } from '../api/api-types';
import { getAgreementSummary } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { ScrollTable } from '../components/ScrollTable';

/**
 * Places used, reserved and free per agreement with a stated cap, as a
 * stacked bar chart, with the same figures in a table for readers who do
 * not see the chart. One summary request per agreement (a program has tens).
 */
export function CapacityChart({ agreements }: { readonly agreements: readonly Agreement[] }): ReactElement {
  const summaries = useResource(
    async (signal) => Promise.all(agreements.map(async (agreement) => (await getAgreementSummary(agreement.id, signal)).data)),
    [agreements.map((agreement) => agreement.id).join(',')],
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="capacity-heading">
      <Title order={2} size="h4" id="capacity-heading" mb="sm">Capacity per agreement</Title>
      <ResourceView resource={summaries}>{(data) => <CapacityFigures summaries={data} />}</ResourceView>
    </Paper>
  );
}

function CapacityFigures({ summaries }: { readonly summaries: readonly AgreementSummary[] }): ReactElement {
  const capped = summaries.filter((summary) => summary.capacity.capacity !== null);
  if (capped.length === 0) return <Text>No agreement states a capacity.</Text>;
  const rows = capped.map(({ agreement, capacity }) => ({ agreement: agreement.code, used: capacity.consumed, reserved: capacity.reserved, free: capacity.free ?? 0 }));
  return (
    <>
      <div aria-hidden="true">
        <BarChart
          h={Math.max(200, rows.length * 36)}
          data={rows}
          dataKey="agreement"
          type="percent"
          orientation="vertical"
          yAxisProps={{ width: 110 }}
          series={[{ name: 'used', color: 'blue.9' }, { name: 'reserved', color: '#a33c07' }, { name: 'free', color: 'gray.4' }]}
          withLegend
          withTooltip={false}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <details>
        <summary>Figures</summary>
        <ScrollTable label="Capacity figures" minWidth={320}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Agreement</Table.Th>
                <Table.Th scope="col">Used</Table.Th>
                <Table.Th scope="col">Reserved</Table.Th>
                <Table.Th scope="col">Free</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.agreement}>
                  <Table.Th scope="row">{row.agreement}</Table.Th>
                  <Table.Td>{row.used}</Table.Td>
                  <Table.Td>{row.reserved}</Table.Td>
                  <Table.Td>{row.free}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </details>
    </>
  );
}
