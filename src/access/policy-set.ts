import { preparsePolicySet, preparseSchema, schemaToJson, validate } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTIONS } from '../core/access/actions.js';
import { AppError } from '../core/errors.js';
import { NAMESPACE } from './entities.js';
import type { PolicySources } from './policy-files.js';

/** Handles of a policy set and schema parsed once into the Cedar engine's cache. */
export interface PreparsedPolicySet {
  readonly policySetId: string;
  readonly schemaName: string;
  readonly policyIds: readonly string[];
}

/** Action ids that are groups, not requestable actions. */
const ACTION_GROUPS = new Set(['write']);

let preparsedCount = 0;

/**
 * Checks the sources (schema parses, its actions equal ACTIONS, every policy
 * validates in strict mode) and pre-parses them into the engine. Throws
 * `policy_invalid` naming the policy, its file and Cedar's message: start-up
 * refuses to serve with a policy that does not validate.
 *
 * @example
 *   const prepared = preparePolicySet(readPolicySources(SHIPPED_POLICY_DIR));
 */
export function preparePolicySet(sources: PolicySources): PreparsedPolicySet {
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

  // Ids are per process: the engine's cache is global, and tests build several authorizers.
  preparsedCount += 1;
  const policySetId = `waypoint-policies-${preparsedCount}`;
  const schemaName = `waypoint-schema-${preparsedCount}`;
  const schemaAnswer = preparseSchema(schemaName, sources.schema);
  if (schemaAnswer.type === 'failure') {
    throw new AppError('policy_invalid', `schema does not pre-parse: ${schemaAnswer.errors.map((e) => e.message).join('; ')}`);
  }
  const policyAnswer = preparsePolicySet(policySetId, { staticPolicies: { ...sources.policies } });
  if (policyAnswer.type === 'failure') {
    throw new AppError('policy_invalid', `policies do not pre-parse: ${policyAnswer.errors.map((e) => e.message).join('; ')}`);
  }
  return { policySetId, schemaName, policyIds: Object.keys(sources.policies).sort() };
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
