/**
 * The benchmark's standard model (docs/cli.md, "Benchmarks"): one voice channel, 100 agents,
 * AHT 300 s exponential, 95 arrivals per 300 s (load 0.95), exponential patience of mean 180 s,
 * over enough 300-second intervals for `customers` expected arrivals. 300-s intervals are not a
 * valid scenario file value, but ResolvedScenario is the engine's type and takes any length.
 */
import type { ResolvedScenario } from '../../scenario/model';

const INTERVAL_SECONDS = 300;
const ARRIVALS_PER_INTERVAL = 95;
const AGENTS = 100;

export function standardModelScenario(customers = 1_000_000): ResolvedScenario {
  const intervalsPerDay = (24 * 3600) / INTERVAL_SECONDS;
  const full = Math.floor(customers / ARRIVALS_PER_INTERVAL);
  const rest = customers - full * ARRIVALS_PER_INTERVAL;
  const needed = full + (rest > 0 ? 1 : 0);
  const days = Math.max(1, Math.ceil(needed / intervalsPerDay));
  const intervalCount = days * intervalsPerDay;
  // Expected arrivals sum to `customers` exactly; intervals after that are quiet but staffed.
  const arrivals = Array.from({ length: intervalCount }, (_, i) => (i < full ? ARRIVALS_PER_INTERVAL : i === full ? rest : 0));
  return {
    name: 'Standard model', description: 'M/M/100+M at load 0.95 (benchmark)', startDate: '2026-01-05',
    intervalMinutes: INTERVAL_SECONDS / 60, intervalSeconds: INTERVAL_SECONDS, intervalsPerDay, days, intervalCount,
    shortAbandonSeconds: 0,
    channels: [{
      index: 0, id: 'voice', name: 'Voice', kind: 'voice',
      aht: { dist: 'exponential', mean: 300 }, patience: { dist: 'exponential', mean: 180 },
      concurrency: 1, concurrentAhtMultiplier: 1, fcr: 1, repeatDelaySeconds: 3600,
      retrial: { share: 0, delaySeconds: 300 }, targets: { serviceLevel: { share: 0.8, seconds: 20 } },
    }],
    arrivals: [arrivals],
    pools: [{
      index: 0, id: 'agents', name: 'Agents', kind: 'inhouse', skills: [0],
      scheduled: Array(intervalCount).fill(AGENTS), productive: Array(intervalCount).fill(AGENTS),
      shrinkage: 0, hourlyCost: 0,
    }],
    strategies: [], costs: { currency: 'EUR', abandonedContactCost: 0 },
  };
}
