import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactElement, type ReactNode, type SyntheticEvent } from 'react';
import { describeFailure } from '../api/api-error';
import type { CaseDetail } from '../api/api-types';
import { recordCaseFact, renderNotice, serveNotice, type FactBody } from '../api/fact-endpoints';
import { ScrollTable } from '../components/ScrollTable';
import { humanize } from '../components/StateBadge';

type FactForm = 'removal_order' | 'designation_record' | 'monitoring_plan' | 'notice';
type DesignationStep = FactBody<'designation-record'>['payload']['steps'][number];

const REMOVAL_AUTHORITIES = ['ina_240', 'expedited_removal', 'alien_enemies_act'] as const;
const DESIGNATION_STEPS = [
  'designated_by_person', 'nationality', 'admission', 'embarkation', 'prior_residence',
  'birth', 'birthplace_sovereign_at_birth', 'birthplace_sovereign_now', 'will_accept',
] as const satisfies readonly DesignationStep['step'][];
const DESIGNATION_FAILURES = ['not_designated', 'not_applicable', 'declined_to_accept', 'no_timely_response', 'impracticable', 'inadvisable', 'impossible'] as const;
const NOTICE_METHODS = ['in_person', 'mail', 'electronic', 'via_counsel'] as const;
/** The languages the server has notice templates for (it answers 400 with the list for any other). */
const NOTICE_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish' },
  { value: 'fr', label: 'French' },
  { value: 'ar', label: 'Arabic' },
];

/**
 * The facts an officer records on a case so the safeguards can read them:
 * the removal order, the INA 241(b)(2) designation record, the monitoring
 * plan, and the notice (rendered, stored as a document, then recorded as
 * served). Offered only when the server's abilities say this person may
 * record facts (`case:record-fact`) or serve notices (`notice:serve`); the
 * server checks each fact against the others and refuses contradictions.
 */
export function CaseFactForms({ record, onRecorded }: { readonly record: CaseDetail; readonly onRecorded: () => void }): ReactElement {
  const offered: FactForm[] = [
    ...(record.abilities.includes('case:record-fact') ? (['removal_order', 'designation_record', 'monitoring_plan'] as const) : []),
    ...(record.abilities.includes('notice:serve') && record.destinationCountry !== null ? (['notice'] as const) : []),
  ];
  const [chosen, setChosen] = useState<FactForm | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  if (offered.length === 0) return <Text size="sm">You may not record facts on this case now.</Text>;
  const done = (what: string): void => {
    setRecorded(what);
    setChosen(null);
    onRecorded();
  };
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label="Record a fact">
        {offered.map((form) => (
          <Button key={form} size="sm" variant={chosen === form ? 'filled' : 'outline'} aria-pressed={chosen === form} onClick={() => { setChosen(form); setRecorded(null); }}>
            {form === 'notice' ? 'Serve notice' : humanize(form)}
          </Button>
        ))}
      </Group>
      {chosen === 'removal_order' && <RemovalOrderForm caseId={record.id} onDone={done} onCancel={() => setChosen(null)} />}
      {chosen === 'designation_record' && <DesignationForm caseId={record.id} onDone={done} onCancel={() => setChosen(null)} />}
      {chosen === 'monitoring_plan' && <MonitoringPlanForm caseId={record.id} onDone={done} onCancel={() => setChosen(null)} />}
      {chosen === 'notice' && <NoticeForm caseId={record.id} country={record.destinationCountry ?? ''} onDone={done} onCancel={() => setChosen(null)} />}
      {recorded !== null && <Text role="status" c="teal.9">Recorded: {recorded}.</Text>}
    </Stack>
  );
}

interface FormProps {
  readonly caseId: string;
  readonly onDone: (what: string) => void;
  readonly onCancel: () => void;
}

/** A fact form's frame: heading, one submit (no double submits), the server's refusal as words. */
function FactFormFrame(props: { readonly title: string; readonly submitLabel: string; readonly canSubmit: boolean; readonly save: () => Promise<string>; readonly onDone: (what: string) => void; readonly onCancel: () => void; readonly children: ReactNode }): ReactElement {
  const { title, submitLabel, canSubmit, save, onDone, onCancel, children } = props;
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingId = `fact-form-${title.toLowerCase().replaceAll(/[^a-z]+/g, '-')}`;
  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || !canSubmit) return;
    setPending(true);
    setFailure(null);
    try {
      onDone(await save());
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>{title}</Title>
        {children}
        <Group gap="sm">
          <Button type="submit" loading={pending} disabled={pending || !canSubmit}>{submitLabel}</Button>
          <Button variant="subtle" onClick={onCancel} disabled={pending}>Cancel</Button>
        </Group>
        {failure !== null && <Alert role="alert" color="red" title="Not recorded"><Text size="sm" c="red.9">{failure}</Text></Alert>}
      </Stack>
    </form>
  );
}

