import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparsePolicySet, preparseSchema, statefulIsAuthorized, validate } from '@cedar-policy/cedar-wasm/nodejs';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_RESOURCE_TYPE, ACTIONS } from '../core/access/actions.js';
import { createAuthorizer } from './authorizer.js';
import type { DecisionContext } from './decision.js';
import { NAMESPACE, resourceEntity, resourceUid, userEntity } from './entities.js';
import { readPolicySources, SCHEMA_FILE_NAME, SHIPPED_POLICY_DIR } from './policy-files.js';
import { preparePolicySet } from './policy-set.js';
import { SAMPLE_PREPARER_ID, SAMPLE_PRINCIPALS, SAMPLE_RESOURCES } from './sample-access.js';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped policies with one file added or replaced. */
function policyDirWith(fileName: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-policies-'));
  tempDirs.push(dir);
  cpSync(SHIPPED_POLICY_DIR, dir, { recursive: true });
  writeFileSync(join(dir, fileName), text);
  return dir;
}

describe('shipped policies', () => {
  it('validate against the schema in strict mode', () => {
    const sources = readPolicySources(SHIPPED_POLICY_DIR);
    const answer = validate({
      schema: sources.schema,
      policies: { staticPolicies: { ...sources.policies } },
      validationSettings: { mode: 'strict' },
    });
    expect(answer).toEqual({ type: 'success', validationErrors: [], validationWarnings: [], otherWarnings: [] });
  });

  it('every policy is named, and ids follow role-/baseline-/classification-/caveat-/separation-/break-glass- prefixes', () => {
    const { policies } = readPolicySources(SHIPPED_POLICY_DIR);
    const ids = Object.keys(policies);
    expect(ids.length).toBe(55);
    const prefixes = /^(role|baseline|classification|caveat|separation-of-duties|break-glass|receiving-liaison)-/;
    expect(ids.filter((id) => !prefixes.test(id))).toEqual([]);
  });

  it('partitions so that every action still sees the account-wide forbids', () => {
    const prepared = preparePolicySet(readPolicySources(SHIPPED_POLICY_DIR));
    for (const action of ACTIONS) expect(prepared.policyIdsByAction[action]).toContain('baseline-inactive-user-denied');
    expect(prepared.policyIdsByAction['user:admin']).toEqual([
      'baseline-inactive-user-denied',
      'baseline-oversight-writes-nothing',
      'role-admin-system',
    ]);
  });

  it('decides exactly as the whole, unpartitioned policy set does, with every attribute and the time passed', async () => {
    const sources = readPolicySources(SHIPPED_POLICY_DIR);
    // Pruned attributes and remembered decisions must both be invisible: compare a memo-less
    // authorizer and a remembering one (asked twice, so the second pass answers from memory).
    const fresh = await createAuthorizer({ clock: { now: () => new Date(0) }, decisionMemoSize: 0 });
    const remembering = await createAuthorizer({ clock: { now: () => new Date(0) } });
    expect(preparseSchema('whole-schema', sources.schema)).toEqual({ type: 'success' });
    expect(preparsePolicySet('whole-set', { staticPolicies: { ...sources.policies } })).toEqual({ type: 'success' });
    const contexts: DecisionContext[] = [
      { preparedBy: SAMPLE_PREPARER_ID, group: 'medical' },
      {},
      { group: 'identity', breakGlass: { reason: 'detainee transferred overnight', expiresAt: '1970-01-01T01:00:00Z' } },
      { group: 'identity', breakGlass: { reason: 'expired grant', expiresAt: '1969-12-31T23:00:00Z' } },
    ];
    // Role-partitioned sets: principals with two roles and with none must also decide as the whole set.
    const principals = [
      ...Object.values(SAMPLE_PRINCIPALS),
      { ...SAMPLE_PRINCIPALS.officer, userId: 'u-officer-supervisor', roles: ['program_officer', 'supervisor'] as const },
      { ...SAMPLE_PRINCIPALS.liaisonRW, userId: 'u-liaison-legal', roles: ['legal_reviewer', 'receiving_liaison'] as const },
      { ...SAMPLE_PRINCIPALS.counselA, userId: 'u-no-role', roles: [] },
    ];
    let compared = 0;
    for (const pass of [1, 2]) {
      for (const principal of principals) {
        for (const resource of Object.values(SAMPLE_RESOURCES)) {
          for (const action of ACTIONS.filter((a) => ACTION_RESOURCE_TYPE[a] === resource.type)) {
            for (const context of contexts) {
              const grant = context.breakGlass;
              const whole = statefulIsAuthorized({
                principal: userEntity(principal).uid,
                action: { type: `${NAMESPACE}::Action`, id: action },
                resource: resourceUid(resource),
                context: {
                  nowMs: 0,
                  ...(context.preparedBy === undefined ? {} : { preparedBy: context.preparedBy }),
                  ...(context.group === undefined ? {} : { group: context.group }),
                  ...(grant === undefined ? {} : { breakGlass: { reason: grant.reason, expiresAtMs: Date.parse(grant.expiresAt) } }),
                },
                preparsedPolicySetId: 'whole-set',
                preparsedSchemaName: 'whole-schema',
                validateRequest: true,
                entities: [userEntity(principal), resourceEntity(resource)],
              });
              if (whole.type !== 'success') throw new Error('whole-set evaluation failed');
              const expected = `${pass} ${action} ${whole.response.decision === 'allow'} ${[...whole.response.diagnostics.reason].sort().join(',')}`;
              for (const authorizer of [fresh, remembering]) {
                const decision = authorizer.decide(principal, action, resource, context);
                expect(`${pass} ${action} ${decision.allowed} ${decision.policyIds.join(',')}`).toBe(expected);
              }
              compared += 1;
            }
          }
        }
      }
    }
    const requestsPerPrincipal = Object.values(SAMPLE_RESOURCES).reduce((n, resource) => n + ACTIONS.filter((a) => ACTION_RESOURCE_TYPE[a] === resource.type).length, 0);
    expect(compared).toBe(2 * principals.length * requestsPerPrincipal * contexts.length);
  });
});

