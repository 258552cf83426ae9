/**
 * The bill of an evaluation, analytic or one simulated replication: the volumes each pool handled,
 * and the abandoned and answered contacts of every channel, priced by the cost model (cost/).
 */
import { strategyCost, type StrategyCost } from '../cost';
import type { StrategyScenario } from '../levers/types';
import type { StrategyEvaluation } from './evaluationTypes';
import type { ChannelFigures } from './kpis';

export function evaluationCost(s: StrategyScenario, ev: StrategyEvaluation, channels: readonly ChannelFigures[]): StrategyCost {
  return strategyCost(s, {
    handled: ev.handled,
    abandoned: channels.reduce((t, k) => t + k.abandoned, 0),
    answered: channels.reduce((t, k) => t + k.answered, 0),
    callbackAttempts: channels.map((k) => k.callbacks?.attempts ?? 0),
  });
}
