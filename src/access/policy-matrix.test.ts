import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_RESOURCE_TYPE, ACTIONS, PREPARED_WORK_ACTIONS, type Action } from '../core/access/actions.js';
import { FIELD_GROUPS, type FieldGroup } from '../core/access/field-groups.js';
import { createAuthorizer, type Authorizer } from './authorizer.js';
import {
  SAMPLE_PREPARER_ID,
  SAMPLE_PRINCIPALS,
  SAMPLE_RESOURCES,
  type SamplePrincipalKey,
  type SampleResourceKey,
} from './sample-access.js';

/**
 * Every sample principal × every sample resource × every action that applies
 * to it, against the policies as shipped. Anything not listed is denied.
 * case:read-group is asserted per group in FIELD_GROUP_MATRIX.
 */
type Expectations = Partial<Record<SampleResourceKey, readonly Action[]>>;

const CASE_TEAM_WORK: readonly Action[] = [
  'case:read', 'case:create', 'case:update', 'case:transition', 'case:record-fact', 'case:export',
  'decision:read', 'notice:read', 'notice:serve', 'fact:file-fear-claim', 'fact:file-court-order',
];
const SUPERVISOR_CASE: readonly Action[] = [
  'case:read', 'case:update', 'case:transition', 'case:export', 'decision:read', 'notice:read', 'clearance:approve',
];
const LEGAL_CASE: readonly Action[] = ['case:read', 'decision:read', 'notice:read', 'fact:file-fear-claim', 'fact:file-court-order'];
const COUNSEL_CASE: readonly Action[] = [
  'case:read', 'case:export', 'decision:read', 'notice:read', 'fact:file-fear-claim', 'fact:file-court-order',
];
const OVERSIGHT_CASE: readonly Action[] = ['case:read', 'case:export', 'decision:read', 'notice:read'];
const DOC_RW: readonly Action[] = ['document:read', 'document:upload'];
const ALL_AGREEMENT: readonly Action[] = [
  'agreement:read', 'agreement:write', 'agreement:amend', 'assurance:write', 'payment:write', 'ledger:read',
];
const PARAGRAPH: readonly Action[] = ['paragraph:read'];

const MATRIX: Record<SamplePrincipalKey, Expectations> = {
  officer: {
    caseTeam: CASE_TEAM_WORK,
    caseOutsideTeam: ['case:create', 'case:break-glass'],
    personTeam: ['person:read', 'person:create', 'person:update'],
    agreementRW: ['agreement:read', 'ledger:read'],
    agreementSZ: ['agreement:read', 'ledger:read'],
    transferRW: ['transfer:read', 'transfer:write', 'transfer:depart', 'transfer:confirm-arrival'],
    docUnclassified: DOC_RW,
    docConfidential: DOC_RW,
    docNoforn: DOC_RW,
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraConfidential: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read', 'whatif:run'],
    report: ['report:program'],
  },
  supervisor: {
    caseTeam: SUPERVISOR_CASE,
    caseOutsideTeam: SUPERVISOR_CASE,
    personTeam: ['person:read'],
    agreementRW: ['agreement:read', 'ledger:read'],
    agreementSZ: ['agreement:read', 'ledger:read'],
    transferRW: ['transfer:read', 'manifest:lock'],
    docUnclassified: DOC_RW,
    docConfidential: DOC_RW,
    docSecret: DOC_RW,
    docNoforn: DOC_RW,
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraConfidential: PARAGRAPH,
    paraSecret: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read', 'whatif:run'],
    report: ['report:program'],
  },
  diplomat: {
    agreementRW: ALL_AGREEMENT,
    agreementSZ: ALL_AGREEMENT,
    transferRW: ['transfer:read'],
    transferOther: ['transfer:read'],
    docUnclassified: DOC_RW,
    docConfidential: DOC_RW,
    docSecret: DOC_RW,
    docNoforn: DOC_RW,
    docNodis: DOC_RW,
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraConfidential: PARAGRAPH,
    paraSecret: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    paraNodis: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read'],
    report: ['report:program'],
  },
  legalReviewer: {
    caseTeam: LEGAL_CASE,
    caseOutsideTeam: LEGAL_CASE,
    personTeam: ['person:read'],
    agreementRW: ['agreement:read'],
    agreementSZ: ['agreement:read'],
    countryRW: ['assessment:write'],
    docUnclassified: DOC_RW,
    docConfidential: DOC_RW,
    docNoforn: DOC_RW,
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraConfidential: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read', 'ruleset:write', 'whatif:run'],
    report: ['report:program'],
  },
  counselA: {
    caseTeam: COUNSEL_CASE,
    personTeam: ['person:read'],
    docUnclassified: DOC_RW,
    docNoforn: DOC_RW,
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read'],
  },
  liaisonRW: {
    caseTeam: ['case:read', 'liaison:decide'],
    personTeam: ['person:read'],
    agreementRW: ['agreement:read'],
    transferRW: ['transfer:read', 'transfer:confirm-arrival'],
    docUnclassified: ['document:read'],
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    documentIndex: ['document:search'],
  },
  oversight: {
    caseTeam: OVERSIGHT_CASE,
    caseOutsideTeam: OVERSIGHT_CASE,
    caseOtherAgency: OVERSIGHT_CASE,
    personTeam: ['person:read'],
    personOutside: ['person:read'],
    agreementRW: ['agreement:read', 'ledger:read'],
    agreementSZ: ['agreement:read', 'ledger:read'],
    transferRW: ['transfer:read'],
    transferOther: ['transfer:read'],
    docUnclassified: ['document:read'],
    docConfidential: ['document:read'],
    docSecret: ['document:read'],
    docNoforn: ['document:read'],
    paraUnclassified: PARAGRAPH,
    paraSbu: PARAGRAPH,
    paraConfidential: PARAGRAPH,
    paraSecret: PARAGRAPH,
    paraNoforn: PARAGRAPH,
    documentIndex: ['document:search'],
    ruleSet: ['ruleset:read', 'whatif:run'],
    auditLog: ['audit:read', 'audit:verify'],
    report: ['report:program'],
  },
  admin: {
    personTeam: ['person:erase'],
    personOutside: ['person:erase'],
    auditLog: ['audit:verify'],
    userAdmin: ['user:admin'],
    tokenAdmin: ['token:admin'],
    config: ['config:admin'],
  },
  inactiveOfficer: {},
};

