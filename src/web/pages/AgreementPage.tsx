import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactElement } from 'react';
import { useParams } from 'react-router';
import type { AgreementTermsVersion } from '../api/api-types';
import { getAgreement } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/PageStatus';
import { Money } from '../components/Money';
import { AgreementStatusBadge } from '../components/StateBadge';
import { Time } from '../components/Time';
import { AgreementLedgerSection } from './AgreementLedgerSection';
import { FieldList } from './FieldList';
import { usePageTitle } from './use-page-title';

/** One agreement: its summary, sources and every version of its terms, newest first. */
export function AgreementPage(): ReactElement {
  const { idOrCode = '' } = useParams();
  const detail = useResource(async (signal) => (await getAgreement(idOrCode, signal)).data, [idOrCode]);
  usePageTitle(detail.status === 'ready' ? detail.data.agreement.title : 'Agreement');

  return (
    <Stack gap="lg">
      {detail.status !== 'ready' && <Title order={1} size="h2">Agreement</Title>}
      <ResourceView resource={detail}>
        {({ agreement, terms }) => (
          <Stack gap="lg">
            <Group gap="sm">
              <Title order={1} size="h2">{agreement.title}</Title>
              <AgreementStatusBadge status={agreement.status} />
            </Group>
            <Paper withBorder p="md" component="section" aria-labelledby="agreement-heading">
              <Title order={2} size="h4" id="agreement-heading" mb="sm">Agreement</Title>
              <FieldList
                fields={[
                  ['Code', agreement.code],
                  ['Sending → receiving', `${agreement.sendingCountry} → ${agreement.receivingCountry}`],
                  ['Effective', `${agreement.effectiveFrom ?? '—'}${agreement.effectiveTo !== null ? ` to ${agreement.effectiveTo}` : ''}`],
                  ['Status changed', <Time instant={agreement.statusChangedAt} />],
                  ['Confidence', agreement.confidence],
                ]}
              />
              <Text mt="md">{agreement.summary}</Text>
              {agreement.sources.length > 0 && (
                <>
                  <Title order={3} size="h5" mt="md">Sources</Title>
                  <List size="sm">
                    {agreement.sources.map((source) => (
                      <List.Item key={`${source.label}:${source.url ?? ''}`}>
                        {source.url === undefined ? source.label : <Anchor href={source.url} rel="noreferrer noopener" target="_blank">{source.label}</Anchor>}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Paper>
            <section aria-labelledby="terms-heading">
              <Title order={2} size="h4" id="terms-heading" mb="sm">Terms ({terms.length} {terms.length === 1 ? 'version' : 'versions'})</Title>
              <Stack gap="md">
                {[...terms].sort((a, b) => b.versionNo - a.versionNo).map((version) => <TermsVersion key={version.versionNo} version={version} />)}
              </Stack>
            </section>
            <AgreementLedgerSection idOrCode={agreement.id} />
          </Stack>
        )}
      </ResourceView>
    </Stack>
  );
}

function TermsVersion({ version }: { readonly version: AgreementTermsVersion }): ReactElement {
  const { terms } = version;
  const headingId = `terms-version-${version.versionNo}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">Version {version.versionNo}, effective {version.effectiveFrom}</Title>
      <Text size="sm" mb="sm">{version.changeSummary}</Text>
      <FieldList
        fields={[
          ['Capacity (total)', terms.capacity.total ?? 'Not stated'],
          ['Capacity per transfer', terms.capacity.perTransfer ?? 'Not stated'],
          ['Payment per person', terms.payments.perPerson === null ? 'None stated' : <Money {...terms.payments.perPerson} />],
          [
            'Lump sums',
            terms.payments.lumpSums.length === 0 ? 'None stated' : (
              <List size="sm">
                {terms.payments.lumpSums.map((sum) => <List.Item key={`${sum.dueOn}:${sum.label}`}>{sum.label}: <Money {...sum.amount} /> (due {sum.dueOn})</List.Item>)}
              </List>
            ),
          ],
          ['Excluded nationalities', terms.eligibility.excludedNationalities.join(', ') || 'None'],
          ['Excluded categories', terms.eligibility.excludedCategories.join(', ') || 'None'],
          ['Required assurances', terms.requiredAssurances.join('; ') || 'None'],
          ['Welfare checks (days after arrival)', terms.monitoring.welfareCheckDays.join(', ') || 'None'],
          ['Recorded', <Time instant={version.createdAt} />],
        ]}
      />
    </Paper>
  );
}
