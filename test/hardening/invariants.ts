/** What every figure of an engine's result must be, whatever the scenario: finite, not negative, shares in [0, 1]. */
import { expect } from 'vitest';
import type { ResolvedScenario } from '../../src/scenario/model';
import type { PlanResult } from '../../src/simulation/plan';
import type { ReplicationResult } from '../../src/simulation/des';

const count = (x: number) => Number.isFinite(x) && x >= 0;
const share = (x: number | null) => x === null || (Number.isFinite(x) && x >= -1e-12 && x <= 1 + 1e-12);

export function checkPlan(plan: PlanResult, scenario: ResolvedScenario): void {
  expect(Number.isFinite(plan.missingAgentHours) && plan.missingAgentHours >= 0).toBe(true);
  for (const c of plan.channels) {
    for (const series of [c.arrivals, c.required, c.requiredScheduled, c.available]) expect(series.every(count), c.channelId).toBe(true);
    // Email has no service level or ASA (absent, docs/model.md): nothing to check there.
    for (const series of [c.serviceLevel ?? [], c.answerRate, c.occupancy]) expect(series.every(share), c.channelId).toBe(true);
    expect((c.asaSeconds ?? []).every((x) => x === null || count(x)), c.channelId).toBe(true);
    // An interval of calls or chats with nobody to answer them never meets its targets
    // (email and callbacks are answered later: their intervals are judged otherwise).
    const t = scenario.channels[c.channelIndex]!.targets;
    // A target of a share under 0.1% is met by rounding (staffing.ts allows 1e-12 of slack).
    const held = (t.serviceLevel?.share ?? 0) > 1e-3 || (t.minAnswerRate ?? 0) > 1e-3 || t.maxAsaSeconds !== undefined;
    if ((c.kind === 'voice' || c.kind === 'chat') && held) {
      expect(c.meetsTargets.every((ok, i) => !ok || c.arrivals[i]! < 1e-3 || c.available[i]! > 0), c.channelId).toBe(true);
    }
  }
}

export function checkReplication(r: ReplicationResult): void {
  for (const c of Object.values(r.channels)) {
    for (const [name, series] of Object.entries(c)) {
      if (!Array.isArray(series)) continue;
      const flat = (series as unknown[]).flat() as number[];
      expect(flat.every(count), name).toBe(true);
    }
  }
  for (const p of Object.values(r.pools)) {
    for (const [name, value] of Object.entries(p)) {
      const flat = Array.isArray(value) ? (value as number[]) : [value as number];
      expect(flat.every(count), name).toBe(true);
    }
  }
}
