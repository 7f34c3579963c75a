import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { listPeople } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { KeysetPager } from '../components/KeysetPager';
import { ResourceView } from '../components/PageStatus';
import { MaybeRedacted, textOrRedacted } from '../components/Redacted';
import { useCountryOptions } from './use-country-options';
import { useFilterParameters } from './use-filter-parameters';
import { usePageTitle } from './use-page-title';

/** People with a nationality filter and keyset paging; names render as text, never HTML. */
export function PeopleListPage(): ReactElement {
  usePageTitle('People');
  const [searchParams, setParameters] = useFilterParameters();
  const nationality = searchParams.get('nationality') ?? '';
  const cursor = searchParams.get('cursor');
  const countryOptions = useCountryOptions();
  const people = useResource(
    async (signal) => (await listPeople({ limit: 50, ...(nationality !== '' && { nationality }), ...(cursor !== null && { cursor }) }, signal)).data,
    [nationality, cursor],
  );

  return (
    <Stack gap="md">
      <Title order={1} size="h2">People</Title>
      <Group component="form" role="search" aria-label="Filter people" onSubmit={(event) => event.preventDefault()}>
        <Select label="Nationality" placeholder="Any nationality" clearable searchable data={[...countryOptions]} value={nationality === '' ? null : nationality} onChange={(value) => setParameters({ nationality: value })} w={260} />
      </Group>
      <ResourceView resource={people}>
        {(page) => (
          <>
            {page.items.length === 0 ? (
              <Text>No people match.</Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover>
                  <Table.Caption>{page.items.length} people on this page</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Name</Table.Th>
                      <Table.Th scope="col">Aliases</Table.Th>
                      <Table.Th scope="col">Nationalities</Table.Th>
                      <Table.Th scope="col">External ID</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td><Anchor component={Link} to={`/people/${person.id}`}>{textOrRedacted(person.givenNames)} {textOrRedacted(person.familyName)}</Anchor></Table.Td>
                        <Table.Td><MaybeRedacted value={person.aliases}>{(aliases) => aliases.join(', ') || '—'}</MaybeRedacted></Table.Td>
                        <Table.Td><MaybeRedacted value={person.nationalities}>{(codes) => codes.join(', ') || '—'}</MaybeRedacted></Table.Td>
                        <Table.Td><MaybeRedacted value={person.externalId}>{(externalId) => externalId ?? '—'}</MaybeRedacted></Table.Td>
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
