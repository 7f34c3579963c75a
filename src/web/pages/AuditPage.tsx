import { Code, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { getAuditKey, getLatestCheckpoint } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { Time } from '../components/Time';
import { AccessReportForm } from './AccessReportForm';
import { FieldList } from './FieldList';
import { usePageTitle } from './use-page-title';

/**
 * Oversight of the audit log: the newest signed checkpoint (tree size, root
 * hash, time, signing key) and an access report for one record.
 */
export function AuditPage(): ReactElement {
  usePageTitle('Audit');
  const checkpoint = useResource(async (signal) => {
    const [head, key] = await Promise.all([getLatestCheckpoint(signal), getAuditKey(signal)]);
    return { checkpoint: head.data, key: key.data };
  }, []);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Audit</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="checkpoint-heading">
        <Title order={2} size="h4" id="checkpoint-heading" mb="sm">Latest signed checkpoint</Title>
        <ResourceView resource={checkpoint}>
          {({ checkpoint: latest, key }) => (
            <FieldList
              fields={[
                ['Entries covered (tree size)', latest.head.size.toLocaleString()],
                ['Signed at', <Time instant={latest.head.timestamp} />],
                ['Root hash', <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{latest.head.rootHash}</Code>],
                ['Key id', <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{latest.keyId}</Code>],
                ['Algorithm', key.algorithm],
                ['Checkpoint number', String(latest.id)],
              ]}
            />
          )}
        </ResourceView>
        <Text size="xs" c="gray.8" mt="sm">Witnesses pin the key id and check each new checkpoint extends the last one they saw.</Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="access-report-heading">
        <Title order={2} size="h4" id="access-report-heading" mb="sm">Access report</Title>
        <AccessReportForm />
      </Paper>
    </Stack>
  );
}
