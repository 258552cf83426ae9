/**
 * The engines' pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018) in 32-bit integer
 * math, which V8 runs without allocating or leaving Smi/int32 fast paths. Period 2^128 − 1,
 * passes BigCrush; four words of state, so one generator per (replication, purpose, channel) is
 * cheap. Never seeded from the clock: see `streams.ts` for how a state is derived from a seed.
 */
/** The generator's whole state (a replication's snapshot copies it). */
export const RNG_STATE = ['s0', 's1', 's2', 's3'] as const;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Four 32-bit words of state; an all-zero state is the one forbidden state, replaced here. */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9 | 0;
  }

  /** Next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const s1 = this.s1;
    // result = rotl(s1 * 5, 7) * 9
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /**
   * Uniform in the open interval (0, 1): the 32 bits plus one half, over 2^32. Never 0 and never
   * 1, so `-log(u)` and `log(1 − u)` are always finite; 32 bits of resolution are far finer than
   * any handle time or patience the engines need.
   */
  next(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Replaces the state (a stream re-seeded for a new day: streams.ts); all-zero is replaced as in the constructor. */
  reseed(s0: number, s1: number, s2: number, s3: number): void {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 0x9e3779b9 | 0;
  }

  /** A copy with the same state (for tests and for replaying a stream). */
  clone(): Rng {
    return new Rng(this.s0, this.s1, this.s2, this.s3);
  }
}
