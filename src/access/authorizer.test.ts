import { beforeAll, describe, expect, it } from 'vitest';
import { caseFieldGroupOf, LIAISON_FIELD_GROUPS } from '../core/access/field-groups.js';
import { redact } from '../core/access/redaction.js';
import type { CaseResource, DocumentResource, ParagraphResource } from '../core/access/resources.js';
import type { Principal } from '../core/principal.js';
import { createAuthorizer, type Authorizer } from './authorizer.js';
import { SAMPLE_PRINCIPALS, SAMPLE_RESOURCES } from './sample-access.js';

const NOW = new Date('2025-07-01T12:00:00.000Z');
const clock = { now: () => NOW };

let authorizer: Authorizer;
beforeAll(async () => {
  authorizer = await createAuthorizer({ clock });
});

const { officer, supervisor, counselA, liaisonRW, oversight } = SAMPLE_PRINCIPALS;
const counselB: Principal = { ...counselA, userId: 'u-counsel-b', username: 'counsel-b' };
const liaisonSZ: Principal = { ...liaisonRW, userId: 'u-liaison-sz', username: 'liaison-sz', country: 'SZ' };
const sbuOfficer: Principal = { ...officer, userId: 'u-officer-sbu', clearance: 'SBU' };
const officerOutsideTeam: Principal = { ...officer, userId: 'u-officer-4', username: 'officer-4' };

const clientOfB: CaseResource = { ...SAMPLE_RESOURCES.caseOutsideTeam };
const caseToEswatini: CaseResource = { ...SAMPLE_RESOURCES.caseOutsideTeam, proposedCountry: 'SZ' };
const caseToRwanda: CaseResource = SAMPLE_RESOURCES.caseTeam;

describe('need-to-know', () => {
  it('counsel A cannot read, export or find (search hit filter) a client of counsel B', () => {
    for (const action of ['case:read', 'case:export', 'decision:read', 'notice:read'] as const) {
      expect(authorizer.decide(counselA, action, clientOfB)).toEqual({
        allowed: false,
        reason: 'no_permit',
        policyIds: [],
        errors: [],
        breakGlass: false,
      });
    }
    expect(authorizer.decide(counselB, 'case:read', clientOfB).policyIds).toEqual(['role-counsel-case-client']);
    // Search hits are documents filtered by document:read: B's client's papers never appear for A.
    const paperOfB: DocumentResource = { ...SAMPLE_RESOURCES.docUnclassified, counselIds: ['u-counsel-b'] };
    expect(authorizer.decide(counselA, 'document:read', paperOfB).allowed).toBe(false);
    expect(authorizer.decide(counselB, 'document:read', paperOfB).allowed).toBe(true);
  });

  it('a Rwanda liaison cannot read a case proposed to Eswatini, nor any criminal-allegation field', () => {
    expect(authorizer.decide(liaisonRW, 'case:read', caseToEswatini).allowed).toBe(false);
    expect(authorizer.decide(liaisonSZ, 'case:read', caseToEswatini).allowed).toBe(true);
    expect(authorizer.allowedFieldGroups(liaisonRW, caseToEswatini)).toEqual(new Set());
    expect(authorizer.allowedFieldGroups(liaisonRW, caseToRwanda)).toEqual(new Set(['identity']));
    expect([...LIAISON_FIELD_GROUPS]).toEqual(['identity']);
    const criminal = authorizer.decide(liaisonRW, 'case:read-group', caseToRwanda, { group: 'criminal_allegations' });
    expect(criminal).toEqual({
      allowed: false,
      reason: 'forbidden',
      policyIds: ['receiving-liaison-never-criminal-allegations'],
      errors: [],
      breakGlass: false,
    });
  });

  it('a liaison with an empty country matches no case without a proposed country', () => {
    const stateless: Principal = { ...liaisonRW, userId: 'u-liaison-x', country: '' };
    expect(authorizer.decide(stateless, 'case:read', SAMPLE_RESOURCES.caseOtherAgency).allowed).toBe(false);
  });

  it('a supervisor without an agency sees no case whose agency is empty', () => {
    const noAgency: Principal = { ...supervisor, userId: 'u-sup-x', agency: null };
    expect(authorizer.decide(noAgency, 'case:read', { ...caseToRwanda, agency: '' }).allowed).toBe(false);
  });
});