const ALL_GROUPS: readonly FieldGroup[] = FIELD_GROUPS;
const FIELD_GROUP_MATRIX: Record<SamplePrincipalKey, Partial<Record<'caseTeam' | 'caseOutsideTeam' | 'caseOtherAgency', readonly FieldGroup[]>>> = {
  officer: { caseTeam: ALL_GROUPS },
  supervisor: { caseTeam: ALL_GROUPS, caseOutsideTeam: ALL_GROUPS },
  diplomat: {},
  legalReviewer: {
    caseTeam: ['identity', 'immigration_history', 'criminal_allegations'],
    caseOutsideTeam: ['identity', 'immigration_history', 'criminal_allegations'],
  },
  counselA: { caseTeam: ALL_GROUPS },
  liaisonRW: { caseTeam: ['identity'] },
  oversight: { caseTeam: ALL_GROUPS, caseOutsideTeam: ALL_GROUPS, caseOtherAgency: ALL_GROUPS },
  admin: {},
  inactiveOfficer: {},
};

const PRINCIPAL_KEYS = Object.keys(SAMPLE_PRINCIPALS) as SamplePrincipalKey[];
const RESOURCE_KEYS = Object.keys(SAMPLE_RESOURCES) as SampleResourceKey[];
const MATRIX_ACTIONS = ACTIONS.filter((action) => action !== 'case:read-group');

let authorizer: Authorizer;
beforeAll(async () => {
  authorizer = await createAuthorizer();
});

describe('policy matrix (as shipped)', () => {
  const rows = PRINCIPAL_KEYS.flatMap((principalKey) =>
    RESOURCE_KEYS.map((resourceKey) => ({ principalKey, resourceKey })),
  );

  it.each(rows)('$principalKey on $resourceKey', ({ principalKey, resourceKey }) => {
    const resource = SAMPLE_RESOURCES[resourceKey];
    const applicable = MATRIX_ACTIONS.filter((action) => ACTION_RESOURCE_TYPE[action] === resource.type);
    const allowed = applicable.filter((action) => {
      const context = (PREPARED_WORK_ACTIONS as readonly Action[]).includes(action) ? { preparedBy: SAMPLE_PREPARER_ID } : {};
      const decision = authorizer.decide(SAMPLE_PRINCIPALS[principalKey], action, resource, context);
      expect(decision.errors).toEqual([]);
      return decision.allowed;
    });
    const expected = MATRIX[principalKey][resourceKey] ?? [];
    expect([...allowed].sort()).toEqual([...expected].sort());
  });

  it('lists only actions that apply to the resource they are listed under', () => {
    for (const principalKey of PRINCIPAL_KEYS) {
      for (const [resourceKey, actions] of Object.entries(MATRIX[principalKey])) {
        const type = SAMPLE_RESOURCES[resourceKey as SampleResourceKey].type;
        for (const action of actions) expect(`${action} on ${type}`).toBe(`${action} on ${ACTION_RESOURCE_TYPE[action]}`);
      }
    }
  });

  it('covers every action at least once as allowed, so no action is dead', () => {
    const allowedSomewhere = new Set<Action>(['case:read-group']);
    for (const principalKey of PRINCIPAL_KEYS) {
      for (const actions of Object.values(MATRIX[principalKey])) for (const action of actions) allowedSomewhere.add(action);
    }
    expect(ACTIONS.filter((action) => !allowedSomewhere.has(action))).toEqual([]);
  });
});

describe('field group matrix (case:read-group)', () => {
  const rows = PRINCIPAL_KEYS.flatMap((principalKey) =>
    (['caseTeam', 'caseOutsideTeam', 'caseOtherAgency'] as const).map((caseKey) => ({ principalKey, caseKey })),
  );

  it.each(rows)('$principalKey on $caseKey', ({ principalKey, caseKey }) => {
    const groups = authorizer.allowedFieldGroups(SAMPLE_PRINCIPALS[principalKey], SAMPLE_RESOURCES[caseKey]);
    const expected = FIELD_GROUP_MATRIX[principalKey][caseKey] ?? [];
    expect([...groups].sort()).toEqual([...expected].sort());
  });

  it('denies case:read-group without a group in the context', () => {
    const decision = authorizer.decide(SAMPLE_PRINCIPALS.officer, 'case:read-group', SAMPLE_RESOURCES.caseTeam);
    expect(decision).toEqual({
      allowed: false,
      reason: 'forbidden',
      policyIds: ['baseline-field-group-required'],
      errors: [],
      breakGlass: false,
    });
  });
});
