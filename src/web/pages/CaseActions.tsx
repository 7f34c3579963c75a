import { Alert, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { ApiError, describeFailure } from '../api/api-error';
import type { CaseDetail, Finding, TransitionBody, TransitionName } from '../api/api-types';
import { listAgreements, transitionCase } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { humanize } from '../components/StateBadge';
import { offeredTransitions, transitionDescription, transitionInputs } from './case-transitions';
import { FindingList, findingsOf } from './FindingList';
import { useCountryOptions } from './use-country-options';

const CLOSE_OUTCOMES = ['relocated', 'protection_granted', 'removed_to_origin', 'released', 'withdrawn'] as const;
type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

type Outcome =
  | { readonly kind: 'done'; readonly transition: TransitionName }
  | { readonly kind: 'blocked'; readonly transition: TransitionName; readonly findings: readonly Finding[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The steps this person may take on the case now, one button each; a step
 * that needs inputs (destination and agreement, a hold reason, a close
 * outcome) opens a short form. A 409 safeguard_blocked shows each blocking
 * safeguard with its reason and earliest pass time.
 */
export function CaseActions({ record, etag, onMoved }: { readonly record: CaseDetail; readonly etag: string | null; readonly onMoved: () => void }): ReactElement {
  const offered = offeredTransitions(record.state, record.abilities);
  const [chosen, setChosen] = useState<TransitionName | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (offered.length === 0) return <Text size="sm">No workflow steps are open to you on this case.</Text>;
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label="Workflow steps">
        {offered.map((name) => (
          <Button key={name} variant={chosen === name ? 'filled' : 'outline'} size="sm" onClick={() => { setChosen(name); setOutcome(null); }} aria-pressed={chosen === name}>
            {humanize(name)}
          </Button>
        ))}
      </Group>
      {chosen !== null && (
        <TransitionForm
          key={chosen}
          record={record}
          etag={etag}
          transition={chosen}
          onCancel={() => setChosen(null)}
          onOutcome={(next) => {
            setOutcome(next);
            if (next.kind !== 'failed') setChosen(null);
            // A blocked step is a stored decision too: the timeline should show it.
            if (next.kind !== 'failed') onMoved();
          }}
        />
      )}
      {outcome?.kind === 'done' && <Text role="status" c="teal.9">Done: {humanize(outcome.transition)}.</Text>}
      {outcome?.kind === 'failed' && <Alert role="alert" color="red" title="Not done"><Text size="sm" c="red.9">{outcome.message}</Text></Alert>}
      {outcome?.kind === 'blocked' && (
        <Alert role="alert" color="red" variant="light" title={`${humanize(outcome.transition)} is blocked by a safeguard`}>
          <Text size="sm" mb="xs">The step was not taken. The decision is recorded in the timeline. What blocks it:</Text>
          <FindingList findings={outcome.findings.filter((finding) => finding.outcome !== 'pass')} />
        </Alert>
      )}
    </Stack>
  );
}

function TransitionForm(props: {
  readonly record: CaseDetail;
  readonly etag: string | null;
  readonly transition: TransitionName;
  readonly onCancel: () => void;
  readonly onOutcome: (outcome: Outcome) => void;
}): ReactElement {
  const { record, etag, transition, onCancel, onOutcome } = props;
  const inputs = transitionInputs(transition);
  const countries = useCountryOptions();
  const [destination, setDestination] = useState<string | null>(record.destinationCountry);
  const [agreementId, setAgreementId] = useState<string | null>(record.agreementId);
  const [reason, setReason] = useState('');
  const [closeOutcome, setCloseOutcome] = useState<CloseOutcome | null>(null);
  const [pending, setPending] = useState(false);
  const agreements = useResource(
    async (signal) => (inputs.destination && destination !== null ? (await listAgreements({ receivingCountry: destination, limit: 100 }, signal)).data.items : []),
    [inputs.destination, destination],
  );
  const agreementOptions = agreements.status === 'ready' ? agreements.data.map((item) => ({ value: item.id, label: `${item.code} (${humanize(item.status)})` })) : [];

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const body: TransitionBody = {
      transition,
      ...(inputs.destination && destination !== null && { destinationCountry: destination }),
      ...(inputs.destination && agreementId !== null && { agreementId }),
      ...(inputs.reason && { reason: reason.trim() }),
      ...(inputs.closeOutcome && closeOutcome !== null && { closeOutcome }),
    };
    try {
      await transitionCase(record.id, body, etag);
      onOutcome({ kind: 'done', transition });
    } catch (error) {
      const findings = error instanceof ApiError ? findingsOf(error.details) : [];
      if (error instanceof ApiError && (error.code === 'safeguard_blocked' || error.code === 'hold_cause_not_cleared') && findings.length > 0) {
        onOutcome({ kind: 'blocked', transition, findings });
      } else {
        onOutcome({ kind: 'failed', message: describeFailure(error) });
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="transition-form-heading">
      <Stack gap="sm" maw={520}>
        <Title order={3} size="h5" id="transition-form-heading">{humanize(transition)}</Title>
        <Text size="sm">{transitionDescription(transition)}</Text>
        {inputs.destination && (
          <>
            <Select label="Receiving country" required searchable data={[...countries]} value={destination} onChange={(value) => { setDestination(value); setAgreementId(null); }} />
            <Select label="Agreement" description="The arrangement with the receiving country" data={agreementOptions} value={agreementId} onChange={setAgreementId} disabled={destination === null} clearable />
          </>
        )}
        {inputs.reason && <Textarea label="Reason for the hold" required maxLength={500} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />}
        {inputs.closeOutcome && (
          <Select label="Outcome" required data={CLOSE_OUTCOMES.map((value) => ({ value, label: humanize(value) }))} value={closeOutcome} onChange={(value) => setCloseOutcome(value)} />
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending} disabled={pending || (inputs.reason && reason.trim() === '') || (inputs.destination && destination === null) || (inputs.closeOutcome && closeOutcome === null)}>
            Confirm: {humanize(transition)}
          </Button>
          <Button variant="subtle" onClick={onCancel} disabled={pending}>Cancel</Button>
        </Group>
      </Stack>
    </form>
  );
}
