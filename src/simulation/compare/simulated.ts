/**
 * One strategy's simulated result, as `wfm simulate` / `wfm compare` print it and the app shows
 * it: the KPIs of every channel (horizon, per day, per interval) as Estimates over replications,
 * the verdict against the targets, and the cost with its spread.
 *
 * The verdict is judged on the means (the figure a planner reads), by the same rules as the
 * analytic view (kpis.ts, per day). The cost is computed per replication, so its Estimate shows
 * how much the bill moves with the randomness of the peak (per-contact pricing, abandons).
 */
import type { Lever } from '../../scenario/levers';
import type { ReplicationResult } from '../des';
import type { CostBreakdown } from '../cost';
import type { StrategyScenario } from '../levers/types';
import { aggregateReplications, estimate, type Estimate, type SimulationResult } from '../stats';
import { evaluationFromReplications } from './fromSimulation';
import { evaluationCost } from './evaluationCost';
import { channelKpis, judgeStrategy, type Failure } from './kpis';

export interface SimulatedCost {
  currency: string;
  total: Estimate;
  breakdown: Record<keyof CostBreakdown, Estimate>;
  /** Mean cost per answered contact (null when nothing was answered). */
  costPerAnswered: Estimate | null;
}

export interface SimulatedStrategyResult extends SimulationResult {
  id: string;
  name: string;
  levers: Lever[];
  /** Over the immediate channels (voice, chat, callback excluded), weighted by offered. */
  serviceLevel: number | null;
  answerRate: number | null;
  meetsTargets: boolean;
  failures: Failure[];
  cost: SimulatedCost;
  notes: string[];
}

const BREAKDOWN_KEYS: (keyof CostBreakdown)[] = ['inhouse', 'overtime', 'outsourcing', 'temps', 'abandoned'];

function simulatedCost(s: StrategyScenario, results: readonly ReplicationResult[]): SimulatedCost {
  const costs = results.map((r) => {
    const ev = evaluationFromReplications(s, [r]);
    return evaluationCost(s, ev, s.channels.map((c) => channelKpis(s, ev, c)));
  });
  const perAnswered = costs.map((c) => c.costPerAnswered);
  return {
    currency: s.costs.currency,
    total: estimate(costs.map((c) => c.total)),
    breakdown: Object.fromEntries(BREAKDOWN_KEYS.map((k) => [k, estimate(costs.map((c) => c.breakdown[k]))])) as SimulatedCost['breakdown'],
    costPerAnswered: perAnswered.every((c) => c !== null) ? estimate(perAnswered as number[]) : null,
  };
}

/** Summarises one strategy's replications (any order: they are sorted by replication). */
export function summarizeSimulation(s: StrategyScenario, results: readonly ReplicationResult[], levers: Lever[] = []): SimulatedStrategyResult {
  const sorted = [...results].sort((a, b) => a.replication - b.replication);
  const stats = aggregateReplications(s, sorted);
  const ev = evaluationFromReplications(s, sorted);
  const { failures, serviceLevel, answerRate } = judgeStrategy(s, ev);
  return {
    id: s.strategyId,
    name: s.strategyName,
    levers,
    serviceLevel,
    answerRate,
    meetsTargets: failures.length === 0,
    failures,
    cost: simulatedCost(s, sorted),
    notes: s.notes,
    ...stats,
  };
}
