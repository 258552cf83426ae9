/**
 * Samplers for handle times and patience (docs/model.md, "Channels"): exponential, lognormal given
 * its mean and coefficient of variation, and fixed. Each draws from the generator it is given,
 * so the caller decides which stream a number comes from.
 */
import type { Distribution } from '../../scenario/schema';
import type { Rng } from './rng';
import { standardExponential } from './ziggurat';

/** A compiled sampler: call it with a stream, get a positive finite number of seconds. */
export type Sampler = (rng: Rng) => number;

/** Exponential with the given mean, by the ziggurat (ziggurat.ts; one word per draw in 99% of draws). */
export function sampleExponential(rng: Rng, mean: number): number {
  return mean * standardExponential(rng);
}

/**
 * A standard normal by Box–Muller, using two uniforms per draw and discarding the second
 * normal: simpler and order-stable (a cached spare would make a draw depend on the previous
 * call's parity), at a cost that matters only for lognormal channels.
 */
export function sampleStandardNormal(rng: Rng): number {
  const u1 = rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Lognormal parameters from the mean m and the coefficient of variation cv of the variable:
 * σ² = ln(1 + cv²), μ = ln m − σ²/2, so that E[X] = m and sd(X) = cv·m.
 */
export function lognormalParameters(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** Distribution codes of a SamplerTable. */
const EXPONENTIAL = 0;
const LOGNORMAL = 1;
const FIXED = 2;
/** An entry with no distribution (a channel whose contacts never abandon). */
const NONE = 3;

/**
 * Several distributions (one per channel) compiled once into typed arrays and drawn by one
 * method. The engine's hot loop calls `draw` from one call site whatever mix of distributions a
 * scenario has, so V8 keeps it monomorphic and inlines it; an array of closures made the call
 * polymorphic as soon as a worker had run scenarios with different distributions.
 */
export class SamplerTable {
  private readonly kind: Uint8Array;
  /** Exponential and fixed: the mean. Lognormal: μ. */
  private readonly a: Float64Array;
  /** Lognormal: σ. */
  private readonly b: Float64Array;

  constructor(dists: readonly (Distribution | null)[]) {
    const n = dists.length;
    this.kind = new Uint8Array(n).fill(NONE);
    this.a = new Float64Array(n);
    this.b = new Float64Array(n);
    dists.forEach((d, i) => {
      if (d === null) return;
      switch (d.dist) {
        case 'exponential': this.kind[i] = EXPONENTIAL; this.a[i] = d.mean; break;
        case 'lognormal': {
          const { mu, sigma } = lognormalParameters(d.mean, d.cv);
          this.kind[i] = LOGNORMAL; this.a[i] = mu; this.b[i] = sigma;
          break;
        }
        case 'fixed': this.kind[i] = FIXED; this.a[i] = d.mean; break;
      }
    });
  }

  /** Whether entry i has a distribution. */
  has(i: number): boolean {
    return this.kind[i] !== NONE;
  }

  /** A draw of entry i's distribution from `rng` (entry i must have one). */
  draw(i: number, rng: Rng): number {
    const k = this.kind[i];
    if (k === EXPONENTIAL) return this.a[i] * standardExponential(rng);
    if (k === LOGNORMAL) return Math.exp(this.a[i] + this.b[i] * sampleStandardNormal(rng));
    // A fixed value still consumes one draw, as an exponential does 99% of the time, so
    // switching a channel between fixed and exponential keeps most draws of the stream aligned.
    rng.nextUint32();
    return this.a[i];
  }
}

/** Builds the sampler of a distribution once, outside the hot loop (a one-entry SamplerTable). */
export function makeSampler(dist: Distribution): Sampler {
  const table = new SamplerTable([dist]);
  return (rng) => table.draw(0, rng);
}
