import { SimpleGrid, Text } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';

/**
 * Label/value pairs as a description list: two columns on wide screens,
 * one on phones.
 *
 * @example <FieldList fields={[['State', <CaseStateBadge state="cleared" />]]} />
 */
export function FieldList({ fields }: { readonly fields: readonly (readonly [string, ReactNode])[] }): ReactElement {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
      {fields.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" fw={600} c="gray.8">{label}</Text>
          <Text component="dd" m={0}>{value}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
