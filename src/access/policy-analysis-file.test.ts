import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computePolicyAnalysis,
  policyAnalysisKey,
  renderPolicyAnalysis,
  SHIPPED_POLICY_ANALYSIS_PATH,
  shippedPolicyAnalysis,
} from './policy-analysis.js';
import { readPolicySources, SHIPPED_POLICY_DIR } from './policy-files.js';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fileWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-analysis-'));
  tempDirs.push(dir);
  const path = join(dir, 'analysis.json');
  writeFileSync(path, text);
  return path;
}

describe('committed analysis of the shipped policies', () => {
  const sources = readPolicySources(SHIPPED_POLICY_DIR);
  const key = policyAnalysisKey(sources);
  const computed = computePolicyAnalysis(sources);

  it('equals a fresh strict validation and partition (run `npm run policies:analyse` when this fails)', async () => {
    expect(await readFile(SHIPPED_POLICY_ANALYSIS_PATH, 'utf8')).toBe(renderPolicyAnalysis(key, computed));
  });

  it('is read back as the same analysis', () => {
    expect(shippedPolicyAnalysis(key, sources)).toEqual(computed);
  });

  it('is not used for other sources: one edited policy, or the same text under another Cedar schema, gives another key', () => {
    const [firstId, firstText] = Object.entries(sources.policies)[0] ?? ['', ''];
    const edited = { ...sources, policies: { ...sources.policies, [firstId]: `${firstText}\n` } };
    expect(policyAnalysisKey(edited)).not.toBe(key);
    expect(shippedPolicyAnalysis(policyAnalysisKey(edited), edited)).toBeNull();
    const otherSchema = { ...sources, schema: `${sources.schema}\n` };
    expect(shippedPolicyAnalysis(policyAnalysisKey(otherSchema), otherSchema)).toBeNull();
  });

  it('is ignored when missing, malformed, or naming a policy the sources do not hold', () => {
    expect(shippedPolicyAnalysis(key, sources, join(tmpdir(), 'no-such-waypoint-analysis.json'))).toBeNull();
    expect(shippedPolicyAnalysis(key, sources, fileWith('{"key": 1}'))).toBeNull();
    expect(shippedPolicyAnalysis(key, sources, fileWith('not json'))).toBeNull();
    const { ['role-admin-system']: _dropped, ...fewer } = sources.policies;
    expect(shippedPolicyAnalysis(key, { ...sources, policies: fewer })).toBeNull();
  });
});
