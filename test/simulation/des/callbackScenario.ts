/** Small voice scenarios with a web call-back rule, for the simulator's call-back tests. */
import type { CallbackRule, StrategyScenario } from '../../../src/simulation/levers/types';
import { baselineScenario } from '../../../src/simulation/levers';
import { buildScenario } from './scenarioBuilder';

export interface CallbackCase {
  intervalsPerDay: number;
  intervalSeconds?: number;
  arrivals: number[];
  agents: number[];
  ahtSeconds: number;
  patienceSeconds?: number | null;
  rule?: Partial<Omit<CallbackRule, 'channelIndex'>>;
}

/** One voice channel, one pool, and a call-back rule on the channel (in force everywhere unless `rule.active` says otherwise). */
export function callbackScenario(x: CallbackCase): StrategyScenario {
  const base = buildScenario({
    intervalSeconds: x.intervalSeconds ?? 1800, intervalsPerDay: x.intervalsPerDay,
    channels: [{ aht: { dist: 'exponential', mean: x.ahtSeconds }, patience: x.patienceSeconds ? { dist: 'exponential', mean: x.patienceSeconds } : null, targets: { serviceLevel: { share: 0.8, seconds: 20 } } }],
    arrivals: [x.arrivals],
    pools: [{ skills: [0], productive: x.agents }],
  });
  const s = baselineScenario(base, 'callback', 'Web call back');
  s.callbacks = [{
    channelIndex: 0, active: new Array<boolean>(base.intervalCount).fill(true), offerAfterSeconds: 60, acceptShare: 0.5,
    promiseSeconds: 3600, urgentSeconds: 900, ahtMultiplier: 1, failShare: 0.1, failedAttemptSeconds: 60, retryAfterSeconds: 600,
    costPerCallback: 0, ...x.rule,
  }];
  return s;
}
