import type { Instant } from '../time.js';
import type { TransitionName } from '../workflow/transitions.js';
import type { CaseFacts } from './case-facts.js';
import type { SafeguardId } from './safeguard-ids.js';

export type Jurisdiction = 'US' | 'UK' | 'INTL' | 'PROGRAM';

export interface Citation {
  readonly instrument: string;
  readonly pinpoint: string;
  readonly url: string | null;
  /** false where the catalogue marks the source [verify]: rests on secondary reporting. */
  readonly verified: boolean;
  readonly note: string | null;
}

export interface ParameterSpec {
  readonly name: string;
  readonly description: string;
  readonly unit: 'hours' | 'days' | 'years';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Which direction protects the person more (rule-set combination keeps the more protective value). */
  readonly protective: 'higher' | 'lower';
}

export type SafeguardOutcome = 'pass' | 'block' | 'pending';

/** What one safeguard concludes. `pending` only when time alone cures it, with the instant it passes. */
export type SafeguardResult =
  | { readonly outcome: 'pass'; readonly reason: string }
  | { readonly outcome: 'block'; readonly reason: string }
  | { readonly outcome: 'pending'; readonly reason: string; readonly earliestPassAt: Instant };

export interface SafeguardContext<P extends string = string> {
  readonly facts: CaseFacts;
  readonly parameters: Readonly<Record<P, number>>;
  readonly at: Instant;
  readonly transition: TransitionName;
}

/** A safeguard: metadata plus one pure predicate. Never reads the clock; `at` is given. */
export interface Safeguard<P extends string = string> {
  readonly id: SafeguardId;
  readonly title: string;
  readonly jurisdiction: Jurisdiction;
  readonly citations: readonly Citation[];
  /** The rule is law only inside [effectiveFrom, effectiveTo); outside, it is reported as not in force. */
  readonly effectiveFrom: Instant | null;
  readonly effectiveTo: Instant | null;
  readonly parameters: readonly (ParameterSpec & { readonly name: P })[];
  evaluate(context: SafeguardContext<P>): SafeguardResult;
}

export function pass(reason: string): SafeguardResult {
  return { outcome: 'pass', reason };
}

export function block(reason: string): SafeguardResult {
  return { outcome: 'block', reason };
}

export function pendingUntil(earliestPassAt: Instant, reason: string): SafeguardResult {
  return { outcome: 'pending', reason, earliestPassAt };
}

export function cite(instrument: string, pinpoint: string, options: { url?: string; verified?: boolean; note?: string } = {}): Citation {
  return { instrument, pinpoint, url: options.url ?? null, verified: options.verified ?? true, note: options.note ?? null };
}
