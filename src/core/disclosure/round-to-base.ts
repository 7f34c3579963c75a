/**
 * Conventional rounding to the nearest multiple of `base`, halves upward, in
 * integer arithmetic. Applied independently to every published cell and every
 * published total (never by summing rounded cells), so a rounded total is a
 * function of the true total alone.
 *
 * @example roundToBase(7, 5) === 5; roundToBase(8, 5) === 10; roundToBase(15, 10) === 20
 */
export function roundToBase(value: number, base: number): number {
  return Math.floor((2 * value + base) / (2 * base)) * base;
}
