import { Alert, Anchor, Badge, Button, Group, List, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type ReactNode, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, describeFailure } from '../api/api-error';
import { importCable, searchDocuments, uploadDocument, type Classification, type DocumentKind } from '../api/document-endpoints';
import { useResource } from '../api/use-resource';
import { HighlightedSnippet } from '../components/HighlightedSnippet';
import { ResourceView } from '../components/PageStatus';
import { humanize } from '../components/StateBadge';
import { useFilterParameters } from './use-filter-parameters';
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
  const [searchParams, setParameters] = useFilterParameters();
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

/** What a document form's `send` gives back when the server took the document. */
interface Sent {
  readonly id: string;
  readonly title: string;
  /** Shown after the link, e.g. the stored file's SHA-256. */
  readonly note?: string;
}

/** Why the server refused it: the message, and any listed problems (e.g. a malformed cable's lines). */
interface Refusal {
  readonly message: string;
  readonly problems: readonly string[];
}

/**
 * The frame both document forms share: a titled section with its fields, one submit button that
 * waits for the server, and the result under it (a link to the new document, or the refusal with
 * its problems). The two forms differ only in their fields and in what they send.
 */
function DocumentForm(props: {
  readonly id: string;
  readonly heading: string;
  readonly submitLabel: string;
  readonly sentLabel: string;
  readonly refusedTitle: string;
  /** False while a required field is empty. */
  readonly ready: boolean;
  readonly send: () => Promise<Sent>;
  readonly refusalOf?: (error: unknown) => Refusal;
  readonly children: ReactNode;
}): ReactElement {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<({ ok: true } & Sent) | ({ ok: false } & Refusal) | null>(null);
  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || !props.ready) return;
    setPending(true);
    try {
      setResult({ ok: true, ...(await props.send()) });
    } catch (error) {
      setResult({ ok: false, ...(props.refusalOf?.(error) ?? { message: describeFailure(error), problems: [] }) });
    } finally {
      setPending(false);
    }
  };
  const headingId = `${props.id}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">{props.heading}</Title>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          {props.children}
          <Group><Button type="submit" loading={pending} disabled={pending || !props.ready}>{props.submitLabel}</Button></Group>
          {result?.ok === true && (
            <Text role="status" c="teal.9" style={{ overflowWrap: 'anywhere' }}>
              {props.sentLabel}: <Anchor component={Link} to={`/documents/${result.id}`}>{result.title}</Anchor>{result.note !== undefined && ` (${result.note})`}
            </Text>
          )}
          {result?.ok === false && (
            <Alert role="alert" color="red" title={props.refusedTitle}>
              <Text size="sm" c="red.9">{result.message}</Text>
              {result.problems.length > 0 && <List size="sm" mt="xs">{result.problems.map((problem) => <List.Item key={problem}>{problem}</List.Item>)}</List>}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** A labelled native file input (Mantine's FileInput hides the input Playwright and screen readers need). */
function FileField(props: { readonly id: string; readonly label: string; readonly accept: string; readonly onFile: (file: File | undefined) => void }): ReactElement {
  return (
    <div>
      <Text component="label" htmlFor={props.id} size="sm" fw={500}>{props.label}</Text>
      <input id={props.id} type="file" accept={props.accept} onChange={(event) => props.onFile(event.currentTarget.files?.[0])} style={{ display: 'block', maxWidth: '100%' }} />
    </div>
  );
}

/** A malformed cable's refusal lists {line, message} in details.errors (cable_malformed). */
function cableRefusal(error: unknown): Refusal {
  const listed = error instanceof ApiError && Array.isArray(error.details.errors) ? (error.details.errors as { line?: unknown; message?: unknown }[]) : [];
  return { message: describeFailure(error), problems: listed.map((entry) => `Line ${String(entry.line)}: ${String(entry.message)}`) };
}

function CableImportForm(): ReactElement {
  const [text, setText] = useState('');
  const [filename, setFilename] = useState<string | undefined>(undefined);
  const readFile = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    setText(await file.text());
    setFilename(file.name);
  };
  const send = async (): Promise<Sent> => {
    const { data } = await importCable(text, filename);
    return { id: data.id, title: data.title };
  };
  return (
    <DocumentForm id="import" heading="Import a cable" submitLabel="Import cable" sentLabel="Imported" refusedTitle="Not imported" ready={text.trim() !== ''} send={send} refusalOf={cableRefusal}>
      <Textarea label="Cable text" description="Paste the telegram, or choose a .txt file" autosize minRows={4} maxRows={14} value={text} onChange={(event) => { setText(event.currentTarget.value); setFilename(undefined); }} styles={{ input: { fontFamily: 'monospace' } }} />
      <FileField id="cable-file" label="Cable file" accept=".txt,text/plain" onFile={(file) => void readFile(file)} />
    </DocumentForm>
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
  const send = async (): Promise<Sent> => {
    if (file === null) throw new Error('no file chosen');
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
    const sha256 = data.attachment?.sha256;
    return { id: data.id, title: data.title, ...(sha256 !== undefined && sha256 !== null && { note: `SHA-256 ${sha256}` }) };
  };
  return (
    <DocumentForm id="upload" heading="Upload a file" submitLabel="Upload file" sentLabel="Uploaded" refusedTitle="Not uploaded" ready={file !== null && title.trim() !== ''} send={send}>
      <TextInput label="Title" required maxLength={500} value={title} onChange={(event) => setTitle(event.currentTarget.value)} maw={480} />
      <Group align="flex-end" wrap="wrap">
        <Select label="Kind" data={KINDS.filter((value) => value !== 'cable').map((value) => ({ value, label: humanize(value) }))} value={kind} onChange={(value) => { if (value !== null) setKind(value); }} allowDeselect={false} w={200} />
        <Select label="Level" data={[...LEVELS]} value={classification} onChange={(value) => { if (value !== null) setClassification(value); }} allowDeselect={false} w={180} />
      </Group>
      <FileField id="document-file" label="File (PDF or text, at most 5 MiB)" accept=".pdf,.txt,application/pdf,text/plain" onFile={(chosen) => setFile(chosen ?? null)} />
    </DocumentForm>
  );
}
