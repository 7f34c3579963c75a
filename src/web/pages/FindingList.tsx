import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import type { Finding } from '../api/api-types';
import { Time } from '../components/Time';

const OUTCOME_BADGES: Readonly<Record<Finding['outcome'], { label: string; colour: string }>> = {
  pass: { label: 'Passes', colour: 'teal.9' },
  block: { label: 'Blocks', colour: 'red.9' },
  pending: { label: 'Pending', colour: 'gray.8' },
};

/**
 * Safeguard findings as the server stated them: the safeguard id and title,
 * the outcome, the reason in words, the law it cites, and the earliest time
 * it can pass.
 *
 * @example <FindingList findings={blocked.findings} />
 */
export function FindingList({ findings }: { readonly findings: readonly Finding[] }): ReactElement {
  return (
    <List listStyleType="none" spacing="sm" p={0}>
      {findings.map((finding) => (
        <List.Item key={finding.safeguardId}>
          <Stack gap={2}>
            <Group gap="xs">
              <Badge color={OUTCOME_BADGES[finding.outcome].colour} variant="filled" radius="sm" tt="none">{OUTCOME_BADGES[finding.outcome].label}</Badge>
              <Text fw={600} size="sm">{finding.safeguardId}</Text>
              <Text size="sm">{finding.title}</Text>
            </Group>
            <Text size="sm" data-finding-reason="">{finding.reason}</Text>
            {finding.citations.length > 0 && (
              <Text size="xs" data-finding-citations="">
                Authority: {finding.citations.map((citation) => `${citation.instrument} ${citation.pinpoint}`).join('; ')}
              </Text>
            )}
            <Text size="xs" c="gray.8">
              Earliest pass: {finding.earliestPassAt === null ? 'not by time alone (a fact must change)' : <Time instant={finding.earliestPassAt} />}
            </Text>
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}

/** Findings out of an error's details (409 safeguard_blocked), if it carries any. */
export function findingsOf(details: Readonly<Record<string, unknown>>): readonly Finding[] {
  const findings = details.findings;
  return Array.isArray(findings) ? (findings as Finding[]) : [];
}