describe('clearance and caveats', () => {
  const confidentialParagraph: ParagraphResource = { ...SAMPLE_RESOURCES.paraConfidential };

  it('a CONFIDENTIAL paragraph is never readable by an SBU user, whatever the role', () => {
    const sbuUsers: Principal[] = [sbuOfficer, counselA, liaisonRW, { ...oversight, userId: 'u-ig-sbu', clearance: 'SBU' }];
    for (const user of sbuUsers) {
      expect(authorizer.canReadParagraph(user, confidentialParagraph)).toBe(false);
      const decision = authorizer.decide(user, 'paragraph:read', confidentialParagraph);
      expect(decision.policyIds).toEqual(['classification-paragraph-above-clearance']);
    }
    expect(authorizer.canReadParagraph(officer, confidentialParagraph)).toBe(true);
  });

  it('NOFORN denies a foreign liaison even when the document is released to their state', () => {
    const decision = authorizer.decide(liaisonRW, 'document:read', SAMPLE_RESOURCES.docNoforn);
    expect(decision.allowed).toBe(false);
    expect(decision.policyIds).toEqual(['caveat-document-noforn']);
    expect(authorizer.canReadParagraph(liaisonRW, SAMPLE_RESOURCES.paraNoforn)).toBe(false);
  });

  it('NODIS needs the user on the named distribution, as a list or as user:<id>', () => {
    const nodis: DocumentResource = { ...SAMPLE_RESOURCES.docNodis, distribution: ['user:u-officer'] };
    expect(authorizer.decide(officer, 'document:read', nodis).allowed).toBe(true);
    expect(authorizer.decide(supervisor, 'document:read', nodis).policyIds).toEqual(['caveat-document-distribution']);
    const onList: Principal = { ...supervisor, distribution: ['kigali-nodis'] };
    expect(authorizer.decide(onList, 'document:read', SAMPLE_RESOURCES.docNodis).allowed).toBe(true);
    const exdis: DocumentResource = { ...SAMPLE_RESOURCES.docNodis, caveats: ['EXDIS'] };
    expect(authorizer.decide(supervisor, 'document:read', exdis).allowed).toBe(false);
  });
});

describe('separation of duties', () => {
  it('the supervisor who prepared a clearance cannot approve it; another supervisor can', () => {
    expect(authorizer.decide(supervisor, 'clearance:approve', caseToRwanda, { preparedBy: 'u-supervisor' })).toEqual({
      allowed: false,
      reason: 'forbidden',
      policyIds: ['separation-of-duties-preparer-cannot-approve'],
      errors: [],
      breakGlass: false,
    });
    expect(authorizer.decide(supervisor, 'clearance:approve', caseToRwanda, { preparedBy: 'u-officer' }).allowed).toBe(true);
  });

  it('the preparer of a manifest cannot lock it, and a lock request that names no preparer is refused', () => {
    const transfer = SAMPLE_RESOURCES.transferRW;
    expect(authorizer.decide(supervisor, 'manifest:lock', transfer, { preparedBy: 'u-supervisor' }).policyIds).toEqual([
      'separation-of-duties-preparer-cannot-approve',
    ]);
    expect(authorizer.decide(supervisor, 'manifest:lock', transfer).policyIds).toEqual(['separation-of-duties-preparer-required']);
    expect(authorizer.decide(supervisor, 'manifest:lock', transfer, { preparedBy: 'u-officer' }).allowed).toBe(true);
  });
});

