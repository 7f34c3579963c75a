/**
 * The median of a list of numbers; null for an empty list. With an even count
 * it is the mean of the two middle values.
 *
 * @example medianOf([3, 1, 10, 4]) === 3.5
 */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
