/**
 * Validation against queueing theory: long stationary single-channel runs against the analytic
 * engine (Erlang C without patience, Erlang A with exponential patience, chat as N·k servers).
 * Each analytic figure must lie inside the simulation's own 99% interval over replications
 * (mean ± t(0.995, R − 1)·s/√R, per-replication figures over the post-warm-up intervals). The
 * seeds are fixed, so the checks are deterministic; a biased engine fails them (see the last
 * test, which shows the interval is tight enough to reject a 5% error in the handle time).
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import { erlangInterval } from '../../../src/simulation/erlang';
import { channelRange, studentT995, Welford } from '../../../src/simulation/stats';
import { buildScenario, repeat } from './scenarioBuilder';

interface Case {
  name: string;
  agents: number;
  ahtSeconds: number;
  /** Offered load A = λ·AHT in Erlangs (per agent slot: A / (agents·concurrency)). */
  traffic: number;
  patienceSeconds?: number;
  concurrency?: number;
  replications: number;
  /** Hours simulated per replication after the warm-up. */
  hours: number;
}

const INTERVAL = 3600;
const WARMUP_INTERVALS = 2;
const SL_SECONDS = 20;

/** Runs a case and returns, per figure, the mean and 99% half-width over replications. */
function simulateCase(k: Case, ahtScale = 1) {
  const n = WARMUP_INTERVALS + k.hours;
  const perInterval = (k.traffic / k.ahtSeconds) * INTERVAL;
  const s = buildScenario({
    intervalSeconds: INTERVAL, intervalsPerDay: n,
    channels: [{
      kind: k.concurrency ? 'chat' : 'voice', aht: { dist: 'exponential', mean: k.ahtSeconds * ahtScale },
      patience: k.patienceSeconds ? { dist: 'exponential', mean: k.patienceSeconds } : null,
      concurrency: k.concurrency ?? 1, targets: { serviceLevel: { share: 0.8, seconds: SL_SECONDS } },
    }],
    arrivals: [repeat(perInterval, n)],
    pools: [{ skills: [0], productive: repeat(k.agents, n) }],
  });
  const acc = { serviceLevel: new Welford(), asaSeconds: new Welford(), probWait: new Welford(), answerRate: new Welford() };
  for (let r = 0; r < k.replications; r++) {
    const res = simulateReplication(s, { seed: 20260105, replication: r });
    const f = channelRange(res.channels[0], WARMUP_INTERVALS, n);
    acc.serviceLevel.push(f.serviceLevel);
    acc.asaSeconds.push(f.asaSeconds);
    acc.probWait.push(f.probWait);
    acc.answerRate.push(f.answerRate);
  }
  const t = studentT995(k.replications - 1);
  const ci = (w: Welford) => ({ mean: w.mean, half: t * Math.sqrt(w.variance / w.n) });
  return { serviceLevel: ci(acc.serviceLevel), asaSeconds: ci(acc.asaSeconds), probWait: ci(acc.probWait), answerRate: ci(acc.answerRate) };
}

function analytic(k: Case) {
  const r = erlangInterval({
    arrivals: (k.traffic / k.ahtSeconds) * INTERVAL, intervalMinutes: INTERVAL / 60, aht: k.ahtSeconds, agents: k.agents,
    slSeconds: SL_SECONDS, concurrency: k.concurrency ?? 1, ...(k.patienceSeconds ? { patience: k.patienceSeconds } : {}),
  });
  expect(r.stable).toBe(true);
  return { serviceLevel: r.serviceLevel!, asaSeconds: r.asaSeconds!, probWait: r.probWait!, answerRate: r.answerRate };
}

const CASES: Case[] = [
  { name: 'Erlang C, M/M/1 at load 0.5', agents: 1, ahtSeconds: 240, traffic: 0.5, replications: 40, hours: 96 },
  { name: 'Erlang C, 5 agents at load 0.7', agents: 5, ahtSeconds: 300, traffic: 3.5, replications: 40, hours: 48 },
  { name: 'Erlang C, 20 agents at load 0.9', agents: 20, ahtSeconds: 240, traffic: 18, replications: 40, hours: 48 },
  { name: 'Erlang C, 50 agents at load 0.95', agents: 50, ahtSeconds: 300, traffic: 47.5, replications: 40, hours: 96 },
  { name: 'Erlang A, 10 agents at load 0.95, patience 120 s', agents: 10, ahtSeconds: 300, traffic: 9.5, patienceSeconds: 120, replications: 40, hours: 48 },
  { name: 'Erlang A, 100 agents at load 0.95, patience 180 s', agents: 100, ahtSeconds: 300, traffic: 95, patienceSeconds: 180, replications: 40, hours: 32 },
  { name: 'Erlang A overloaded, 30 agents at load 1.1, patience 90 s', agents: 30, ahtSeconds: 180, traffic: 33, patienceSeconds: 90, replications: 40, hours: 32 },
  { name: 'chat, 10 agents × 3 sessions = Erlang C with 30 servers at load 0.9', agents: 10, concurrency: 3, ahtSeconds: 600, traffic: 27, replications: 40, hours: 48 },
];

describe('simulation against Erlang C / Erlang A', () => {
  for (const k of CASES) {
    it(k.name, () => {
      const sim = simulateCase(k);
      const exact = analytic(k);
      for (const key of ['serviceLevel', 'asaSeconds', 'probWait', 'answerRate'] as const) {
        const { mean, half } = sim[key];
        const msg = `${key}: analytic ${exact[key].toFixed(5)}, simulated ${mean.toFixed(5)} ± ${half.toFixed(5)} (99%)`;
        if (process.env.DES_VERBOSE) console.log(k.name, msg);
        expect(Math.abs(mean - exact[key]) <= half + 1e-12, msg).toBe(true);
      }
    });
  }

  it('the interval is tight enough to reject a handle time 5% too long', () => {
    const k = CASES[2];
    const sim = simulateCase(k, 1.05);
    const exact = analytic(k);
    const outside = (['serviceLevel', 'asaSeconds', 'probWait'] as const).filter((key) => Math.abs(sim[key].mean - exact[key]) > sim[key].half);
    expect(outside.length).toBeGreaterThan(0);
  });
});
