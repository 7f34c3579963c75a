import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { CaseState } from '../api/api-types';
import { listCases } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { KeysetPager } from '../components/KeysetPager';
import { ResourceView } from '../components/PageStatus';
import { MaybeRedacted } from '../components/Redacted';
import { CASE_STATES, CaseStateBadge, humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { useCountryOptions } from './use-country-options';
import { useFilterParameters } from './use-filter-parameters';
import { usePageTitle } from './use-page-title';

const DEFAULT_PAGE_SIZE = 50;

/**
 * Cases in reference order with filters and keyset paging. Every filter and
 * the cursor live in the URL, so a filtered page is a link to share.
 */
export function CaseListPage(): ReactElement {
  usePageTitle('Cases');
  const [searchParams, setParameters] = useFilterParameters();
  const state = readState(searchParams.get('state'));
  const destinationCountry = searchParams.get('destinationCountry') ?? '';
  const cursor = searchParams.get('cursor');
  const limit = readLimit(searchParams.get('limit'));
  const countryOptions = useCountryOptions();

  const cases = useResource(
    async (signal) => (await listCases({ limit, ...(state !== null && { state }), ...(destinationCountry !== '' && { destinationCountry }), ...(cursor !== null && { cursor }) }, signal)).data,
    [state, destinationCountry, cursor, limit],
  );

  return (
    <Stack gap="md">
      <Title order={1} size="h2">Cases</Title>
      <Group align="flex-end" gap="md" component="form" role="search" aria-label="Filter cases" onSubmit={(event) => event.preventDefault()}>
        <Select
          label="State"
          placeholder="Any state"
          clearable
          data={CASE_STATES.map((value) => ({ value, label: humanize(value) }))}
          value={state}
          onChange={(value) => setParameters({ state: value })}
          w={220}
        />
        <Select
          label="Receiving country"
          placeholder="Any country"
          clearable
          searchable
          data={[...countryOptions]}
          value={destinationCountry === '' ? null : destinationCountry}
          onChange={(value) => setParameters({ destinationCountry: value })}
          w={260}
        />
      </Group>
      <ResourceView resource={cases}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text>No cases match these filters.</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped highlightOnHover>
                  <Table.Caption>{page.items.length} cases on this page</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Reference</Table.Th>
                      <Table.Th scope="col">State</Table.Th>
                      <Table.Th scope="col">Receiving country</Table.Th>
                      <Table.Th scope="col">External ID</Table.Th>
                      <Table.Th scope="col">Opened</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td><Anchor component={Link} to={`/cases/${item.id}`}>{item.reference}</Anchor></Table.Td>
                        <Table.Td><CaseStateBadge state={item.state} /></Table.Td>
                        <Table.Td>{item.destinationCountry ?? '—'}</Table.Td>
                        <Table.Td><MaybeRedacted value={item.externalId}>{(externalId) => externalId ?? '—'}</MaybeRedacted></Table.Td>
                        <Table.Td><Time instant={item.openedAt} /></Table.Td>
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

function readState(value: string | null): CaseState | null {
  return CASE_STATES.find((state) => state === value) ?? null;
}

function readLimit(value: string | null): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 500 ? parsed : DEFAULT_PAGE_SIZE;
}
