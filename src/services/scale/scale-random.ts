/**
 * A small deterministic pseudo-random source (mulberry32) for synthetic data:
 * the same seed gives the same people and cases, so a benchmark run can be
 * repeated on the same shape of data. Not for anything secret.
 *
 * @example const random = new ScaleRandom(42); random.pick(['RW', 'SZ']); random.chance(0.1)
 */
export class ScaleRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(values: readonly T[]): T {
    const value = values[Math.floor(this.next() * values.length)];
    if (value === undefined) throw new RangeError('pick from an empty list');
    return value;
  }

  /** 64 hex characters (a stand-in for a document's SHA-256). */
  hex64(): string {
    let out = '';
    for (let i = 0; i < 8; i += 1) out += Math.floor(this.next() * 4_294_967_296).toString(16).padStart(8, '0');
    return out;
  }
}
