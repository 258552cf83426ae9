/**
 * What a strategy costs on top of doing nothing, and what it buys, paired on the common random
 * numbers (docs/modelling-choices.md, "Comparison on common random numbers"): replication r of a strategy and replication
 * r of the baseline see the same arrivals, handle times and patience, so their difference is
 * measured replication by replication. Its interval is the spread of those differences, much
 * narrower than either cost's own interval when both bills move with the same peak.
 */
import { estimate, type Estimate } from '../stats';

/** One replication's totals over the horizon, for pairing. */
export interface ReplicationTotals {
  replication: number;
  /** Total cost (pay, levers, abandoned contacts), currency units. */
  cost: number;
  /** Immediate channels (voice, chat): contacts offered, answered, answered within T. */
  offered: number;
  answered: number;
  answeredWithin: number;
  /**
   * This replication alone, judged by the one judge (kpis.ts), meets every target on every day:
   * its world's verdict (docs/model.md, "Uncertain inputs"). Absent in totals kept before it was
   * recorded (counted as not known).
   */
  meetsTargets?: boolean;
}

export interface ExtraOverBaseline {
  /** Strategy cost − baseline cost, per replication: mean, 95% interval, spread. */
  extraCost: Estimate;
  /** Contacts answered on top of the baseline's (immediate channels), per replication. */
  extraAnswered: Estimate;
  /** Points of service level gained (0.05 = five points), immediate channels, per replication. */
  extraServiceLevel: Estimate;
  /** Mean extra cost ÷ mean extra answered contacts; null when it answers no more than the baseline. */
  costPerExtraAnswered: number | null;
}

const serviceLevel = (t: ReplicationTotals) => (t.offered > 0 ? t.answeredWithin / t.offered : 1);

/**
 * Pairs a strategy's replications with the baseline's by replication number (each side's list
 * in any order; a replication missing on either side is left out).
 */
export function extraOverBaseline(strategy: readonly ReplicationTotals[], baseline: readonly ReplicationTotals[]): ExtraOverBaseline {
  const byReplication = new Map(baseline.map((t) => [t.replication, t]));
  const cost: number[] = [];
  const answered: number[] = [];
  const level: number[] = [];
  for (const t of [...strategy].sort((a, b) => a.replication - b.replication)) {
    const b = byReplication.get(t.replication);
    if (!b) continue;
    cost.push(t.cost - b.cost);
    answered.push(t.answered - b.answered);
    level.push(serviceLevel(t) - serviceLevel(b));
  }
  const extraCost = estimate(cost);
  const extraAnswered = estimate(answered);
  return {
    extraCost,
    extraAnswered,
    extraServiceLevel: estimate(level),
    costPerExtraAnswered: extraAnswered.mean > 0.5 ? extraCost.mean / extraAnswered.mean : null,
  };
}
