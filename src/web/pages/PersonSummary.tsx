import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { Person } from '../api/api-types';
import { humanize } from '../components/StateBadge';
import { MaybeRedacted, textOrRedacted } from '../components/Redacted';
import { FieldList } from './FieldList';

/** A person's identity fields; every value is rendered as text. */
export function PersonSummary({ person, linkToPerson }: { readonly person: Person; readonly linkToPerson: boolean }): ReactElement {
  const name = `${textOrRedacted(person.givenNames)} ${textOrRedacted(person.familyName)}`;
  return (
    <FieldList
      fields={[
        ['Name', linkToPerson ? <Anchor component={Link} to={`/people/${person.id}`}>{name}</Anchor> : name],
        ['Aliases', <MaybeRedacted value={person.aliases}>{(aliases) => (aliases.length === 0 ? '—' : aliases.join(', '))}</MaybeRedacted>],
        ['Birth date', <MaybeRedacted value={person.birthDate}>{(birthDate) => birthDate ?? '—'}</MaybeRedacted>],
        ['Nationalities', <MaybeRedacted value={person.nationalities}>{(codes) => codes.join(', ') || '—'}</MaybeRedacted>],
        ['Languages', <MaybeRedacted value={person.languages}>{(codes) => codes.join(', ') || '—'}</MaybeRedacted>],
        [
          'Vulnerabilities',
          <MaybeRedacted value={person.vulnerabilities}>
            {(vulnerabilities) =>
              vulnerabilities.length === 0 ? (
                <Text span>None recorded</Text>
              ) : (
                <Group gap={4}>{vulnerabilities.map((vulnerability) => <Badge key={vulnerability} color="#a33c07" variant="filled" tt="none">{humanize(vulnerability)}</Badge>)}</Group>
              )
            }
          </MaybeRedacted>,
        ],
        ['External ID', <MaybeRedacted value={person.externalId}>{(externalId) => externalId ?? '—'}</MaybeRedacted>],
      ]}
    />
  );
}