describe('start-up refuses broken policies', () => {
  it('a policy that does not parse', async () => {
    const dir = policyDirWith('broken.cedar', '@id("broken") permit (principal, action, resource) when { principal.roles.contains( };');
    await expect(createAuthorizer({ policyDir: dir })).rejects.toMatchObject({ code: 'policy_invalid' });
  });

  it('a policy that uses an attribute the schema does not declare, naming the policy and file', async () => {
    const dir = policyDirWith(
      'typo.cedar',
      '@id("role-typo") permit (principal, action == Waypoint::Action::"case:read", resource is Waypoint::Case) when { resource.counsel == principal.id };',
    );
    const error: unknown = await createAuthorizer({ policyDir: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'policy_invalid' });
    expect((error as { details: { errors: { policyId: string; file: string }[] } }).details.errors[0]).toMatchObject({
      policyId: 'role-typo',
      file: 'typo.cedar',
    });
  });

  it('a policy without an @id, or with an id used twice', async () => {
    const unnamed = policyDirWith('unnamed.cedar', 'permit (principal, action, resource) when { false };');
    await expect(createAuthorizer({ policyDir: unnamed })).rejects.toMatchObject({ code: 'policy_invalid' });
    const twice = policyDirWith('twice.cedar', '@id("role-admin-system") forbid (principal, action, resource) when { false };');
    await expect(createAuthorizer({ policyDir: twice })).rejects.toThrow(/role-admin-system in twice.cedar is also used in admin.cedar/);
  });

  it('a schema whose actions differ from ACTIONS', async () => {
    const schema = readFileSync(join(SHIPPED_POLICY_DIR, SCHEMA_FILE_NAME), 'utf8').replace('"report:program"', '"report:everything"');
    const dir = policyDirWith(SCHEMA_FILE_NAME, schema);
    await expect(createAuthorizer({ policyDir: dir })).rejects.toThrow(/missing \[report:program\], unknown \[report:everything\]/);
  });

  it('a folder that does not exist', async () => {
    await expect(createAuthorizer({ policyDir: '/nonexistent/waypoint/policies' })).rejects.toMatchObject({ code: 'policy_invalid' });
  });
});
