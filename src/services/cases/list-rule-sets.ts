import type { Principal } from '../../core/principal.js';
import { DEFAULT_RULE_SET_ID } from '../../core/rulesets/profiles.js';
import { listRuleSetProfiles, resolveRuleSet, type RuleSet } from '../../core/rulesets/resolve-rule-set.js';
import { safeguardCatalogue, type SafeguardCatalogueEntry } from '../../core/safeguards/catalogue.js';
import type { ServiceContext } from '../context.js';
import { ruleSetHash } from './rule-set-hash.js';

export interface RuleSetSummary {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  /** SHA-256 of the resolved rule set's canonical content: the hash decisions store. */
  readonly contentHash: string;
  readonly safeguards: RuleSet['safeguards'];
}

/**
 * Every rule-set profile (resolved, with its content hash), the default combination, and the
 * safeguard catalogue with citations, parameters and verified flags.
 *
 * @example (await listRuleSets(ctx, principal)).profiles.map((p) => p.id)
 */
export function listRuleSets(_ctx: ServiceContext, _principal: Principal): RuleSetListing {
  return ruleSetListing();
}

export interface RuleSetListing {
  readonly defaultRuleSetId: string;
  readonly profiles: readonly RuleSetSummary[];
  readonly safeguards: readonly SafeguardCatalogueEntry[];
}

/** The listing without a caller (the CLI prints it offline). */
export function ruleSetListing(): RuleSetListing {
  const profiles = [...listRuleSetProfiles(), { id: DEFAULT_RULE_SET_ID }].map((profile) => {
    const resolved = resolveRuleSet(profile.id);
    const source = listRuleSetProfiles().find((p) => p.id === profile.id);
    return {
      id: resolved.id,
      version: source?.version ?? 1,
      title: resolved.title,
      description: source?.description ?? 'The default for a new program: the most protective combination.',
      effectiveFrom: resolved.effectiveFrom,
      effectiveTo: resolved.effectiveTo,
      contentHash: ruleSetHash(resolved),
      safeguards: resolved.safeguards,
    };
  });
  return { defaultRuleSetId: DEFAULT_RULE_SET_ID, profiles, safeguards: safeguardCatalogue() };
}
