import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import type { Case, CaseDetail } from '../api/api-types';
import { listCaseDocuments } from '../api/document-endpoints';
import { getCase, getCaseSafeguards, getPerson, listDecisions } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ErrorNotice, Loading, ResourceView } from '../components/PageStatus';
import { PendingSection } from '../components/PendingSection';
import { isRedacted, MaybeRedacted } from '../components/Redacted';
import { CaseStateBadge, humanize } from '../components/StateBadge';
import { Time } from '../components/Time';
import { CaseActions } from './CaseActions';
import { CaseDocumentList } from './CaseDocumentList';
import { CaseFactForms } from './CaseFactForms';
import { CaseExternalIdForm } from './CaseExternalIdForm';
import { DecisionTimeline } from './DecisionTimeline';
import { FieldList } from './FieldList';
import { PersonSummary } from './PersonSummary';
import { SafeguardChecklist } from './SafeguardChecklist';
import { usePageTitle } from './use-page-title';

interface LoadedCase {
  readonly record: CaseDetail;
  readonly etag: string | null;
}

/**
 * One case: its fields, the person, and the sections other APIs feed
 * (safeguard checklist, timeline, documents), each saying "not available
 * yet" until its endpoint exists.
 */
export function CasePage(): ReactElement {
  const { caseId = '' } = useParams();
  const loaded = useResource(async (signal) => await getCase(caseId, signal), [caseId]);
  // After a save or a conflict reload the form hands back a newer record than the one loaded.
  const [newer, setNewer] = useState<LoadedCase | null>(null);
  // Bumped after a workflow step so the checklist and timeline read again.
  const [refresh, setRefresh] = useState(0);
  usePageTitle(loaded.status === 'ready' ? `Case ${loaded.data.data.reference}` : 'Case');

  if (loaded.status === 'loading') return <Loading label="Loading case…" />;
  if (loaded.status === 'error') {
    return (
      <Stack>
        <Title order={1} size="h2">Case</Title>
        <ErrorNotice error={loaded.error} onRetry={loaded.reload} />
      </Stack>
    );
  }
  const current: LoadedCase = newer !== null && newer.record.id === loaded.data.data.id ? newer : { record: loaded.data.data, etag: loaded.data.etag };
  const { record, etag } = current;

  return (
    <Stack gap="lg">
      <Group gap="sm" align="center">
        <Title order={1} size="h2">Case {record.reference}</Title>
        <CaseStateBadge state={record.state} />
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="case-fields-heading">
        <Title order={2} size="h4" id="case-fields-heading" mb="sm">Case</Title>
        <FieldList
          fields={[
            ['State', humanize(record.state)],
            ['Held from', record.heldFromState === null ? '—' : humanize(record.heldFromState)],
            ['Hold reason', record.holdReason ?? '—'],
            ['Receiving country', record.destinationCountry ?? '—'],
            ['Agreement', record.agreementId === null ? '—' : <Anchor component={Link} to={`/agreements/${record.agreementId}`}>View agreement</Anchor>],
            ['Rule set', record.ruleSetId],
            ['Opened', <Time instant={record.openedAt} />],
            ['Closed', <Time instant={record.closedAt} />],
            ['Outcome', record.closeOutcome ?? '—'],
            ['Last change', <Time instant={record.updatedAt} />],
            ['External ID', <MaybeRedacted value={record.externalId}>{(externalId) => externalId ?? '—'}</MaybeRedacted>],
          ]}
        />
        {record.abilities.includes('case:update') && !isRedacted(record.externalId) && (
          <Stack mt="md">
            <CaseExternalIdForm
              key={record.id}
              record={record}
              externalId={record.externalId}
              etag={etag}
              onSaved={(next: Case | CaseDetail, nextEtag) => setNewer({ record: { ...record, ...next }, etag: nextEtag })}
            />
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="actions-heading">
        <Title order={2} size="h4" id="actions-heading" mb="sm">Workflow</Title>
        <CaseActions
          key={record.id}
          record={record}
          etag={etag}
          onMoved={() => {
            setRefresh((value) => value + 1);
            // Read the case again in place (the step's message stays on screen).
            void getCase(record.id).then((next) => setNewer({ record: next.data, etag: next.etag }), () => loaded.reload());
          }}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="facts-heading">
        <Title order={2} size="h4" id="facts-heading" mb="sm">Facts</Title>
        <CaseFactForms key={record.id} record={record} onRecorded={() => setRefresh((value) => value + 1)} />
      </Paper>
      <PersonSection personId={record.personId} />
      <CaseSections caseId={record.id} refresh={refresh} />
      <Paper withBorder p="md" component="section" aria-labelledby="abilities-heading">
        <Title order={2} size="h4" id="abilities-heading" mb="sm">What you may do on this case</Title>
        <Text size="sm">{record.abilities.length === 0 ? 'Read only.' : record.abilities.map(humanizeAbility).join(', ')}</Text>
      </Paper>
    </Stack>
  );
}

function PersonSection({ personId }: { readonly personId: string }): ReactElement {
  const person = useResource(async (signal) => (await getPerson(personId, signal)).data, [personId]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="person-heading">
      <Title order={2} size="h4" id="person-heading" mb="sm">Person</Title>
      <ResourceView resource={person}>{(data) => <PersonSummary person={data} linkToPerson />}</ResourceView>
    </Paper>
  );
}

function CaseSections({ caseId, refresh }: { readonly caseId: string; readonly refresh: number }): ReactElement {
  const checklist = useResource(async (signal) => (await getCaseSafeguards(caseId, signal)).data, [caseId, refresh]);
  const timeline = useResource(async (signal) => (await listDecisions(caseId, signal)).data.items, [caseId, refresh]);
  const documents = useResource(async (signal) => (await listCaseDocuments(caseId, signal)).data.items, [caseId, refresh]);
  return (
    <>
      <PendingSection title="Safeguard checklist" endpoint={`GET /api/cases/{id}/safeguards`} resource={checklist}>
        {(data) => <SafeguardChecklist safeguards={data} />}
      </PendingSection>
      <PendingSection title="Timeline" endpoint={`GET /api/cases/{id}/decisions`} resource={timeline}>
        {(items) => <DecisionTimeline decisions={items} />}
      </PendingSection>
      <PendingSection title="Documents" endpoint={`GET /api/cases/{id}/documents`} resource={documents}>
        {(items) => <CaseDocumentList documents={items} />}
      </PendingSection>
    </>
  );
}

/** "case:record-fact" → "Record fact (case)": the server's ability names, readable. */
function humanizeAbility(ability: string): string {
  const [resource = '', verb = ability] = ability.split(':');
  return `${humanize(verb.replaceAll('-', '_'))} (${resource})`;
}
