/** A small seeded PRNG (mulberry32) so property-style loops are random but reproducible. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/** Code points a random text draws from: ASCII, Swedish letters, combining marks, CJK, emoji, edges. */
const POOLS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xc4, 0xd6],
  [0xe4, 0xf6],
  [0x300, 0x36f],
  [0x4e00, 0x4fff],
  [0x1f300, 0x1f64f],
  [0x80, 0x7ff],
  [0x800, 0xd7ff],
  [0xe000, 0xffff],
  [0x10000, 0x10ffff],
];
const EDGES = [0x00, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0xe5, 0xc5, 0xf6];

/** A random string of valid Unicode scalar values (never a lone surrogate). */
export function randomText(random: Random, maxLength: number): string {
  const length = random.int(0, maxLength);
  let text = '';
  for (let i = 0; i < length; i++) {
    if (random.next() < 0.1) {
      text += String.fromCodePoint(random.pick(EDGES));
    } else {
      const [low, high] = random.pick(POOLS);
      text += String.fromCodePoint(random.int(low, high));
    }
  }
  return text;
}
