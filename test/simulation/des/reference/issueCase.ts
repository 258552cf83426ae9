/** The reproduction of the head-count defect: a voice day whose staffing alternates 52, 44, 52, 44 … */
import type { ResolvedScenario } from '../../../../src/scenario/model';
import { buildScenario } from '../scenarioBuilder';

export function alternatingStaffingDay(intervalMinutes: 15 | 30): ResolvedScenario {
  const intervalsPerDay = (8 * 60) / intervalMinutes;
  const perInterval = 150 * (intervalMinutes / 15);
  return buildScenario({
    intervalSeconds: intervalMinutes * 60,
    intervalsPerDay,
    channels: [{
      aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 180 },
      targets: { serviceLevel: { share: 0.8, seconds: 20 } },
    }],
    arrivals: [Array(intervalsPerDay).fill(perInterval)],
    pools: [{ skills: [0], productive: Array.from({ length: intervalsPerDay }, (_, k) => (k % 2 === 0 ? 52 : 44)) }],
  });
}
