import { Alert, Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { getPerson, listCases } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { textOrRedacted } from '../components/Redacted';
import { CaseStateBadge } from '../components/StateBadge';
import { PersonSummary } from './PersonSummary';
import { usePageTitle } from './use-page-title';

/** One person and their cases. */
export function PersonPage(): ReactElement {
  const { personId = '' } = useParams();
  const person = useResource(async (signal) => (await getPerson(personId, signal)).data, [personId]);
  const cases = useResource(async (signal) => (await listCases({ personId, limit: 100 }, signal)).data.items, [personId]);
  usePageTitle(person.status !== 'ready' ? 'Person' : person.data.erased ? 'Erased person' : `${textOrRedacted(person.data.givenNames)} ${textOrRedacted(person.data.familyName)}`);

  return (
    <Stack gap="lg">
      {person.status !== 'ready' && <Title order={1} size="h2">Person</Title>}
      <ResourceView resource={person}>
        {(data) => (
          <>
            <Title order={1} size="h2">{data.erased ? 'Erased person' : `${textOrRedacted(data.givenNames)} ${textOrRedacted(data.familyName)}`}</Title>
            {data.erased && (
              <Alert color="gray" title="Erased by law">
                This person's personal data was erased (their data key destroyed). Their cases, decisions and the audit trail remain.
              </Alert>
            )}
            <Paper withBorder p="md" component="section" aria-labelledby="identity-heading">
              <Title order={2} size="h4" id="identity-heading" mb="sm">Identity</Title>
              <PersonSummary person={data} linkToPerson={false} />
            </Paper>
          </>
        )}
      </ResourceView>
      <Paper withBorder p="md" component="section" aria-labelledby="cases-heading">
        <Title order={2} size="h4" id="cases-heading" mb="sm">Cases</Title>
        <ResourceView resource={cases}>
          {(items) =>
            items.length === 0 ? (
              <Text>No cases.</Text>
            ) : (
              <List spacing="xs">
                {items.map((item) => (
                  <List.Item key={item.id}>
                    <Anchor component={Link} to={`/cases/${item.id}`}>{item.reference}</Anchor> <CaseStateBadge state={item.state} />
                  </List.Item>
                ))}
              </List>
            )
          }
        </ResourceView>
      </Paper>
    </Stack>
  );
}
