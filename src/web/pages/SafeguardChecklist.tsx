import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import type { CaseSafeguards } from '../api/api-types';
import { Time } from '../components/Time';

type Outcome = CaseSafeguards['items'][number]['finding']['outcome'];

const OUTCOME_LABELS: Readonly<Record<Outcome, { label: string; colour: string }>> = {
  pass: { label: 'Passes', colour: 'teal.9' },
  block: { label: 'Blocks', colour: 'red.9' },
  pending: { label: 'Pending', colour: 'gray.8' },
};

/**
 * The server's safeguard findings for a case: each with its outcome, reason,
 * citations and the earliest time it will pass. The UI evaluates nothing.
 */
export function SafeguardChecklist({ safeguards }: { readonly safeguards: CaseSafeguards }): ReactElement {
  return (
    <>
      <Text size="sm" mb="sm">
        Rule set {safeguards.ruleSetId}. Earliest departure: {safeguards.earliestDepartureAt === null ? 'not yet determined' : <Time instant={safeguards.earliestDepartureAt} />}.
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Caption>Evaluated <Time instant={safeguards.at} /></Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Safeguard</Table.Th>
              <Table.Th scope="col">Outcome</Table.Th>
              <Table.Th scope="col">Why</Table.Th>
              <Table.Th scope="col">Passes from</Table.Th>
              <Table.Th scope="col">Citations</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {safeguards.items.map(({ safeguardId, title, jurisdiction, finding }) => (
              <Table.Tr key={safeguardId}>
                <Table.Td>{title}<Text size="xs" c="gray.8">{safeguardId} · {jurisdiction}</Text></Table.Td>
                <Table.Td><Badge color={OUTCOME_LABELS[finding.outcome].colour} variant="filled" radius="sm" tt="none">{OUTCOME_LABELS[finding.outcome].label}</Badge></Table.Td>
                <Table.Td>{finding.reason}</Table.Td>
                <Table.Td>{finding.earliestPassAt === null ? '—' : <Time instant={finding.earliestPassAt} />}</Table.Td>
                <Table.Td>
                  <List size="xs" listStyleType="none">
                    {finding.citations.map((citation) => (
                      <List.Item key={`${citation.instrument}:${citation.pinpoint}`}>
                        {citation.url === null ? `${citation.instrument} ${citation.pinpoint}` : <Anchor href={citation.url} target="_blank" rel="noreferrer noopener" size="xs">{citation.instrument} {citation.pinpoint}</Anchor>}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
