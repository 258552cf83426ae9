/**
 * Samplers for handle times and patience (MODEL.md, "Channels"): exponential, lognormal given
 * its mean and coefficient of variation, and fixed. Each draws from the generator it is given,
 * so the caller decides which stream a number comes from.
 */
import type { Distribution } from '../../scenario/schema';
import type { Rng } from './rng';

/** A compiled sampler: call it with a stream, get a positive finite number of seconds. */
export type Sampler = (rng: Rng) => number;

/** Exponential with the given mean, by inversion (one uniform per draw, reproducible order). */
export function sampleExponential(rng: Rng, mean: number): number {
  return -mean * Math.log(rng.next());
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

/** Builds the sampler of a distribution once, outside the hot loop. */
export function makeSampler(dist: Distribution): Sampler {
  switch (dist.dist) {
    case 'exponential': {
      const mean = dist.mean;
      return (rng) => -mean * Math.log(rng.next());
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(dist.mean, dist.cv);
      return (rng) => Math.exp(mu + sigma * sampleStandardNormal(rng));
    }
    case 'fixed': {
      const mean = dist.mean;
      // A fixed value still consumes one draw, so switching a channel between fixed and
      // exponential keeps the other draws of the same stream aligned.
      return (rng) => {
        rng.nextUint32();
        return mean;
      };
    }
  }
}
