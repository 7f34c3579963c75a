import { BarChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { listAgreements } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { CapacityChart } from './CapacityChart';
import { usePageTitle } from './use-page-title';
import { countBy, readCasesForCounts } from './dashboard-counts';

/** The program at a glance: counts and charts from /api/cases and /api/agreements. */
export function DashboardPage(): ReactElement {
  usePageTitle('Dashboard');
  const cases = useResource((signal) => readCasesForCounts(signal), []);
  const agreements = useResource(async (signal) => (await listAgreements({ limit: 200 }, signal)).data.items, []);

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Dashboard</Title>
      <ResourceView resource={cases}>
        {({ cases: all, complete }) => {
          const byState = countBy(all, (item) => item.state).map(({ key, count }) => ({ state: humanize(key), cases: count }));
          const byCountry = countBy(all, (item) => item.destinationCountry, 'Not set').map(({ key, count }) => ({ country: key, cases: count }));
          const onHold = all.filter((item) => item.state === 'on_hold').length;
          const cleared = all.filter((item) => item.state === 'cleared').length;
          const prefix = complete ? '' : 'at least ';
          return (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <StatCard label="Cases" value={`${prefix}${all.length}`} to="/cases" />
                <StatCard label="On hold" value={String(onHold)} to="/cases?state=on_hold" />
                <StatCard label="Cleared for transfer" value={String(cleared)} to="/cases?state=cleared" />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <ChartCard title="Cases by state" data={byState} dataKey="state" />
                <ChartCard title="Cases by receiving country" data={byCountry} dataKey="country" />
              </SimpleGrid>
            </Stack>
          );
        }}
      </ResourceView>
      <ResourceView resource={agreements}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ChartCard title="Agreements by status" data={countBy(items, (item) => item.status).map(({ key, count }) => ({ status: humanize(key), agreements: count }))} dataKey="status" />
            <CapacityChart agreements={items} />
          </SimpleGrid>
        )}
      </ResourceView>
    </Stack>
  );
}

function StatCard({ label, value, to }: { readonly label: string; readonly value: string; readonly to: string }): ReactElement {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.8">{label}</Text>
      <Anchor component={Link} to={to} size="xl" fw={700} aria-label={`${label}: ${value}`}>{value}</Anchor>
    </Paper>
  );
}

/**
 * A bar chart with its numbers also as a list, so the figures are readable
 * without seeing the chart.
 */
function ChartCard<K extends string>(props: { readonly title: string; readonly data: readonly (Record<K, string> & Record<string, string | number>)[]; readonly dataKey: K }): ReactElement {
  const { title, data, dataKey } = props;
  const valueKey = Object.keys(data[0] ?? {}).find((key) => key !== dataKey) ?? 'count';
  const headingId = `chart-${title.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">{title}</Title>
      {data.length === 0 ? (
        <Text>No data yet.</Text>
      ) : (
        <>
          <div aria-hidden="true">
            {/* The figures below carry the numbers for keyboard and screen-reader users, so the chart takes no focus. */}
            <BarChart h={240} data={[...data]} dataKey={dataKey} series={[{ name: valueKey, color: 'blue.8' }]} tickLine="y" withTooltip={false} barChartProps={{ accessibilityLayer: false }} />
          </div>
          <details>
            <summary>Figures</summary>
            <ul>
              {data.map((row) => <li key={row[dataKey]}>{row[dataKey]}: {row[valueKey]}</li>)}
            </ul>
          </details>
        </>
      )}
    </Paper>
  );
}
