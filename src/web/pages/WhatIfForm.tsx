import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactElement, type SyntheticEvent } from 'react';
import { describeFailure } from '../api/api-error';
import type { RuleSets, SafeguardId, WhatIfBody, WhatIfReport } from '../api/api-types';
import { runWhatIf } from '../api/endpoints';
import { Time } from '../components/Time';
import { useCountryOptions } from './use-country-options';
import { ScrollTable } from '../components/ScrollTable';

/**
 * Runs POST /api/whatif: how many open cases a rule set (with parameters
 * changed from their defaults) would allow, keep waiting or block, and by
 * which safeguard. Nothing is written.
 */
export function WhatIfForm({ ruleSets }: { readonly ruleSets: RuleSets }): ReactElement {
  const countries = useCountryOptions();
  const [ruleSetId, setRuleSetId] = useState<string | null>(ruleSets.defaultRuleSetId);
  const [destination, setDestination] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Readonly<Record<string, number>>>({});
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<WhatIfReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const profile = ruleSets.profiles.find((item) => item.id === ruleSetId);
  const tunable = ruleSets.safeguards
    .filter((safeguard) => profile?.safeguards.some((included) => included.id === safeguard.id) === true)
    .flatMap((safeguard) => safeguard.parameters.map((parameter) => ({ safeguardId: safeguard.id, parameter, key: `${safeguard.id}.${parameter.name}` })));

  const submit = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending || ruleSetId === null) return;
    setPending(true);
    setFailure(null);
    const parameters: Partial<Record<SafeguardId, Record<string, number>>> = {};
    for (const { safeguardId, parameter, key } of tunable) {
      const value = overrides[key];
      if (value !== undefined && value !== parameter.default) parameters[safeguardId] = { ...parameters[safeguardId], [parameter.name]: value };
    }
    const body: WhatIfBody = { ruleSetId, ...(Object.keys(parameters).length > 0 && { parameters }), ...(destination !== null && { filter: { destinationCountry: destination } }) };
    try {
      setReport((await runWhatIf(body)).data);
    } catch (error) {
      setReport(null);
      setFailure(describeFailure(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={(event) => void submit(event)} aria-label="What if">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Rule set" required data={ruleSets.profiles.map((item) => ({ value: item.id, label: item.title }))} value={ruleSetId} onChange={(value) => { setRuleSetId(value); setOverrides({}); }} />
            <Select label="Only cases going to" clearable searchable data={[...countries]} value={destination} onChange={setDestination} placeholder="Every destination" />
          </SimpleGrid>
          {tunable.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {tunable.map(({ key, parameter }) => (
                <NumberInput
                  key={key}
                  label={`${key} (${parameter.unit})`}
                  description={parameter.description}
                  min={parameter.min}
                  max={parameter.max}
                  value={overrides[key] ?? parameter.default}
                  onChange={(value) => setOverrides((current) => ({ ...current, [key]: typeof value === 'number' ? value : parameter.default }))}
                />
              ))}
            </SimpleGrid>
          )}
          <Group><Button type="submit" loading={pending} disabled={pending || ruleSetId === null}>Run what-if</Button></Group>
        </Stack>
      </form>
      {failure !== null && <Alert role="alert" color="red" title="What-if not run"><Text size="sm" c="red.9">{failure}</Text></Alert>}
      {report !== null && <WhatIfResult report={report} />}
    </Stack>
  );
}

function WhatIfResult({ report }: { readonly report: WhatIfReport }): ReactElement {
  const safeguards = [...new Set([...Object.keys(report.blockedBySafeguard), ...Object.keys(report.waitingBySafeguard)])].sort() as SafeguardId[];
  return (
    <section aria-label="What-if result" aria-live="polite">
      <Text size="sm" mb="xs">
        {report.total} open cases under {report.ruleSetId}, evaluated <Time instant={report.at} />: <strong>{report.allowed} allowed</strong>, <strong>{report.waiting} waiting</strong>, <strong>{report.blocked} blocked</strong>.
      </Text>
      {safeguards.length === 0 ? <Text size="sm">No safeguard blocks or holds any case.</Text> : (
        <ScrollTable label="Cases per safeguard" minWidth={360}>
          <Table>
            <Table.Caption>Cases per safeguard (a case can count under several)</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Safeguard</Table.Th>
                <Table.Th scope="col">Blocked</Table.Th>
                <Table.Th scope="col">Waiting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {safeguards.map((id) => (
                <Table.Tr key={id}>
                  <Table.Th scope="row">{id}</Table.Th>
                  <Table.Td>{report.blockedBySafeguard[id] ?? 0}</Table.Td>
                  <Table.Td>{report.waitingBySafeguard[id] ?? 0}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
