import { canonicalJson } from '../canonical-json.js';
import type { RuleSet } from './resolve-rule-set.js';

/**
 * The canonical JSON (RFC 8785) of a rule set; the IO layer hashes it with SHA-256 and stores the
 * hash in every decision. Warning: changing this format changes every rule-set hash; bump
 * `contentFormat` and keep the old form for replay if it must change.
 *
 * @example sha256Hex(ruleSetContent(resolveRuleSet('uk')))
 */
export function ruleSetContent(ruleSet: RuleSet): string {
  return canonicalJson({ contentFormat: 1, ...ruleSet });
}
