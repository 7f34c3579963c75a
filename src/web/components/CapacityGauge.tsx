import { Group, Progress, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import type { CapacityPosition } from '../api/api-types';

/**
 * Places under an agreement: used (relocated), reserved (proposed cases)
 * and free, as one bar with the numbers in words beside it. Terms without a
 * cap show the counts only.
 *
 * @example <CapacityGauge capacity={{ capacity: 200, consumed: 12, reserved: 3, free: 185 }} />
 */
export function CapacityGauge({ capacity }: { readonly capacity: CapacityPosition }): ReactElement {
  const { capacity: total, consumed, reserved, free } = capacity;
  const summary = total === null
    ? `${consumed} used, ${reserved} reserved; the terms state no cap`
    : `${consumed} used, ${reserved} reserved, ${free ?? 0} free of ${total}`;
  return (
    <div>
      {total !== null && total > 0 && (
        <Progress.Root size={22} aria-hidden="true" mb="xs">
          <Progress.Section value={(consumed / total) * 100} color="blue.9"><Progress.Label>Used</Progress.Label></Progress.Section>
          <Progress.Section value={(reserved / total) * 100} color="#a33c07"><Progress.Label>Reserved</Progress.Label></Progress.Section>
        </Progress.Root>
      )}
      <Group gap="md">
        <Text size="sm" data-capacity-summary="">{summary}</Text>
      </Group>
    </div>
  );
}
