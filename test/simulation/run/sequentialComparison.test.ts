/**
 * The sequential comparison inside the comparison flow (run/rounds.ts, run/comparison.ts): off,
 * every strategy's result is the plain simulation of every replication; on, each strategy's
 * result is the plain summary of the replications it received (rounds compose exactly), the same
 * whatever the number of workers, and every stop is said.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import { summarizeSimulation } from '../../../src/simulation/compare/simulated';
import { runBatch } from '../../../src/simulation/run/batch';
import { runComparison } from '../../../src/simulation/run/comparison';
import { SimulationPool, type WorkerHandle } from '../../../src/simulation/run/pool';
import { fixtureScenario } from '../compare/fixture';
import type { SimulatedStrategyResult } from '../../../src/simulation/compare/simulated';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';
import { simulateInRounds } from '../../../src/simulation/run/rounds';
import { sequentialSettings } from '../../../src/simulation/run/sequentialRun';

const pool = (size: number) => new SimulationPool((): WorkerHandle => ({ runBatch: async (r) => runBatch(r), terminate: () => {} }), size);
const s = fixtureScenario({ days: 3, voicePerHour: [100, 150, 100], agents: 12 });
const job = { seed: 7, replications: 24 };

/** A strategy summarised from its own replications, simulated one by one outside the flow. */
function plain(entry: { scenario: Parameters<typeof summarizeSimulation>[0]; strategy: { levers: never[] | unknown[] } }, replications: number) {
  const results = Array.from({ length: replications }, (_, r) => simulateReplication(entry.scenario, { seed: job.seed, replication: r }));
  return summarizeSimulation(entry.scenario, results, entry.strategy.levers as never);
}

const strip = <T extends { extra?: unknown; stoppedBecause?: unknown; stop?: unknown }>(r: T) => { const { extra: _e, stoppedBecause: _s, stop: _t, ...rest } = r; return rest; };

describe('the sequential comparison in the comparison flow', () => {
  it('off: every strategy gets every replication, each the plain simulation of them; no confidence claimed', async () => {
    const outcome = await runComparison(pool(1), s, job, { sequential: false });
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    const { entries, simulated, recommendation } = outcome.run;
    expect(simulated.every((r) => r.replications === job.replications && r.stoppedBecause === undefined)).toBe(true);
    entries.forEach((e, k) => expect(strip(simulated[k]!)).toEqual(strip(plain(e, job.replications))));
    expect(recommendation.probabilityCorrect).toBeNull();
    expect(outcome.run.sequential).toBeNull();
  }, 120_000);

  it('on: each strategy is the plain summary of the replications it received, a stop reason for each, the same on 1 and 2 workers', async () => {
    const one = await runComparison(pool(1), s, job);
    const two = await runComparison(pool(2), s, job);
    if (one.kind !== 'done' || two.kind !== 'done') throw new Error('not done');
    expect(JSON.stringify(two.run.simulated)).toBe(JSON.stringify(one.run.simulated));
    const { entries, simulated, recommendation } = one.run;
    // Fewer replications than the maximum for some, never more, in whole rounds of 10 (or the maximum).
    expect(simulated.some((r) => r.replications < job.replications)).toBe(true);
    for (const r of simulated) {
      expect([10, 20, 24]).toContain(r.replications);
      expect(r.stoppedBecause).toMatch(/^(clearly fails .+ on \d{4}-\d\d-\d\d|dominated by .+|settled|maximum reached)$/);
    }
    entries.forEach((e, k) => expect(strip(simulated[k]!)).toEqual(strip(plain(e, simulated[k]!.replications))));
    if (recommendation.meetsTargets) {
      expect(recommendation.probabilityCorrect).not.toBeNull();
      expect(recommendation.reasons[1]).toMatch(/^Right with probability at least \d+%/);
    }
  }, 120_000);

  it('streams partial results after each round, the recommendation provisional until the last', async () => {
    const partials: { provisional: boolean; stopped: number }[] = [];
    const outcome = await runComparison(pool(1), s, { seed: 7, replications: 40 }, {
      onProgress: (p) => { if (p.partial) partials.push({ provisional: p.partial.recommendation.provisional, stopped: p.partial.strategies.filter((x) => x.stoppedBecause !== null).length }); },
    });
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.at(-1)!.provisional).toBe(false);
    expect(partials.slice(0, -1).every((p) => p.provisional)).toBe(true);
    // Settled strategies are never un-settled.
    for (let k = 1; k < partials.length; k++) expect(partials[k]!.stopped).toBeGreaterThanOrEqual(partials[k - 1]!.stopped);
  }, 120_000);
});

describe('strategies kept from an earlier run (the app\'s memo) in a sequential comparison', () => {
  it.each([[0.5, 1.5], [1.5, 0.5]])('take part with their outcomes: the results equal a run from scratch when the strategy beside them changes (overtime %s h → %s h)', async (before, after) => {
    const base = baselineScenario(s);
    const overtime = (hours: number, id: string) => applyStrategy(s, { id, name: id, levers: [{ kind: 'overtime', hoursPerAgentPerDay: hours, capHoursPerDay: 3, premium: 1.5 }] } as never);
    const levers = () => [];
    const settings = sequentialSettings(undefined, { entries: [{ source: 'baseline', analytic: { cost: { total: 10_000 } } }] } as never);
    const run = (members: { scenario: ReturnType<typeof baselineScenario>; kept?: SimulatedStrategyResult }[]) =>
      simulateInRounds(pool(2), members, { seed: 3, replications: 40 }, { baseline: base, settings, levers });
    const first = await run([{ scenario: base }, { scenario: overtime(1, 'a') }, { scenario: overtime(before, 'b') }]);
    if (first.kind !== 'done') throw new Error(first.kind);
    // 'b' changes; the baseline and 'a' are kept from the first run.
    const members = [{ scenario: base, kept: first.results[0] }, { scenario: overtime(1, 'a'), kept: first.results[1] }, { scenario: overtime(after, 'b') }];
    const again = await run(members);
    const scratch = await run(members.map((m) => ({ scenario: m.scenario })));
    if (again.kind !== 'done' || scratch.kind !== 'done') throw new Error('not done');
    expect(JSON.stringify(again.results)).toBe(JSON.stringify(scratch.results));
    expect(again.state!.decisions).toEqual(scratch.state!.decisions);
    // The case is the one meant: 'a' receives another number of replications beside the new 'b'.
    expect(scratch.results[1]!.replications).not.toBe(first.results[1]!.replications);
}, 120_000);
});
