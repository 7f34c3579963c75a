import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { AgreementStatus } from '../api/api-types';
import { listAgreements } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { KeysetPager } from '../components/KeysetPager';
import { ResourceView } from '../components/PageStatus';
import { AGREEMENT_STATUSES, AgreementStatusBadge, humanize } from '../components/StateBadge';
import { useFilterParameters } from './use-filter-parameters';
import { usePageTitle } from './use-page-title';

/** Agreements between sending and receiving countries, filtered by status. */
export function AgreementListPage(): ReactElement {
  usePageTitle('Agreements');
  const [searchParams, setParameters] = useFilterParameters();
  const status = AGREEMENT_STATUSES.find((value) => value === searchParams.get('status')) ?? null;
  const cursor = searchParams.get('cursor');
  const agreements = useResource(
    async (signal) => (await listAgreements({ limit: 50, ...(status !== null && { status }), ...(cursor !== null && { cursor }) }, signal)).data,
    [status, cursor],
  );

  return (
    <Stack gap="md">
      <Title order={1} size="h2">Agreements</Title>
      <Group component="form" role="search" aria-label="Filter agreements" onSubmit={(event) => event.preventDefault()}>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={AGREEMENT_STATUSES.map((value: AgreementStatus) => ({ value, label: humanize(value) }))}
          value={status}
          onChange={(value) => setParameters({ status: value })}
          w={220}
        />
      </Group>
      <ResourceView resource={agreements}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text>No agreements match.</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped highlightOnHover>
                  <Table.Caption>{page.items.length} agreements on this page</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Agreement</Table.Th>
                      <Table.Th scope="col">From → to</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                      <Table.Th scope="col">Effective</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((agreement) => (
                      <Table.Tr key={agreement.id}>
                        <Table.Td><Anchor component={Link} to={`/agreements/${agreement.code}`}>{agreement.title}</Anchor></Table.Td>
                        <Table.Td>{agreement.sendingCountry} → {agreement.receivingCountry}</Table.Td>
                        <Table.Td><AgreementStatusBadge status={agreement.status} /></Table.Td>
                        <Table.Td>{agreement.effectiveFrom ?? '—'}{agreement.effectiveTo !== null ? ` to ${agreement.effectiveTo}` : ''}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <KeysetPager cursor={cursor} nextCursor={page.nextCursor} onCursor={(next) => setParameters({ cursor: next })} />
          </>
        )}
      </ResourceView>
    </Stack>
  );
}
