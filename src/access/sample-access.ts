import type {
  AccessResource,
  CaseResource,
  DocumentResource,
  ParagraphResource,
  PersonResource,
  TransferResource,
} from '../core/access/resources.js';
import type { Principal } from '../core/principal.js';

/**
 * A small fixed world of users and resources, one per role and one per side
 * of each need-to-know, clearance and caveat boundary. The policy matrix test
 * asserts every decision on it; the latency benchmark replays it. Not demo
 * data: nothing here is written to a database.
 *
 * @example
 *   authorizer.decide(SAMPLE_PRINCIPALS.counselA, 'case:read', SAMPLE_RESOURCES.caseTeam).allowed; // true
 */
export const SAMPLE_PRINCIPALS = {
  officer: user('u-officer', 'program_officer', 'CONFIDENTIAL', { agency: 'ICE' }),
  supervisor: user('u-supervisor', 'supervisor', 'SECRET', { agency: 'ICE' }),
  diplomat: user('u-diplomat', 'diplomatic_officer', 'SECRET', { distribution: ['kigali-nodis'] }),
  legalReviewer: user('u-legal', 'legal_reviewer', 'CONFIDENTIAL', { agency: 'ICE' }),
  counselA: user('u-counsel-a', 'counsel', 'SBU', {}),
  liaisonRW: user('u-liaison-rw', 'receiving_liaison', 'SBU', { country: 'RW' }),
  oversight: user('u-oversight', 'oversight', 'SECRET', {}),
  admin: user('u-admin', 'admin', 'SECRET', {}),
  inactiveOfficer: user('u-officer-disabled', 'program_officer', 'CONFIDENTIAL', { agency: 'ICE', active: false }),
} satisfies Record<string, Principal>;
export type SamplePrincipalKey = keyof typeof SAMPLE_PRINCIPALS;

const caseTeam: CaseResource = {
  type: 'Case',
  id: 'case-team',
  agency: 'ICE',
  officerId: 'u-officer',
  teamIds: ['u-officer-3'],
  counselId: 'u-counsel-a',
  proposedCountry: 'RW',
  agreementId: 'agr-rw',
  state: 'country_proposed',
};
const caseOutsideTeam: CaseResource = {
  type: 'Case',
  id: 'case-outside-team',
  agency: 'ICE',
  officerId: 'u-officer-2',
  teamIds: [],
  counselId: 'u-counsel-b',
  proposedCountry: 'SZ',
  agreementId: 'agr-sz',
  state: 'country_proposed',
};
const caseOtherAgency: CaseResource = {
  type: 'Case',
  id: 'case-other-agency',
  agency: 'CBP',
  officerId: 'u-officer-cbp',
  teamIds: [],
  counselId: null,
  proposedCountry: null,
  agreementId: null,
  state: 'intake',
};
const personTeam: PersonResource = {
  type: 'Person',
  id: 'person-team',
  agencies: ['ICE'],
  teamIds: ['u-officer', 'u-officer-3'],
  counselIds: ['u-counsel-a'],
  proposedCountries: ['RW'],
};
const personOutside: PersonResource = {
  type: 'Person',
  id: 'person-outside',
  agencies: ['CBP'],
  teamIds: ['u-officer-cbp'],
  counselIds: ['u-counsel-b'],
  proposedCountries: ['SZ'],
};
const transferRW: TransferResource = { type: 'Transfer', id: 'transfer-rw', agency: 'ICE', agreementId: 'agr-rw', receivingCountry: 'RW' };
const transferOther: TransferResource = { type: 'Transfer', id: 'transfer-sz', agency: 'CBP', agreementId: 'agr-sz', receivingCountry: 'SZ' };

function document(id: string, fields: Partial<Omit<DocumentResource, 'type' | 'id'>>): DocumentResource {
  return {
    type: 'Document',
    id,
    classification: 'UNCLASSIFIED',
    caveats: [],
    distribution: [],
    counselIds: ['u-counsel-a'],
    releasableTo: ['RW'],
    ...fields,
  };
}

function paragraph(id: string, fields: Partial<Omit<ParagraphResource, 'type' | 'id'>>): ParagraphResource {
  return { type: 'Paragraph', id, documentId: 'doc-cable', classification: 'UNCLASSIFIED', caveats: [], distribution: [], ...fields };
}

export const SAMPLE_RESOURCES = {
  caseTeam,
  caseOutsideTeam,
  caseOtherAgency,
  personTeam,
  personOutside,
  agreementRW: { type: 'Agreement', id: 'agr-rw', sendingCountry: 'US', receivingCountry: 'RW' },
  agreementSZ: { type: 'Agreement', id: 'agr-sz', sendingCountry: 'US', receivingCountry: 'SZ' },
  countryRW: { type: 'Country', id: 'RW' },
  transferRW,
  transferOther,
  docUnclassified: document('doc-unclassified', {}),
  docConfidential: document('doc-confidential', { classification: 'CONFIDENTIAL' }),
  docSecret: document('doc-secret', { classification: 'SECRET' }),
  docNoforn: document('doc-noforn', { classification: 'SBU', caveats: ['NOFORN'] }),
  docNodis: document('doc-nodis', { classification: 'SBU', caveats: ['NODIS'], distribution: ['kigali-nodis'] }),
  paraUnclassified: paragraph('para-u', {}),
  paraSbu: paragraph('para-sbu', { classification: 'SBU' }),
  paraConfidential: paragraph('para-c', { classification: 'CONFIDENTIAL' }),
  paraSecret: paragraph('para-s', { classification: 'SECRET' }),
  paraNoforn: paragraph('para-noforn', { classification: 'SBU', caveats: ['NOFORN'] }),
  paraNodis: paragraph('para-nodis', { classification: 'SBU', caveats: ['NODIS'], distribution: ['kigali-nodis'] }),
  documentIndex: { type: 'DocumentIndex', id: 'documents' },
  ruleSet: { type: 'RuleSet', id: 'us-dvd-strict' },
  auditLog: { type: 'AuditLog', id: 'audit' },
  report: { type: 'Report', id: 'program' },
  userAdmin: { type: 'UserAdmin', id: 'users' },
  tokenAdmin: { type: 'TokenAdmin', id: 'tokens' },
  config: { type: 'Config', id: 'config' },
} as const satisfies Record<string, AccessResource>;
export type SampleResourceKey = keyof typeof SAMPLE_RESOURCES;

/** Who prepared the work in sample approval requests: never one of the sample approvers. */
export const SAMPLE_PREPARER_ID = 'u-preparer';

function user(
  id: string,
  role: Principal['roles'][number],
  clearance: Principal['clearance'],
  extra: { agency?: string; country?: string; distribution?: string[]; active?: boolean },
): Principal {
  return {
    kind: 'user',
    userId: id,
    username: id.replace(/^u-/, ''),
    roles: [role],
    clearance,
    country: extra.country ?? null,
    agency: extra.agency ?? null,
    distribution: extra.distribution ?? [],
    active: extra.active ?? true,
  };
}