/** `2025-05-01T12:00` typed in the browser's zone → the UTC instant the API stores. */
function instantOf(local: string): string | null {
  const date = new Date(local);
  return local === '' || Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function countryList(text: string): string[] {
  return text.split(/[\s,]+/).map((code) => code.trim().toUpperCase()).filter((code) => code !== '');
}

function RemovalOrderForm({ caseId, onDone, onCancel }: FormProps): ReactElement {
  const [authority, setAuthority] = useState<(typeof REMOVAL_AUTHORITIES)[number]>('ina_240');
  const [issuedAt, setIssuedAt] = useState('');
  const [final, setFinal] = useState(true);
  const [finalAt, setFinalAt] = useState('');
  const [countries, setCountries] = useState('');
  const issued = instantOf(issuedAt);
  const finalSince = instantOf(finalAt);
  return (
    <FactFormFrame
      title="Removal order"
      submitLabel="Record removal order"
      canSubmit={issued !== null && (!final || finalSince !== null)}
      onDone={onDone}
      onCancel={onCancel}
      save={async () => {
        await recordCaseFact(caseId, 'removal-order', { payload: { authority, issuedAt: issued ?? '', final, finalAt: final ? finalSince : null, countriesNamed: countryList(countries) } });
        return 'removal order';
      }}
    >
      <NativeSelect label="Authority" data={REMOVAL_AUTHORITIES.map((value) => ({ value, label: humanize(value) }))} value={authority} onChange={(event) => setAuthority(event.currentTarget.value as (typeof REMOVAL_AUTHORITIES)[number])} maw={360} />
      <TextInput label="Order issued" type="datetime-local" required value={issuedAt} onChange={(event) => setIssuedAt(event.currentTarget.value)} maw={360} />
      <Checkbox label="The order is final" checked={final} onChange={(event) => setFinal(event.currentTarget.checked)} />
      {final && <TextInput label="Final since" type="datetime-local" required value={finalAt} onChange={(event) => setFinalAt(event.currentTarget.value)} maw={360} />}
      <TextInput label="Countries named in the order" description="ISO codes, separated by commas" value={countries} onChange={(event) => setCountries(event.currentTarget.value)} maw={360} />
    </FactFormFrame>
  );
}

interface StepDraft {
  readonly country: string;
  readonly result: 'chosen' | 'failed';
  readonly failure: (typeof DESIGNATION_FAILURES)[number];
  readonly explanation: string;
}

/** INA 241(b)(2) in statutory order: each step chosen, or failed with its reason. */
function DesignationForm({ caseId, onDone, onCancel }: FormProps): ReactElement {
  const [steps, setSteps] = useState<StepDraft[]>(() => DESIGNATION_STEPS.map(() => ({ country: '', result: 'failed', failure: 'not_applicable', explanation: '' })));
  const update = (index: number, change: Partial<StepDraft>): void => setSteps((current) => current.map((step, at) => (at === index ? { ...step, ...change } : step)));
  // The safeguard reads a failed step without an explanation as not tried at all.
  const incomplete = steps.some((step) => (step.result === 'chosen' ? step.country.trim() === '' : step.explanation.trim() === ''));
  return (
    <FactFormFrame
      title="Designation record"
      submitLabel="Record designation"
      canSubmit={!incomplete}
      onDone={onDone}
      onCancel={onCancel}
      save={async () => {
        const recordedAt = new Date().toISOString();
        await recordCaseFact(caseId, 'designation-record', {
          payload: {
            steps: steps.map((step, index) => ({
              step: DESIGNATION_STEPS[index] ?? 'will_accept',
              country: step.country.trim() === '' ? null : step.country.trim().toUpperCase(),
              result: step.result,
              failure: step.result === 'failed' ? step.failure : null,
              explanation: step.explanation.trim(),
              recordedAt,
            })),
          },
        });
        return 'designation record';
      }}
    >
      <Text size="sm">Each step of the statutory order, in turn: the country it names, and whether it was chosen or why it failed (with an explanation).</Text>
      <ScrollTable label="Designation steps" minWidth={760}>
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>Step</Table.Th><Table.Th>Country</Table.Th><Table.Th>Result</Table.Th><Table.Th>Why it failed</Table.Th><Table.Th>Explanation</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {DESIGNATION_STEPS.map((name, index) => {
              const step = steps[index];
              if (step === undefined) return null;
              const label = humanize(name);
              return (
                <Table.Tr key={name} data-step={name}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td><TextInput aria-label={`${label}: country`} maxLength={2} w={70} value={step.country} onChange={(event) => update(index, { country: event.currentTarget.value })} /></Table.Td>
                  <Table.Td>
                    <NativeSelect aria-label={`${label}: result`} data={[{ value: 'failed', label: 'Failed' }, { value: 'chosen', label: 'Chosen' }]} value={step.result} onChange={(event) => update(index, { result: event.currentTarget.value === 'chosen' ? 'chosen' : 'failed' })} />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect aria-label={`${label}: why it failed`} disabled={step.result === 'chosen'} data={DESIGNATION_FAILURES.map((value) => ({ value, label: humanize(value) }))} value={step.failure} onChange={(event) => update(index, { failure: event.currentTarget.value as StepDraft['failure'] })} />
                  </Table.Td>
                  <Table.Td><TextInput aria-label={`${label}: explanation`} maxLength={500} value={step.explanation} onChange={(event) => update(index, { explanation: event.currentTarget.value })} /></Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </FactFormFrame>
  );
}

function MonitoringPlanForm({ caseId, onDone, onCancel }: FormProps): ReactElement {
  const [days, setDays] = useState('30, 90');
  const [monitor, setMonitor] = useState('');
  const welfareCheckDays = days.split(/[\s,]+/).filter((value) => value !== '').map(Number);
  const valid = welfareCheckDays.length > 0 && welfareCheckDays.every((value) => Number.isInteger(value) && value > 0) && monitor.trim() !== '';
  return (
    <FactFormFrame
      title="Monitoring plan"
      submitLabel="Record monitoring plan"
      canSubmit={valid}
      onDone={onDone}
      onCancel={onCancel}
      save={async () => {
        await recordCaseFact(caseId, 'monitoring-plan', { payload: { welfareCheckDays, monitor: monitor.trim(), plannedAt: new Date().toISOString() } });
        return 'monitoring plan';
      }}
    >
      <TextInput label="Welfare checks after arrival (days)" description="Numbers, separated by commas" required value={days} onChange={(event) => setDays(event.currentTarget.value)} maw={360} />
      <TextInput label="Monitor" description="Who checks on the person after arrival" required maxLength={200} value={monitor} onChange={(event) => setMonitor(event.currentTarget.value)} maw={360} />
    </FactFormFrame>
  );
}

/** Renders the notice (stored as a case document with its hash), then records how and when it was served. */
function NoticeForm({ caseId, country, onDone, onCancel }: FormProps & { readonly country: string }): ReactElement {
  const [language, setLanguage] = useState('en');
  const [method, setMethod] = useState<(typeof NOTICE_METHODS)[number]>('in_person');
  const [servedAt, setServedAt] = useState('');
  const [toPerson, setToPerson] = useState(true);
  const [toCounsel, setToCounsel] = useState(false);
  const [interpreter, setInterpreter] = useState('');
  const served = instantOf(servedAt);
  return (
    <FactFormFrame
      title={`Notice naming ${country}`}
      submitLabel="Render and record service"
      canSubmit={served !== null && (toPerson || toCounsel)}
      onDone={onDone}
      onCancel={onCancel}
      save={async () => {
        const documentId = await renderNotice(caseId, language);
        await serveNotice(caseId, documentId, {
          method,
          servedAt: served ?? '',
          servedToPerson: toPerson,
          servedToCounsel: toCounsel,
          interpreterLanguage: interpreter.trim() === '' ? null : interpreter.trim().toLowerCase(),
          language,
        });
        return 'notice served';
      }}
    >
      <NativeSelect label="Notice language" description="A language the person understands" data={NOTICE_LANGUAGES} value={language} onChange={(event) => setLanguage(event.currentTarget.value)} maw={360} />
      <NativeSelect label="How it was served" data={NOTICE_METHODS.map((value) => ({ value, label: humanize(value) }))} value={method} onChange={(event) => setMethod(event.currentTarget.value as (typeof NOTICE_METHODS)[number])} maw={360} />
      <TextInput label="Served at" type="datetime-local" required value={servedAt} onChange={(event) => setServedAt(event.currentTarget.value)} maw={360} />
      <Checkbox label="Served on the person" checked={toPerson} onChange={(event) => setToPerson(event.currentTarget.checked)} />
      <Checkbox label="Served on counsel" checked={toCounsel} onChange={(event) => setToCounsel(event.currentTarget.checked)} />
      <TextInput label="Interpreter language" description="ISO 639-1 code, if an interpreter explained it" maxLength={2} value={interpreter} onChange={(event) => setInterpreter(event.currentTarget.value)} maw={360} />
    </FactFormFrame>
  );
}
