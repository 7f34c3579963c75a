import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { documentPrintPath, getDocument, type DocumentView } from '../api/document-endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { FieldList } from './FieldList';
import { usePageTitle } from './use-page-title';

/**
 * A document as the reader may see it: each paragraph with its portion
 * mark; paragraphs above the reader's clearance or outside their caveats
 * arrive withheld and are shown as a distinct grey marker, never as text.
 */
export function DocumentPage(): ReactElement {
  const { documentId = '' } = useParams();
  usePageTitle('Document');
  const document = useResource(async (signal) => (await getDocument(documentId, signal)).data, [documentId]);
  return <ResourceView resource={document}>{(data) => <DocumentReader document={data} />}</ResourceView>;
}

function portionMark(portion: DocumentView['paragraphs'][number]['portion']): string {
  return [portion.classification, ...portion.caveats].join('//');
}

function DocumentReader({ document }: { readonly document: DocumentView }): ReactElement {
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{document.title}</Title>
      <Group gap="sm">
        <Badge color="dark" variant="filled">{portionMark({ classification: document.classification, caveats: document.caveats })}</Badge>
        <Anchor component={Link} to="/documents">Search documents</Anchor>
        <Anchor href={documentPrintPath(document.id)} target="_blank" rel="noopener">Printable version (opens in a new tab)</Anchor>
      </Group>
      <FieldList
        fields={[
          ['Kind', humanize(document.kind)],
          ['Date', document.documentDate ?? '—'],
          ['Originator', document.originator === '' ? '—' : document.originator],
          ['Subject tags', document.subjectTags.join(', ') || '—'],
          ['Countries', document.countryTags.join(', ') || '—'],
          ['Withheld from you', document.withheldNumbers.length === 0 ? 'Nothing' : `${document.withheldNumbers.length} paragraph(s)`],
        ]}
      />
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Paragraphs">
        {document.paragraphs.map((paragraph) => paragraph.visible ? (
          <li key={paragraph.number} id={`p-${paragraph.number}`} data-paragraph={paragraph.number}>
            <Text>
              {paragraph.number}. <Text span fw={700}>({portionMark(paragraph.portion)})</Text> {paragraph.text}
            </Text>
          </li>
        ) : (
          <li key={paragraph.number} id={`p-${paragraph.number}`} data-paragraph={paragraph.number} data-withheld="">
            <Paper bg="gray.2" p="xs" radius="sm">
              <Text fs="italic" c="gray.9">{paragraph.text}</Text>
            </Paper>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
