/**
 * One "world" of the uncertain inputs (docs/model.md, "Uncertain inputs"): a value for each
 * input of the scenario's `uncertainty` block, drawn once per replication.
 *
 * Each input draws one uniform from its own stream, keyed by (seed, replication, Purpose.world,
 * input): independent of the simulator's streams (arrivals, handle times, patience), so common
 * random numbers still hold, and the same for every strategy of a comparison, so they all face
 * the same worlds. One uniform per input through the inverse distribution function
 * (scenario/uncertainty.ts, `quantile`) also means that a world moves monotonically when a
 * distribution is changed, and that changing one input's distribution leaves the others' draws
 * where they were.
 */
import type { ResolvedUncertainty } from '../../scenario/model';
import { quantile, type UncertainValue, valueRange } from '../../scenario/uncertainty';
import { Purpose, randomStream } from '../random/streams';

export interface World {
  /** Per entry of `uncertainty.events`: the factor at full strength in this world. */
  eventFactors: number[];
  /** Handle time on peak days × this (1: unchanged). */
  peakHandleTime: number;
  /** Extra absence on peak days, share of paid time (0: none). */
  peakAbsence: number;
  /** Share of its contracted agents an outsourcer delivers while ramping up (1: all). */
  outsourcerYield: number;
}

/** Stream keys of the inputs that are not events (events use their entry's index). */
const STREAM = { peakHandleTime: 1_000_000, peakAbsence: 1_000_001, outsourcerYield: 1_000_002 } as const;

const draw = (seed: number, replication: number, key: number): number => randomStream(seed, replication, Purpose.world, key).next();

/** The world of replication `replication` under `seed`. */
export function sampleWorld(u: ResolvedUncertainty, seed: number, replication: number): World {
  return worldAt(u, (key) => draw(seed, replication, key));
}

/**
 * The world in which every input sits at the same quantile q on its adverse side (volume, handle
 * time and absence high, the outsourcer's yield low): the stressed world the analytic search
 * sizes candidates for (compare/comparison.ts).
 */
export function adverseWorld(u: ResolvedUncertainty, q: number): World {
  return worldAt(u, (key) => (key === STREAM.outsourcerYield ? 1 - q : q));
}

/**
 * The world with every input at the worst value it can take (largest factors, handle time and
 * absence, smallest yield): what the simulator's budget is checked against (run/budget.ts).
 */
export function worstWorld(u: ResolvedUncertainty): World {
  const max = (v: UncertainValue | null, none: number) => (v === null ? none : valueRange(v).max);
  return {
    eventFactors: Array.from({ length: u.eventEntries }, (_, k) => {
      const event = u.events.find((e) => e.entry === k);
      return event ? valueRange(event.distribution).max : 1;
    }),
    peakHandleTime: max(u.peakHandleTime, 1),
    peakAbsence: max(u.peakAbsence, 0),
    outsourcerYield: u.outsourcerYield === null ? 1 : valueRange(u.outsourcerYield).min,
  };
}

/** A world from one uniform per input, keyed as the streams are. */
function worldAt(u: ResolvedUncertainty, uniform: (key: number) => number): World {
  const at = (v: UncertainValue | null, key: number, none: number) => (v === null ? none : quantile(v, uniform(key)));
  const eventFactors = Array.from({ length: u.eventEntries }, (_, k) => {
    const event = u.events.find((e) => e.entry === k);
    return event ? quantile(event.distribution, uniform(k)) : 1;
  });
  return {
    eventFactors,
    peakHandleTime: at(u.peakHandleTime, STREAM.peakHandleTime, 1),
    peakAbsence: at(u.peakAbsence, STREAM.peakAbsence, 0),
    outsourcerYield: at(u.outsourcerYield, STREAM.outsourcerYield, 1),
  };
}
