import { writeFile } from 'node:fs/promises';
import { computePolicyAnalysis, policyAnalysisKey, renderPolicyAnalysis, SHIPPED_POLICY_ANALYSIS_PATH } from './policy-analysis.js';
import { readPolicySources, SHIPPED_POLICY_DIR } from './policy-files.js';

// `npm run policies:analyse`: validates the shipped policies and records their partition by action,
// so that a server or CLI process does not redo it at every start (see shippedPolicyAnalysis).
const sources = readPolicySources(SHIPPED_POLICY_DIR);
await writeFile(SHIPPED_POLICY_ANALYSIS_PATH, renderPolicyAnalysis(policyAnalysisKey(sources), computePolicyAnalysis(sources)));
process.stdout.write(`wrote ${SHIPPED_POLICY_ANALYSIS_PATH}\n`);
