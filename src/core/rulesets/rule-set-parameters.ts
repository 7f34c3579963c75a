import { AppError } from '../errors.js';
import type { SafeguardId } from '../safeguards/safeguard-ids.js';
import { SAFEGUARDS } from '../safeguards/catalogue.js';

/**
 * Fills defaults and checks every value against its declared range.
 * Throws AppError `parameter_out_of_range` (details: safeguardId, parameter, value, min, max) for a
 * value outside the range, not an integer, or a name the safeguard does not declare.
 *
 * @example resolveParameters('US-NOTICE-ICE-2025', { noticeHours: 48 }) // { noticeHours: 48, exigentNoticeHours: 6 }
 */
export function resolveParameters(safeguardId: SafeguardId, values: Readonly<Record<string, number>>): Record<string, number> {
  const specs = SAFEGUARDS[safeguardId].parameters;
  for (const name of Object.keys(values)) {
    if (!specs.some((spec) => spec.name === name)) {
      throw new AppError('parameter_out_of_range', `${safeguardId} has no parameter ${name}`, { safeguardId, parameter: name, declared: specs.map((s) => s.name) });
    }
  }
  const resolved: Record<string, number> = {};
  for (const spec of specs) {
    const value = values[spec.name] ?? spec.default;
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      throw new AppError(
        'parameter_out_of_range',
        `${safeguardId}.${spec.name} = ${value} is outside ${spec.min}..${spec.max} ${spec.unit}`,
        { safeguardId, parameter: spec.name, value, min: spec.min, max: spec.max, unit: spec.unit },
        `${spec.name} must be a whole number from ${spec.min} to ${spec.max} ${spec.unit}.`,
      );
    }
    resolved[spec.name] = value;
  }
  return resolved;
}

/** The more protective of two values of one parameter (used when profiles are combined). */
export function moreProtective(safeguardId: SafeguardId, parameter: string, a: number, b: number): number {
  const spec = SAFEGUARDS[safeguardId].parameters.find((s) => s.name === parameter);
  return spec?.protective === 'lower' ? Math.min(a, b) : Math.max(a, b);
}
