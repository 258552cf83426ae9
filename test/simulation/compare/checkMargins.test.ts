/**
 * The sequential comparison reads each replication's check margins (kpis.ts `checkMargins`);
 * summed over replications, their sign must be the judge's verdict on the replications' means,
 * check by check — or the procedure would stop a strategy the final verdict passes.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import { simulateReplication } from '../../../src/simulation/des';
import { judgeStrategy } from '../../../src/simulation/compare/kpis';
import { StrategyAccumulator } from '../../../src/simulation/compare/simulated';
import { applyStrategy, baselineScenario } from '../../../src/simulation/levers';

describe('check margins', () => {
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('default sample invalid');
  const s = resolveScenario(parsed.scenario);
  const strategies = [baselineScenario(s), ...s.strategies.slice(0, 3).map((st) => applyStrategy(s, st))];

  it.each(strategies.map((st) => [st.strategyId, st] as const))('summed over replications, fail exactly the days the judge fails on the means (%s)', (_, st) => {
    const acc = new StrategyAccumulator(st);
    for (let r = 0; r < 4; r++) acc.add(simulateReplication(st, { seed: 3, replication: r }));
    const verdict = judgeStrategy(st, acc.evaluation());
    const failing = new Set(verdict.failures.flatMap((f) => f.days.map((d) => `${f.channelId} ${f.target} ${f.hours ?? ''} ${d}`)));
    const checks = acc.checks();
    expect(acc.outcomes.every((o) => o.margins.length === checks.length && o.weights.length === checks.length)).toBe(true);
    const fromMargins = new Set<string>();
    checks.forEach((c, j) => {
      const total = acc.outcomes.reduce((t, o) => t + o.margins[j]!, 0);
      const weight = acc.outcomes.reduce((t, o) => t + o.weights[j]!, 0);
      if (total < -1e-9 * Math.max(1, weight)) fromMargins.add(`${c.channelId} ${c.target} ${c.hours ?? ''} ${c.date}`);
    });
    expect([...fromMargins].sort()).toEqual([...failing].sort());
  });

  it('one replication\'s service-level margin is the count short of the goal: offered × (figure − goal), on weight offered', () => {
    const st = baselineScenario(s);
    const acc = new StrategyAccumulator(st);
    acc.add(simulateReplication(st, { seed: 3, replication: 0 }));
    const voice = st.channels.find((c) => c.kind === 'voice')!;
    const ev = acc.evaluation();
    const day = judgeStrategy(st, ev).channels[voice.index]!.days[0]!;
    const j = acc.checks().findIndex((c) => c.channelId === voice.id && c.target === 'serviceLevel' && c.date === day.date);
    const goal = voice.targets.serviceLevel!.share;
    expect(acc.outcomes[0]!.weights[j]).toBeCloseTo(day.offered, 9);
    expect(acc.outcomes[0]!.margins[j]).toBeCloseTo(day.offered * (day.serviceLevel! - goal), 6);
  });
});
