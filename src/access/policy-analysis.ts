import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getCedarVersion, getValidRequestEnvsPolicy, schemaToJson, validate } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTIONS, type Action } from '../core/access/actions.js';
import { AppError } from '../core/errors.js';
import { sha256Hex } from '../audit/sha256.js';
import { attributeUseOf, roleGuardOf, type AttributeUse } from './policy-attributes.js';
import { NAMESPACE } from './entities.js';
import type { PolicySources } from './policy-files.js';

/**
 * What strict validation and the partition by action found for one set of policy sources: a pure
 * function of their text, the Cedar version and ACTIONS (policyAnalysisKey hashes all three).
 */
export interface PolicyAnalysis {
  /** action → ids of the policies whose scope admits it, for any role, sorted. */
  readonly policyIdsByAction: Readonly<Record<Action, readonly string[]>>;
  /** policy id → what it reads of principal and resource (attributeUseOf; unionOfAttributeUses combines them). */
  readonly attributeUseOfPolicy: Readonly<Record<string, AttributeUse>>;
  /** policy id → the role it is guarded by, or null (roleGuardOf). */
  readonly roleGuardOfPolicy: Readonly<Record<string, string | null>>;
}

/**
 * The committed analysis of the shipped policies (`npm run policies:analyse` writes it;
 * policy-analysis-file.test.ts fails when it is stale). Read from src/ in every mode, like the
 * policies themselves (SHIPPED_POLICY_DIR).
 */
export const SHIPPED_POLICY_ANALYSIS_PATH: string = fileURLToPath(new URL('../../src/access/shipped-policy-analysis.json', import.meta.url));

/**
 * The key an analysis is valid for: SHA-256 over the Cedar version, ACTIONS, the schema and every
 * policy by id. Any edit of a policy file, a Cedar upgrade or a new action gives a new key. A change
 * to the analysing code itself (roleGuardOf, attributeUseOf) does not: policy-analysis-file.test.ts
 * recomputes the file with the current code and fails until it is regenerated.
 */
