import { Alert, Anchor, Badge, Button, Group, List, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, describeFailure } from '../api/api-error';
import { importCable, searchDocuments, uploadDocument, type Classification, type DocumentKind } from '../api/document-endpoints';
import { useResource } from '../api/use-resource';
import { HighlightedSnippet } from '../components/HighlightedSnippet';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { usePageTitle } from './use-page-title';

const KINDS: readonly DocumentKind[] = ['cable', 'court_order', 'notice', 'assurance', 'country_report', 'after_action_report', 'other'];
const LEVELS: readonly Classification[] = ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL', 'SECRET'];

/**
 * Full-text search over the paragraphs the reader may see (the server
 * filters by clearance and caveats before ranking), with filters in the URL,
 * and cable import.
 */
export function DocumentsPage(): ReactElement {
  usePageTitle('Documents');
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const kind = KINDS.find((value) => value === searchParams.get('kind'));
  const classification = LEVELS.find((value) => value === searchParams.get('classification'));
  const country = searchParams.get('country') ?? '';
  const tag = searchParams.get('tag') ?? '';
  const [draft, setDraft] = useState({ q, country, tag });

  const hits = useResource(
    async (signal) => q === '' ? null : (await searchDocuments({
      q, limit: 20,
      ...(kind !== undefined && { kind }),
      ...(classification !== undefined && { classification }),
      ...(country !== '' && { country }),
      ...(tag !== '' && { tag }),
    }, signal)).data.items,
    [q, kind, classification, country, tag],
  );

  const setParameters = (changes: Readonly<Record<string, string | null>>): void => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    setSearchParams(next);
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setParameters({ q: draft.q.trim(), country: draft.country.trim().toUpperCase(), tag: draft.tag.trim().toUpperCase() });
  };

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">Documents</Title>
      <form role="search" aria-label="Search documents" onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Words" description='Words, "phrases", OR, -word' value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.currentTarget.value })} w={260} />
          <Select label="Kind" placeholder="Any kind" clearable data={KINDS.map((value) => ({ value, label: humanize(value) }))} value={kind ?? null} onChange={(value) => setParameters({ kind: value })} w={180} />
          <Select label="Classification" placeholder="Any level" clearable data={[...LEVELS]} value={classification ?? null} onChange={(value) => setParameters({ classification: value })} w={180} />
          <TextInput label="Country" description="ISO code, e.g. RW" value={draft.country} onChange={(event) => setDraft({ ...draft, country: event.currentTarget.value })} w={120} />
          <TextInput label="Tag" description="e.g. PREF" value={draft.tag} onChange={(event) => setDraft({ ...draft, tag: event.currentTarget.value })} w={120} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      <section aria-label="Search results">
        <ResourceView resource={hits}>
          {(items) => items === null ? <Text>Enter words to search the documents you may read.</Text> : items.length === 0 ? <Text>No paragraphs you may read match.</Text> : (
            <List listStyleType="none" spacing="md" p={0}>
              {items.map((hit) => (
                <List.Item key={`${hit.documentId}-${hit.paragraphNumber}`} data-hit={hit.documentId}>
                  <Anchor component={Link} to={`/documents/${hit.documentId}`} fw={600}>{hit.title}</Anchor>
                  <Group gap="xs" mt={2}>
                    <Badge variant="outline" color="dark" size="sm">{humanize(hit.kind)}</Badge>
                    <Text size="sm">{hit.documentDate ?? 'undated'}, paragraph {hit.paragraphNumber} ({hit.paragraphClassification})</Text>
                  </Group>
                  <Text size="sm" mt={4} data-snippet=""><HighlightedSnippet snippet={hit.snippet} /></Text>
                </List.Item>
              ))}
            </List>
          )}
        </ResourceView>
      </section>
      <CableImportForm />
      <FileUploadForm />
    </Stack>
  );
}

