import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policySetTextToParts, policyToJson } from '@cedar-policy/cedar-wasm/nodejs';
import { AppError } from '../core/errors.js';

/**
 * Where the shipped policies live. tsc does not copy `.cedar` files into
 * dist, so both src/access/*.ts (vitest) and dist/access/*.js (built) resolve
 * the same source folder, two levels up from their own directory. The
 * policies are therefore read from `src/access/policies/` of the package in
 * every mode: one copy, nothing to keep in sync.
 */
export const SHIPPED_POLICY_DIR: string = fileURLToPath(new URL('../../src/access/policies/', import.meta.url));

export const SCHEMA_FILE_NAME = 'waypoint.cedarschema';

/** The policies of a folder, keyed by their `@id`, and the schema text. */
export interface PolicySources {
  readonly schema: string;
  /** policy id → Cedar text of that one policy. */
  readonly policies: Readonly<Record<string, string>>;
  /** policy id → file it came from (for error messages). */
  readonly fileOf: Readonly<Record<string, string>>;
}

/**
 * Reads every `*.cedar` file and the schema of a folder. Each policy must carry
 * a unique `@id("...")` annotation: decisions and audit entries name policies
 * by that id, so an unnamed or duplicated one is refused.
 *
 * @example
 *   const sources = readPolicySources(SHIPPED_POLICY_DIR);
 *   Object.keys(sources.policies); // ['baseline-inactive-user-denied', ...]
 */
export function readPolicySources(dir: string): PolicySources {
  const fileNames = listDir(dir);
  if (!fileNames.includes(SCHEMA_FILE_NAME)) {
    throw new AppError('policy_invalid', `policy schema ${SCHEMA_FILE_NAME} not found in ${dir}`, { dir });
  }
  const schema = readFileSync(join(dir, SCHEMA_FILE_NAME), 'utf8');
  const policies: Record<string, string> = {};
  const fileOf: Record<string, string> = {};
  const cedarFiles = fileNames.filter((name) => name.endsWith('.cedar')).sort();
  if (cedarFiles.length === 0) {
    throw new AppError('policy_invalid', `no .cedar policy files in ${dir}`, { dir });
  }
  for (const file of cedarFiles) {
    for (const text of splitPolicies(file, readFileSync(join(dir, file), 'utf8'))) {
      const id = policyIdOf(file, text);
      const previous = fileOf[id];
      if (previous !== undefined) {
        throw new AppError('policy_invalid', `policy id ${id} in ${file} is also used in ${previous}`, { file, policyId: id });
      }
      policies[id] = text;
      fileOf[id] = file;
    }
  }
  return { schema, policies, fileOf };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    throw new AppError('policy_invalid', `cannot read policy folder ${dir}: ${String(error)}`, { dir });
  }
}

function splitPolicies(file: string, text: string): string[] {
  const parts = policySetTextToParts(text);
  if (parts.type === 'failure') {
    throw new AppError('policy_invalid', `${file} does not parse: ${parts.errors.map((e) => e.message).join('; ')}`, {
      file,
      errors: parts.errors.map((e) => e.message),
    });
  }
  if (parts.policy_templates.length > 0) {
    throw new AppError('policy_invalid', `${file} contains templates; Waypoint ships static policies only`, { file });
  }
  return parts.policies;
}

function policyIdOf(file: string, policyText: string): string {
  const json = policyToJson(policyText);
  const id = json.type === 'success' ? json.json.annotations?.['id'] : undefined;
  if (id === undefined || id === '') {
    throw new AppError('policy_invalid', `a policy in ${file} has no @id("...") annotation`, { file, policy: policyText.slice(0, 200) });
  }
  return id;
}
