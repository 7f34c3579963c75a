/**
 * Every action the policy engine decides, one list. The Cedar schema
 * (src/access/policies/waypoint.cedarschema) declares the same ids; a test
 * asserts the two lists are equal, so adding an action here without a policy
 * fails the build's tests rather than silently denying.
 *
 * Naming: `<resource>:<verb>`. Each action applies to exactly one resource type
 * (ACTION_RESOURCE_TYPE), which keeps the policy matrix finite and exhaustive.
 *
 * @example
 *   const action: Action = 'case:read';
 *   ACTION_RESOURCE_TYPE[action]; // 'Case'
 */
export const ACTIONS = [
  'case:read',
  'case:read-group',
  'case:create',
  'case:update',
  'case:transition',
  'case:record-fact',
  'case:export',
  'case:break-glass',
  'decision:read',
  'notice:read',
  'notice:serve',
  'fact:file-fear-claim',
  'fact:file-court-order',
  'clearance:approve',
  'liaison:decide',
  'person:read',
  'person:create',
  'person:update',
  'person:erase',
  'agreement:read',
  'agreement:write',
  'agreement:amend',
  'assurance:write',
  'payment:write',
  'ledger:read',
  'assessment:write',
  'transfer:read',
  'transfer:write',
  'manifest:lock',
  'transfer:depart',
  'transfer:confirm-arrival',
  'document:read',
  'document:upload',
  'document:search',
  'paragraph:read',
  'ruleset:read',
  'ruleset:write',
  'whatif:run',
  'audit:read',
  'audit:verify',
  'report:program',
  'user:admin',
  'token:admin',
  'config:admin',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Cedar entity types a resource can have (without the `Waypoint::` namespace). */
export const RESOURCE_TYPES = [
  'Case',
  'Person',
  'Agreement',
  'Country',
  'Transfer',
  'Document',
  'Paragraph',
  'DocumentIndex',
  'RuleSet',
  'AuditLog',
  'Report',
  'UserAdmin',
  'TokenAdmin',
  'Config',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** The one resource type each action applies to (mirrors `appliesTo` in the schema). */
export const ACTION_RESOURCE_TYPE: Readonly<Record<Action, ResourceType>> = {
  'case:read': 'Case',
  'case:read-group': 'Case',
  'case:create': 'Case',
  'case:update': 'Case',
  'case:transition': 'Case',
  'case:record-fact': 'Case',
  'case:export': 'Case',
  'case:break-glass': 'Case',
  'decision:read': 'Case',
  'notice:read': 'Case',
  'notice:serve': 'Case',
  'fact:file-fear-claim': 'Case',
  'fact:file-court-order': 'Case',
  'clearance:approve': 'Case',
  'liaison:decide': 'Case',
  'person:read': 'Person',
  'person:create': 'Person',
  'person:update': 'Person',
  'person:erase': 'Person',
  'agreement:read': 'Agreement',
  'agreement:write': 'Agreement',
  'agreement:amend': 'Agreement',
  'assurance:write': 'Agreement',
  'payment:write': 'Agreement',
  'ledger:read': 'Agreement',
  'assessment:write': 'Country',
  'transfer:read': 'Transfer',
  'transfer:write': 'Transfer',
  'manifest:lock': 'Transfer',
  'transfer:depart': 'Transfer',
  'transfer:confirm-arrival': 'Transfer',
  'document:read': 'Document',
  'document:upload': 'Document',
  'document:search': 'DocumentIndex',
  'paragraph:read': 'Paragraph',
  'ruleset:read': 'RuleSet',
  'ruleset:write': 'RuleSet',
  'whatif:run': 'RuleSet',
  'audit:read': 'AuditLog',
  'audit:verify': 'AuditLog',
  'report:program': 'Report',
  'user:admin': 'UserAdmin',
  'token:admin': 'TokenAdmin',
  'config:admin': 'Config',
};

/**
 * Actions that change state. They form the Cedar action group `write`, which
 * the oversight forbid targets: oversight "writes nothing", whatever else the
 * same account may hold.
 */
export const WRITE_ACTIONS = [
  'case:create',
  'case:update',
  'case:transition',
  'case:record-fact',
  'case:break-glass',
  'notice:serve',
  'fact:file-fear-claim',
  'fact:file-court-order',
  'clearance:approve',
  'liaison:decide',
  'person:create',
  'person:update',
  'person:erase',
  'agreement:write',
  'agreement:amend',
  'assurance:write',
  'payment:write',
  'assessment:write',
  'transfer:write',
  'manifest:lock',
  'transfer:depart',
  'transfer:confirm-arrival',
  'document:upload',
  'ruleset:write',
  'user:admin',
  'token:admin',
  'config:admin',
] as const satisfies readonly Action[];
export type WriteAction = (typeof WRITE_ACTIONS)[number];

/** Actions whose request must name who prepared the work (separation of duties). */
export const PREPARED_WORK_ACTIONS = ['clearance:approve', 'manifest:lock'] as const satisfies readonly Action[];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function isWriteAction(action: Action): action is WriteAction {
  return (WRITE_ACTIONS as readonly string[]).includes(action);
}

/** The actions that apply to a resource type, in ACTIONS order (the UI's candidate abilities). */
export function actionsForResourceType(type: ResourceType): readonly Action[] {
  return ACTIONS.filter((action) => ACTION_RESOURCE_TYPE[action] === type);
}
