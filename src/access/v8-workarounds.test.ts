import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The built modules, as the server runs them (npm test builds first; see src/cli/cli.test.ts). */
const DIST = resolve(import.meta.dirname, '../../dist');
const module = (path: string): string => JSON.stringify(pathToFileURL(resolve(DIST, path)).href);

/**
 * The sequence that aborted Node 20 before v8-workarounds.ts: one authorizer that evaluates
 * every request in Cedar and one that remembers decisions, taking turns, so `decide` is
 * optimized on one path and deoptimized by the other (it aborted in the third phase with
 * 15,000 decisions per phase, five runs out of five). In vitest's own worker the transformed
 * code did not abort, so this runs the built code in a child process, where an abort is an
 * exit status instead of a lost worker.
 */
const SCRIPT = `
const { createAuthorizer } = await import(${module('access/authorizer.js')});
const { SAMPLE_PRINCIPALS, SAMPLE_RESOURCES, SAMPLE_PREPARER_ID } = await import(${module('access/sample-access.js')});
const { ACTIONS, ACTION_RESOURCE_TYPE, PREPARED_WORK_ACTIONS } = await import(${module('core/access/actions.js')});
const requests = [];
for (const principal of Object.values(SAMPLE_PRINCIPALS))
  for (const resource of Object.values(SAMPLE_RESOURCES))
    for (const action of ACTIONS.filter((a) => ACTION_RESOURCE_TYPE[a] === resource.type))
      requests.push([principal, action, resource,
        action === 'case:read-group' ? { group: 'identity' } : PREPARED_WORK_ACTIONS.includes(action) ? { preparedBy: SAMPLE_PREPARER_ID } : {}]);
const evaluating = await createAuthorizer({ decisionMemoSize: 0 });
const remembering = await createAuthorizer();
const allowed = [];
for (const authorizer of [evaluating, remembering, evaluating, remembering]) {
  let count = 0;
  for (let i = 0; i < 15000; i += 1) {
    const [principal, action, resource, context] = requests[i % requests.length];
    if (authorizer.decide(principal, action, resource, context).allowed) count += 1;
  }
  allowed.push(count);
}
console.log(JSON.stringify(allowed));
`;

describe('the V8 workaround for inlined WebAssembly calls', () => {
  it('keeps a process alive whose decisions alternate between evaluated and remembered paths', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8', timeout: 240_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const allowed = JSON.parse(child.stdout) as number[];
    // The same requests in the same order: every phase allows the same number, and some are allowed.
    expect(allowed).toHaveLength(4);
    expect(new Set(allowed).size).toBe(1);
    expect(allowed[0]).toBeGreaterThan(0);
  }, 300_000);
});
