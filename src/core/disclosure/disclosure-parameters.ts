import { AppError } from '../errors.js';

/** Options a caller may pass to protectTable. */
export interface DisclosureOptions {
  /** Smallest count published as is; non-zero counts below it are suppressed. Default 5, minimum 3. */
  readonly threshold?: number;
  /** Round every published value (cells and totals independently) to a multiple of `base`. */
  readonly rounding?: { readonly base: number };
}

/**
 * The resolved parameters, stated in the report and stored with each release.
 * WARNING: stored JSON shape of report releases; change only additively.
 */
export interface DisclosureParameters {
  readonly threshold: number;
  /** null when values are published unrounded. */
  readonly roundingBase: number | null;
}

export const DEFAULT_DISCLOSURE_THRESHOLD = 5;
/** Below 3 a published cell can single out one or two people; the issue refuses it. */
export const MINIMUM_DISCLOSURE_THRESHOLD = 3;
export const MAXIMUM_ROUNDING_BASE = 1000;

/**
 * Applies defaults and refuses unsafe or nonsensical parameters.
 * Throws `threshold_too_low` for a threshold below 3 and `validation_failed`
 * for a non-integer threshold or a rounding base that is not an integer in 1..1000.
 *
 * @example resolveDisclosureParameters({ rounding: { base: 5 } }) // { threshold: 5, roundingBase: 5 }
 */
export function resolveDisclosureParameters(options: DisclosureOptions = {}): DisclosureParameters {
  const threshold = options.threshold ?? DEFAULT_DISCLOSURE_THRESHOLD;
  if (!Number.isSafeInteger(threshold)) {
    throw new AppError('validation_failed', `threshold ${String(threshold)} is not an integer`, { threshold });
  }
  if (threshold < MINIMUM_DISCLOSURE_THRESHOLD) {
    throw new AppError(
      'threshold_too_low',
      `threshold ${String(threshold)} is below ${String(MINIMUM_DISCLOSURE_THRESHOLD)}`,
      { threshold, minimum: MINIMUM_DISCLOSURE_THRESHOLD },
      `A disclosure threshold below ${String(MINIMUM_DISCLOSURE_THRESHOLD)} is too revealing and is refused.`,
    );
  }
  const base = options.rounding?.base;
  if (base !== undefined && (!Number.isSafeInteger(base) || base < 1 || base > MAXIMUM_ROUNDING_BASE)) {
    throw new AppError('validation_failed', `rounding base ${String(base)} is not an integer in 1..1000`, { base });
  }
  return { threshold, roundingBase: base ?? null };
}
