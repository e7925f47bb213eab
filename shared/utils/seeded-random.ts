/**
 * The one seeded random generator (demo data, the call simulator, the tests that replay random
 * orders): the same seed gives the same numbers on every machine, so a run can be replayed.
 * mulberry32: 32 bits of state, a good enough spread for test and demo data, and tiny. Pure: no
 * platform randomness, nothing imported.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SeededRandom {
  private readonly step: () => number;

  constructor(seed: number) {
    this.step = mulberry32(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.step();
  }

  /** A float in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.step() * (max - min);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.step() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.step() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.step() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(count, copy.length));
  }

  /** `count` digits as a string, leading zeros allowed. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i += 1) out += String(this.int(0, 9));
    return out;
  }

  /** A new generator derived from this one: lets one part of the data change without reshuffling the rest. */
  fork(): SeededRandom {
    return new SeededRandom(Math.floor(this.step() * 4294967296));
  }
}
