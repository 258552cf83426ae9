/**
 * Seed derivation: every random stream's state is a hash of (seed, replication, purpose,
 * channel), so streams never overlap in practice and one channel's numbers do not move when
 * another channel changes (common random numbers across strategies and scenarios).
 *
 * The mixing is splitmix32's finaliser (the 32-bit variant of Steele, Lea & Flood's SplitMix
 * finaliser, constants from Mulberry/"lowbias32" by C. Wellons), chained over the key words.
 */

/** A strong 32-bit avalanche: every input bit flips about half of the output bits. */
export function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Hashes a list of integers into one 32-bit word. Each word is first reduced to 32 bits, and the
 * high part of numbers above 2^32 (a seed typed as a large integer) is folded in as its own word,
 * so `seed = 1` and `seed = 2^32 + 1` differ.
 */
export function hashWords(words: readonly number[]): number {
  let h = 0x6a09e667;
  for (const w of words) {
    const lo = w >>> 0;
    const hi = Math.floor(Math.abs(w) / 4294967296) >>> 0;
    h = mix32(h ^ lo) + 0x9e3779b9;
    if (hi !== 0 || w < 0) h = mix32(h ^ hi ^ (w < 0 ? 0x80000000 : 0)) + 0x9e3779b9;
  }
  return mix32(h);
}

/**
 * Four state words from one key: splitmix32 stepping (add the golden-ratio increment, then mix),
 * the seeding that xoshiro's authors recommend so that nearby keys give unrelated states.
 */
export function expandSeed(key: number): [number, number, number, number] {
  let x = key >>> 0;
  const out: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    out[i] = mix32(x);
  }
  return out;
}
