import { sha256Hex } from '../../audit/sha256.js';
import type { RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { ruleSetContent } from '../../core/rulesets/rule-set-content.js';

/**
 * The content hash stored in every decision: SHA-256 of the rule set's canonical JSON.
 *
 * @example ruleSetHash(resolveRuleSet('uk')) // 64 hex characters
 */
export function ruleSetHash(ruleSet: RuleSet): string {
  return sha256Hex(ruleSetContent(ruleSet));
}
