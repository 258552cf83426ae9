/**
 * Named random streams. The uncertain inputs' world (Purpose.world) has one generator per
 * (seed, replication, purpose, index) for the whole run. Every stream the simulator draws from
 * (arrivals, handle times, patience, routing, repeats, retrials, call backs) has a fresh
 * substream per day: its state at the start of day d is a hash of (seed, replication, purpose,
 * channel, d), whatever was drawn on the days before (docs/modelling-choices.md, "Comparison on
 * common random numbers").
 *
 * Why per day: two strategies run on the same scenario with the same seed see the same arrivals,
 * handle times and patience draws for every channel (common random numbers), and adding a channel
 * does not shift the numbers of the others; but once a strategy's levers act, it draws a
 * different number of handle times, repeats or retrials than the baseline, so a stream for the
 * whole horizon would never again stand where the baseline's stands. With a substream per day,
 * every stream is back at the same place at each midnight, so a strategy whose levers have
 * stopped can be in exactly the baseline's state again (des/coupling.ts), and from there on its
 * run is the baseline's.
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
  /** The uncertain inputs' world of a replication (src/simulation/uncertainty/world.ts): one stream per replication. */
  world: 8,
} as const;
export type Purpose = (typeof Purpose)[keyof typeof Purpose];

/** The stream for `purpose` of `channel` (or of anything else indexed, e.g. a pool) in one replication, for the whole run. */
export function randomStream(seed: number, replication: number, purpose: Purpose, channel = 0): Rng {
  const [a, b, c, d] = expandSeed(hashWords([seed, replication, purpose, channel]));
  return new Rng(a, b, c, d);
}

/** The streams for `purpose` of indices first … first + count − 1 (one per channel) in one replication, for the whole run. */
export function randomStreams(seed: number, replication: number, purpose: Purpose, count: number, first = 0): Rng[] {
  return Array.from({ length: count }, (_, i) => randomStream(seed, replication, purpose, first + i));
}

/** Sets `rng` to the start of day `day`'s substream for `purpose` of `channel` in one replication. */
export function seedDay(rng: Rng, seed: number, replication: number, purpose: Purpose, channel: number, day: number): void {
  const [a, b, c, d] = expandSeed(hashWords([seed, replication, purpose, channel, day]));
  rng.reseed(a, b, c, d);
}

/** Day `day`'s substream for `purpose` of `channel` in one replication. */
export function dayStream(seed: number, replication: number, purpose: Purpose, channel: number, day: number): Rng {
  const rng = new Rng(0, 0, 0, 0);
  seedDay(rng, seed, replication, purpose, channel, day);
  return rng;
}

/**
 * A replication's simulator streams, each re-seeded at every midnight (`startDay`) to that day's
 * substream. The generators stay the same objects, so the engine's hot path keeps its arrays.
 */
export class DailyStreams {
  private readonly entries: { rng: Rng; purpose: Purpose; index: number }[] = [];

  constructor(readonly seed: number, readonly replication: number) {}

  /** Streams for `purpose` of indices first … first + count − 1, at the start of day 0. */
  add(purpose: Purpose, count: number, first = 0): Rng[] {
    return Array.from({ length: count }, (_, i) => {
      const rng = dayStream(this.seed, this.replication, purpose, first + i, 0);
      this.entries.push({ rng, purpose, index: first + i });
      return rng;
    });
  }

  /** Every stream added to the start of day `day`'s substream. */
  startDay(day: number): void {
    for (const e of this.entries) seedDay(e.rng, this.seed, this.replication, e.purpose, e.index, day);
  }
}
