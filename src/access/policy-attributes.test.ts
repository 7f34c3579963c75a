import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../core/access/actions.js';
import { attributeUseOf, roleGuardOf } from './policy-attributes.js';
import { readPolicySources, SHIPPED_POLICY_DIR } from './policy-files.js';
import { preparePolicySet } from './policy-set.js';

const sorted = (names: ReadonlySet<string> | null): string[] | null => (names === null ? null : [...names].sort());

describe('attributeUseOf', () => {
  it('collects attributes read with `.` and `has`, and ignores the context', () => {
    const use = attributeUseOf([
      'permit (principal, action, resource is Waypoint::Case) when { principal.roles.contains("x") && resource.teamIds.contains(principal.id) };',
      'forbid (principal, action, resource) when { principal has agency && context has nowMs && context.nowMs > 0 };',
    ]);
    expect(sorted(use.principal)).toEqual(['agency', 'id', 'roles']);
    expect(sorted(use.resource)).toEqual(['teamIds']);
    expect(use.principalIdentity).toBe(false);
    expect(use.resourceIdentity).toBe(false);
  });

  it('passes the whole entity and its id when a variable is used as an entity in a condition', () => {
    const use = attributeUseOf(['permit (principal, action, resource) when { resource == principal && principal.active };']);
    expect(use.principal).toBeNull();
    expect(use.resource).toBeNull();
    expect(use.principalIdentity).toBe(true);
    expect(use.resourceIdentity).toBe(true);
  });

  it('treats scope constraints on an entity (==, in, is … in) as depending on its id', () => {
    const byEquality = attributeUseOf(['permit (principal == Waypoint::User::"u1", action, resource);']);
    expect(byEquality.principalIdentity).toBe(true);
    expect(byEquality.resourceIdentity).toBe(false);
    const byIsIn = attributeUseOf(['permit (principal, action, resource is Waypoint::Case in Waypoint::Case::"c1");']);
    expect(byIsIn.resourceIdentity).toBe(true);
    expect(byIsIn.resource).toBeNull();
  });

  it('finds attributes inside nested expressions (if-then-else, sets, records, extension calls)', () => {
    const use = attributeUseOf([
      'permit (principal, action, resource) when { if principal.foreign then [resource.caveats].contains(resource.caveats) else {a: principal.clearance}.a > 1 };',
    ]);
    expect(sorted(use.principal)).toEqual(['clearance', 'foreign']);
    expect(sorted(use.resource)).toEqual(['caveats']);
  });
});

describe('roleGuardOf', () => {
  const when = (body: string): string => `permit (principal, action, resource) when { ${body} };`;

  it('names the role of a leftmost principal.roles.contains test, however long the && chain', () => {
    expect(roleGuardOf(when('principal.roles.contains("counsel")'))).toBe('counsel');
    expect(roleGuardOf(when('principal.roles.contains("counsel") && resource.x == 1 && principal.y'))).toBe('counsel');
    expect(roleGuardOf(`forbid (principal, action, resource) when { principal.roles.contains("oversight") && principal.z };`)).toBe(
      'oversight',
    );
  });

  it('finds no guard where the role test could run after something that may error, or not decide alone', () => {
    // Second place: `resource.x` runs first and may raise an error, which must still deny.
    expect(roleGuardOf(when('resource.x == 1 && principal.roles.contains("counsel")'))).toBeNull();
    expect(roleGuardOf(when('principal.roles.contains("counsel") || resource.x'))).toBeNull();
    expect(roleGuardOf(when('!principal.roles.contains("counsel")'))).toBeNull();
    expect(roleGuardOf(when('resource.roles.contains("counsel")'))).toBeNull();
    expect(roleGuardOf('permit (principal, action, resource) unless { principal.roles.contains("counsel") };')).toBeNull();
    expect(roleGuardOf('permit (principal, action, resource);')).toBeNull();
  });
});

describe('the shipped policies', () => {
  it('never depend on a resource id or principal id beyond the attributes passed, for any action', () => {
    const prepared = preparePolicySet(readPolicySources(SHIPPED_POLICY_DIR));
    for (const action of ACTIONS) {
      const use = prepared.attributeUseByAction[action];
      // If a policy starts naming entities, the authorizer still decides correctly (ids go into
      // the request and the memo key); this test only makes that change visible in review.
      expect({ action, principal: use.principalIdentity, resource: use.resourceIdentity }).toEqual({ action, principal: false, resource: false });
    }
  });
});