export function policyAnalysisKey(sources: PolicySources): string {
  const policies = Object.entries(sources.policies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(JSON.stringify([getCedarVersion(), ACTIONS, sources.schema, policies]));
}

/**
 * Validates the policies against the schema in strict mode and partitions them by action. Throws
 * `policy_invalid` naming each failing policy and its file. Costs ~1–2.5 s on this host (strict
 * validation ~0.5 s; getValidRequestEnvsPolicy re-parses the schema for each policy, ~0.65 s;
 * role guard and attribute walk parse each policy once more).
 */
export function computePolicyAnalysis(sources: PolicySources): PolicyAnalysis {
  checkSchemaActions(sources.schema);
  const answer = validate({
    schema: sources.schema,
    policies: { staticPolicies: { ...sources.policies } },
    validationSettings: { mode: 'strict' },
  });
  if (answer.type === 'failure') {
    throw new AppError('policy_invalid', `policies do not validate: ${answer.errors.map((e) => e.message).join('; ')}`, {
      errors: answer.errors.map((e) => e.message),
    });
  }
  if (answer.validationErrors.length > 0) {
    const errors = answer.validationErrors.map((e) => ({
      policyId: e.policyId,
      file: sources.fileOf[e.policyId] ?? null,
      message: e.error.message,
    }));
    const summary = errors.map((e) => `${e.policyId} (${e.file ?? '?'}): ${e.message}`).join('; ');
    throw new AppError('policy_invalid', `policies do not validate against the schema in strict mode: ${summary}`, { errors });
  }
  const attributeUseOfPolicy: Record<string, AttributeUse> = {};
  const roleGuardOfPolicy: Record<string, string | null> = {};
  for (const [id, text] of Object.entries(sources.policies)) {
    attributeUseOfPolicy[id] = attributeUseOf([text]);
    roleGuardOfPolicy[id] = roleGuardOf(text);
  }
  return { policyIdsByAction: partitionByAction(sources), attributeUseOfPolicy, roleGuardOfPolicy };
}

/** The committed file's text for an analysis: actions in ACTIONS order, policies by id. */
export function renderPolicyAnalysis(key: string, analysis: PolicyAnalysis): string {
  const policies = Object.fromEntries(
    Object.keys(analysis.attributeUseOfPolicy)
      .sort()
      .map((id) => {
        const use = analysis.attributeUseOfPolicy[id] as AttributeUse;
        const entry: PolicyAnalysisJson = {
          roleGuard: analysis.roleGuardOfPolicy[id] ?? null,
          principal: use.principal === null ? null : [...use.principal].sort(),
          resource: use.resource === null ? null : [...use.resource].sort(),
        };
        return [id, entry];
      }),
  );
  const actions = Object.fromEntries(ACTIONS.map((action) => [action, analysis.policyIdsByAction[action]]));
  const json: AnalysisFile = { comment: FILE_COMMENT, key, actions, policies };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The committed analysis when it was made for exactly these sources (same key), else null. Why
 * it may be trusted without validating again: the key covers every byte that validation and the
 * partition read, the file lives with the code (not in an operator's policy folder) and the test
 * recomputes it. A missing, unreadable or malformed file, or one that does not cover exactly the
 * sources' policies, is ignored: the caller validates as if there were none.
 */
export function shippedPolicyAnalysis(key: string, sources: PolicySources, path: string = SHIPPED_POLICY_ANALYSIS_PATH): PolicyAnalysis | null {
  const file = readAnalysisFile(path);
  if (file === null || file.key !== key) return null;
  const ids = Object.keys(sources.policies);
  if (ids.length !== Object.keys(file.policies).length) return null;
  const attributeUseOfPolicy: Record<string, AttributeUse> = {};
  const roleGuardOfPolicy: Record<string, string | null> = {};
  for (const id of ids) {
    const entry = file.policies[id];
    if (entry === undefined) return null;
    attributeUseOfPolicy[id] = {
      principal: entry.principal === null ? null : new Set(entry.principal),
      resource: entry.resource === null ? null : new Set(entry.resource),
      principalIdentity: entry.principal === null,
      resourceIdentity: entry.resource === null,
    };
    roleGuardOfPolicy[id] = entry.roleGuard;
  }
  const policyIdsByAction = {} as Record<Action, readonly string[]>;
  for (const action of ACTIONS) {
    const policyIds = file.actions[action];
    if (policyIds === undefined || !policyIds.every((id) => Object.hasOwn(sources.policies, id))) return null;
    policyIdsByAction[action] = policyIds;
  }
  return { policyIdsByAction, attributeUseOfPolicy, roleGuardOfPolicy };
}

interface AnalysisFile {
  readonly comment: string;
  readonly key: string;
  readonly actions: Readonly<Record<string, readonly string[] | undefined>>;
  readonly policies: Readonly<Record<string, PolicyAnalysisJson | undefined>>;
}

interface PolicyAnalysisJson {
  readonly roleGuard: string | null;
  /** Attributes read of the principal; null: used whole (identity too). */
  readonly principal: readonly string[] | null;
  readonly resource: readonly string[] | null;
}

/** Action ids that are groups, not requestable actions. */
const ACTION_GROUPS = new Set(['write']);

const FILE_COMMENT = 'Generated by `npm run policies:analyse` from src/access/policies; used only while its key matches the sources.';

function readAnalysisFile(path: string): AnalysisFile | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  return isAnalysisFile(parsed) ? parsed : null;
}

function isAnalysisFile(value: unknown): value is AnalysisFile {
  if (typeof value !== 'object' || value === null) return false;
  const { key, actions, policies } = value as { key?: unknown; actions?: unknown; policies?: unknown };
  if (typeof key !== 'string' || typeof actions !== 'object' || actions === null || typeof policies !== 'object' || policies === null) return false;
  return Object.values(actions).every(isStringList) && Object.values(policies).every(isPolicyAnalysis);
}

function isPolicyAnalysis(value: unknown): value is PolicyAnalysisJson {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const roleGuard = entry['roleGuard'];
  return (roleGuard === null || typeof roleGuard === 'string') && (entry['principal'] === null || isStringList(entry['principal'])) && (entry['resource'] === null || isStringList(entry['resource']));
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** For each action, the policies whose valid request environments include it. */
function partitionByAction(sources: PolicySources): Record<Action, string[]> {
  const byAction = Object.fromEntries(ACTIONS.map((action) => [action, [] as string[]])) as Record<Action, string[]>;
  for (const [id, text] of Object.entries(sources.policies)) {
    const envs = getValidRequestEnvsPolicy(text, sources.schema);
    // A policy whose environments cannot be computed goes everywhere: slower, never wrong.
    const actions: readonly Action[] = envs.type === 'success' ? envs.actions.map(actionIdOf).filter(isKnownAction) : ACTIONS;
    for (const action of actions) byAction[action].push(id);
  }
  for (const action of ACTIONS) byAction[action].sort();
  return byAction;
}

/** `Waypoint::Action::"case:read"` → `case:read`. */
function actionIdOf(uid: string): string {
  const match = /::"((?:[^"\\]|\\.)*)"$/.exec(uid);
  return match?.[1] ?? uid;
}

function isKnownAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** The schema must declare exactly the actions of src/core/access/actions.ts. */
function checkSchemaActions(schema: string): void {
  const json = schemaToJson(schema);
  if (json.type === 'failure') {
    throw new AppError('policy_invalid', `schema does not parse: ${json.errors.map((e) => e.message).join('; ')}`, {
      errors: json.errors.map((e) => e.message),
    });
  }
  const declared = Object.keys(json.json[NAMESPACE]?.actions ?? {}).filter((id) => !ACTION_GROUPS.has(id));
  const expected = new Set<string>(ACTIONS);
  const missing = ACTIONS.filter((action) => !declared.includes(action));
  const unknown = declared.filter((action) => !expected.has(action));
  if (missing.length > 0 || unknown.length > 0) {
    throw new AppError('policy_invalid', `schema actions differ from ACTIONS: missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`, {
      missing,
      unknown,
    });
  }
}
