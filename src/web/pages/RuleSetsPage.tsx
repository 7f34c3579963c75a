import { Anchor, Badge, Code, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import type { RuleSets } from '../api/api-types';
import { getRuleSets } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { usePageTitle } from './use-page-title';
import { WhatIfForm } from './WhatIfForm';

/**
 * The rule sets the server evaluates: profiles with their content hashes,
 * every safeguard with its citations and whether each was verified, the
 * tunable parameters, and a what-if run against open cases.
 */
export function RuleSetsPage(): ReactElement {
  usePageTitle('Rule sets');
  const ruleSets = useResource(async (signal) => (await getRuleSets(signal)).data, []);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Rule sets</Title>
      <ResourceView resource={ruleSets}>
        {(data) => (
          <>
            <Profiles ruleSets={data} />
            <Safeguards ruleSets={data} />
            <Paper withBorder p="md" component="section" aria-labelledby="whatif-heading">
              <Title order={2} size="h4" id="whatif-heading" mb="sm">What if</Title>
              <WhatIfForm ruleSets={data} />
            </Paper>
          </>
        )}
      </ResourceView>
    </Stack>
  );
}

function Profiles({ ruleSets }: { readonly ruleSets: RuleSets }): ReactElement {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profiles-heading">
      <Title order={2} size="h4" id="profiles-heading" mb="sm">Profiles</Title>
      <Stack gap="md">
        {ruleSets.profiles.map((profile) => (
          <article key={profile.id} aria-labelledby={`profile-${profile.id}`}>
            <Group gap="xs">
              <Title order={3} size="h5" id={`profile-${profile.id}`}>{profile.title}</Title>
              {profile.id === ruleSets.defaultRuleSetId && <Badge color="teal.9" variant="filled" radius="sm" tt="none">Default</Badge>}
            </Group>
            <Text size="sm">{profile.description}</Text>
            <Text size="xs" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
              {profile.id} · version {profile.version} · in force {profile.effectiveFrom ?? 'always'}{profile.effectiveTo === null ? '' : ` to ${profile.effectiveTo}`} · {profile.safeguards.length} safeguards · hash <Code>{profile.contentHash.slice(0, 16)}…</Code>
            </Text>
          </article>
        ))}
      </Stack>
    </Paper>
  );
}

function Safeguards({ ruleSets }: { readonly ruleSets: RuleSets }): ReactElement {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="safeguards-heading">
      <Title order={2} size="h4" id="safeguards-heading" mb="sm">Safeguards</Title>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Safeguard</Table.Th>
              <Table.Th scope="col">Verified</Table.Th>
              <Table.Th scope="col">Citations</Table.Th>
              <Table.Th scope="col">Gates</Table.Th>
              <Table.Th scope="col">Parameters</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ruleSets.safeguards.map((safeguard) => (
              <Table.Tr key={safeguard.id} data-safeguard={safeguard.id}>
                <Table.Td>{safeguard.title}<Text size="xs" c="gray.8">{safeguard.id} · {safeguard.jurisdiction}</Text></Table.Td>
                <Table.Td><VerifiedBadge verified={safeguard.verified} /></Table.Td>
                <Table.Td>
                  <List size="xs" listStyleType="none">
                    {safeguard.citations.map((citation) => (
                      <List.Item key={`${citation.instrument}:${citation.pinpoint}`}>
                        {citation.url === null ? `${citation.instrument} ${citation.pinpoint}` : <Anchor href={citation.url} target="_blank" rel="noreferrer noopener" size="xs">{citation.instrument} {citation.pinpoint}</Anchor>}
                        {!citation.verified && <Text component="span" size="xs" fw={700} c="red.9"> (unverified)</Text>}
                        {citation.note !== null && <Text size="xs" c="gray.8">{citation.note}</Text>}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
                <Table.Td><Text size="xs">{safeguard.transitionsGated.map(humanize).join(', ') || '—'}</Text></Table.Td>
                <Table.Td>
                  {safeguard.parameters.length === 0 ? '—' : (
                    <List size="xs" listStyleType="none">
                      {safeguard.parameters.map((parameter) => (
                        <List.Item key={parameter.name}>
                          <Code>{parameter.name}</Code> {parameter.default} {parameter.unit} ({parameter.min}–{parameter.max}; {parameter.protective} is more protective)
                          <Text size="xs" c="gray.8">{parameter.description}</Text>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function VerifiedBadge({ verified }: { readonly verified: boolean }): ReactElement {
  return verified
    ? <Badge color="teal.9" variant="filled" radius="sm" tt="none">Verified</Badge>
    : <Badge color="red.9" variant="filled" radius="sm" tt="none">Not verified</Badge>;
}
