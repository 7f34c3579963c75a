import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { CaseDocument } from '../api/document-endpoints';
import { humanize } from '../components/StateBadge';
import { Time } from '../components/Time';

/**
 * The documents linked to a case (notices, cables, orders), each a link to
 * the reader. Paragraphs the reader will see withheld are counted here so
 * nobody mistakes a redacted reading for the whole document.
 */
export function CaseDocumentList({ documents }: { readonly documents: readonly CaseDocument[] }): ReactElement {
  if (documents.length === 0) return <Text size="sm">No documents you may read are linked to this case.</Text>;
  return (
    <List listStyleType="none" spacing="sm" p={0}>
      {documents.map((document) => (
        <List.Item key={document.id} data-case-document={document.id}>
          <Anchor component={Link} to={`/documents/${document.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>{document.title}</Anchor>
          <Group gap="xs" mt={2}>
            <Badge variant="outline" color="dark" size="sm">{humanize(document.kind)}</Badge>
            <Text size="sm">{document.classification}</Text>
            <Text size="sm">{document.documentDate ?? <>added <Time instant={document.createdAt} /></>}</Text>
            {document.withheldParagraphs > 0 && (
              <Text size="sm" c="red.9" data-withheld-count="">
                {document.withheldParagraphs} of {document.paragraphCount} paragraphs withheld from you
              </Text>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
