import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { ReactElement } from 'react';
import type { Decision } from '../api/api-types';
import { humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { FindingList } from './FindingList';

/**
 * The case's stored safeguard decisions, newest first: the step, allowed or
 * blocked, who and when, and for a blocked step the findings that blocked it.
 *
 * @example <DecisionTimeline decisions={items} />
 */
export function DecisionTimeline({ decisions }: { readonly decisions: readonly Decision[] }): ReactElement {
  if (decisions.length === 0) return <Text size="sm">No decisions yet: no workflow step has been evaluated on this case.</Text>;
  const newestFirst = [...decisions].sort((a, b) => b.evaluatedAt.localeCompare(a.evaluatedAt) || b.createdAt.localeCompare(a.createdAt));
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1} aria-label="Decisions, newest first">
      {newestFirst.map((decision) => {
        const blocking = decision.findings.filter((finding) => finding.outcome !== 'pass');
        return (
          <Timeline.Item
            key={decision.id}
            color={decision.outcome === 'allowed' ? 'teal.9' : 'red.9'}
            title={
              <Group gap="xs">
                <Text fw={600} size="sm" component="span">{humanize(decision.transition)}</Text>
                <Badge color={decision.outcome === 'allowed' ? 'teal.9' : 'red.9'} variant="filled" radius="sm" tt="none">{decision.outcome === 'allowed' ? 'Allowed' : 'Blocked'}</Badge>
              </Group>
            }
          >
            <Text size="xs" c="gray.8">
              <Time instant={decision.evaluatedAt} /> · {decision.actor} · rule set {decision.ruleSetId} · {decision.findings.length} {decision.findings.length === 1 ? 'safeguard' : 'safeguards'} checked
            </Text>
            {decision.outcome === 'blocked' && blocking.length > 0 && <FindingList findings={blocking} />}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