function CableImportForm(): ReactElement {
  const [text, setText] = useState('');
  const [filename, setFilename] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; id: string; title: string } | { ok: false; message: string; problems: readonly string[] } | null>(null);

  const readFile = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    setText(await file.text());
    setFilename(file.name);
  };
  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || text.trim() === '') return;
    setPending(true);
    try {
      const { data } = await importCable(text, filename);
      setResult({ ok: true, id: data.id, title: data.title });
    } catch (error) {
      // cable_malformed lists {line, message} in details.errors.
      const listed = error instanceof ApiError && Array.isArray(error.details.errors) ? (error.details.errors as { line?: unknown; message?: unknown }[]) : [];
      setResult({ ok: false, message: describeFailure(error), problems: listed.map((entry) => `Line ${String(entry.line)}: ${String(entry.message)}`) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
      <Title order={2} size="h4" id="import-heading" mb="sm">Import a cable</Title>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Textarea label="Cable text" description="Paste the telegram, or choose a .txt file" autosize minRows={4} maxRows={14} value={text} onChange={(event) => { setText(event.currentTarget.value); setFilename(undefined); }} styles={{ input: { fontFamily: 'monospace' } }} />
          <div>
            <Text component="label" htmlFor="cable-file" size="sm" fw={500}>Cable file</Text>
            <input id="cable-file" type="file" accept=".txt,text/plain" onChange={(event) => void readFile(event.currentTarget.files?.[0])} style={{ display: 'block', maxWidth: '100%' }} />
          </div>
          <Group><Button type="submit" loading={pending} disabled={pending || text.trim() === ''}>Import cable</Button></Group>
          {result?.ok === true && <Text role="status" c="teal.9">Imported: <Anchor component={Link} to={`/documents/${result.id}`}>{result.title}</Anchor></Text>}
          {result?.ok === false && (
            <Alert role="alert" color="red" title="Not imported">
              <Text size="sm" c="red.9">{result.message}</Text>
              {result.problems.length > 0 && <List size="sm" mt="xs">{result.problems.map((problem) => <List.Item key={problem}>{problem}</List.Item>)}</List>}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Base64 of a file's bytes, for the JSON upload body. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * Any other document (a court order, an assurance, a report) as a PDF or a
 * text file with its stated level. The server refuses other file types (415)
 * and files over 5 MiB (413); a text file's paragraphs become searchable.
 */
function FileUploadForm(): ReactElement {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('court_order');
  const [classification, setClassification] = useState<Classification>('UNCLASSIFIED');
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: true; id: string; title: string; sha256: string | null } | { ok: false; message: string } | null>(null);
  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || file === null || title.trim() === '') return;
    setPending(true);
    try {
      const contentType = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'text/plain';
      const { data } = await uploadDocument({
        kind,
        title: title.trim(),
        classification,
        caveats: [],
        documentDate: null,
        originator: '',
        subjectTags: [],
        countryTags: [],
        distribution: [],
        releasableTo: [],
        links: { caseIds: [], agreementIds: [], transferIds: [], countries: [] },
        file: { filename: file.name, contentType, base64: await base64Of(file) },
      });
      setResult({ ok: true, id: data.id, title: data.title, sha256: data.attachment?.sha256 ?? null });
    } catch (error) {
      setResult({ ok: false, message: describeFailure(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="upload-heading">
      <Title order={2} size="h4" id="upload-heading" mb="sm">Upload a file</Title>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <TextInput label="Title" required maxLength={500} value={title} onChange={(event) => setTitle(event.currentTarget.value)} maw={480} />
          <Group align="flex-end" wrap="wrap">
            <Select label="Kind" data={KINDS.filter((value) => value !== 'cable').map((value) => ({ value, label: humanize(value) }))} value={kind} onChange={(value) => { if (value !== null) setKind(value); }} allowDeselect={false} w={200} />
            <Select label="Level" data={[...LEVELS]} value={classification} onChange={(value) => { if (value !== null) setClassification(value); }} allowDeselect={false} w={180} />
          </Group>
          <div>
            <Text component="label" htmlFor="document-file" size="sm" fw={500}>File (PDF or text, at most 5 MiB)</Text>
            <input id="document-file" type="file" accept=".pdf,.txt,application/pdf,text/plain" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} style={{ display: 'block', maxWidth: '100%' }} />
          </div>
          <Group><Button type="submit" loading={pending} disabled={pending || file === null || title.trim() === ''}>Upload file</Button></Group>
          {result?.ok === true && (
            <Text role="status" c="teal.9" style={{ overflowWrap: 'anywhere' }}>
              Uploaded: <Anchor component={Link} to={`/documents/${result.id}`}>{result.title}</Anchor>{result.sha256 !== null && ` (SHA-256 ${result.sha256})`}
            </Text>
          )}
          {result?.ok === false && <Alert role="alert" color="red" title="Not uploaded"><Text size="sm" c="red.9">{result.message}</Text></Alert>}
        </Stack>
      </form>
    </Paper>
  );
}
