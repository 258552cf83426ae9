/**
 * Named random streams: one generator per (seed, replication, purpose, channel). Two strategies
 * run on the same scenario with the same seed see the same arrivals, handle times and patience
 * draws for every channel (common random numbers), and adding a channel does not shift the
 * numbers of the others.
 */
import { Rng } from './rng';
import { expandSeed, hashWords } from './seed';

/** What a stream is used for. Values are part of the seeding: never renumber, only append. */
export const Purpose = {
  arrivals: 1,
  handleTimes: 2,
  patience: 3,
  routing: 4,
  repeats: 5,
  retrials: 6,
  /** Web call back: acceptance of an offer, and whether an attempt reaches the caller (des/callback.ts). */
  callbacks: 7,
  /** The uncertain inputs' world of a replication (src/simulation/uncertainty/world.ts). */
  world: 8,
} as const;
export type Purpose = (typeof Purpose)[keyof typeof Purpose];

/** The stream for `purpose` of `channel` (or of anything else indexed, e.g. a pool) in one replication. */
export function randomStream(seed: number, replication: number, purpose: Purpose, channel = 0): Rng {
  const [a, b, c, d] = expandSeed(hashWords([seed, replication, purpose, channel]));
  return new Rng(a, b, c, d);
}

/** The streams for `purpose` of indices first … first + count − 1 (one per channel) in one replication. */
export function randomStreams(seed: number, replication: number, purpose: Purpose, count: number, first = 0): Rng[] {
  return Array.from({ length: count }, (_, i) => randomStream(seed, replication, purpose, first + i));
}