describe('break-the-glass', () => {
  const grant = { reason: 'Detainee medical emergency, assigned officer unreachable', expiresAt: '2025-07-01T13:00:00.000Z' };

  it('an officer outside the team may not read the case without a grant', () => {
    expect(authorizer.decide(officerOutsideTeam, 'case:read', caseToRwanda).allowed).toBe(false);
    expect(authorizer.decide(officerOutsideTeam, 'case:break-glass', caseToRwanda).allowed).toBe(true);
  });

  it('with a valid grant the read is allowed and flagged for oversight', () => {
    expect(authorizer.decide(officerOutsideTeam, 'case:read', caseToRwanda, { breakGlass: grant })).toEqual({
      allowed: true,
      reason: 'permitted',
      policyIds: ['break-glass-officer-case-read'],
      errors: [],
      breakGlass: true,
    });
    expect(authorizer.allowedFieldGroups(officerOutsideTeam, caseToRwanda, { breakGlass: grant }).size).toBe(6);
  });

  it('a grant gives no write', () => {
    expect(authorizer.decide(officerOutsideTeam, 'case:update', caseToRwanda, { breakGlass: grant }).allowed).toBe(false);
  });

  it('an expired grant, or one with a blank reason, is refused', () => {
    const expired = { ...grant, expiresAt: '2025-07-01T12:00:00.000Z' };
    expect(authorizer.decide(officerOutsideTeam, 'case:read', caseToRwanda, { breakGlass: expired }).allowed).toBe(false);
    const blank = { ...grant, reason: '   ' };
    expect(authorizer.decide(officerOutsideTeam, 'case:read', caseToRwanda, { breakGlass: blank }).allowed).toBe(false);
    const garbled = { ...grant, expiresAt: 'tomorrow' };
    expect(authorizer.decide(officerOutsideTeam, 'case:read', caseToRwanda, { breakGlass: garbled }).allowed).toBe(false);
  });

  it('a team member holding a grant is not flagged: the grant was not needed', () => {
    const decision = authorizer.decide(officer, 'case:read', caseToRwanda, { breakGlass: grant });
    expect(decision.policyIds).toEqual(['break-glass-officer-case-read', 'role-program-officer-case-team']);
    expect(decision.breakGlass).toBe(false);
  });

  it('a grant does not cross agencies', () => {
    expect(authorizer.decide(officerOutsideTeam, 'case:read', SAMPLE_RESOURCES.caseOtherAgency, { breakGlass: grant }).allowed).toBe(false);
  });
});

describe('oversight and inactive accounts', () => {
  it('oversight write is denied by the explicit forbid even when the account also holds a writing role', () => {
    const dual: Principal = { ...oversight, roles: ['oversight', 'program_officer'], agency: 'ICE', userId: 'u-officer' };
    expect(authorizer.decide(dual, 'case:update', caseToRwanda)).toEqual({
      allowed: false,
      reason: 'forbidden',
      policyIds: ['baseline-oversight-writes-nothing'],
      errors: [],
      breakGlass: false,
    });
    expect(authorizer.decide(oversight, 'ruleset:write', SAMPLE_RESOURCES.ruleSet).allowed).toBe(false);
    expect(authorizer.decide(oversight, 'audit:read', SAMPLE_RESOURCES.auditLog).policyIds).toEqual(['role-oversight-read-all']);
  });

  it('a disabled account is denied by name', () => {
    expect(authorizer.decide(SAMPLE_PRINCIPALS.inactiveOfficer, 'case:read', caseToRwanda).policyIds).toEqual([
      'baseline-inactive-user-denied',
    ]);
  });
});

describe('abilities and redaction', () => {
  it('allowedActions lists what the UI may enable, in ACTIONS order', () => {
    expect(authorizer.allowedActions(liaisonRW, caseToRwanda)).toEqual(['case:read', 'liaison:decide']);
    expect(authorizer.allowedActions(counselA, caseToRwanda, ['case:read', 'notice:serve', 'person:read'])).toEqual(['case:read']);
  });

  it('the system principal (admin) administers users but sees no case', () => {
    const system: Principal = { kind: 'system', userId: null, username: 'cli', roles: ['admin'], clearance: 'SECRET', country: null };
    expect(authorizer.decide(system, 'user:admin', SAMPLE_RESOURCES.userAdmin).allowed).toBe(true);
    expect(authorizer.decide(system, 'case:read', caseToRwanda).allowed).toBe(false);
  });

  it('redacts a case record for a liaison down to identity and metadata', () => {
    const record = { reference: 'WP-2025-000001', fullName: 'A. B.', criminalRecord: 'alleged', address: 'Unit 4', note: 'x' };
    const groups = authorizer.allowedFieldGroups(liaisonRW, caseToRwanda);
    expect(redact(record, groups, caseFieldGroupOf)).toEqual({
      reference: 'WP-2025-000001',
      fullName: 'A. B.',
      criminalRecord: { redacted: true, group: 'criminal_allegations' },
      address: { redacted: true, group: 'location' },
      note: { redacted: true, group: 'undeclared' },
    });
  });

  it('throws for an action on the wrong resource type (a caller bug, not a denial)', () => {
    expect(() => authorizer.decide(officer, 'case:read', SAMPLE_RESOURCES.transferRW)).toThrow(
      expect.objectContaining({ code: 'internal' }),
    );
  });
});
