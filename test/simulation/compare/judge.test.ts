/**
 * The one judge and the one table of targets (docs/model.md, "Channels" and "Judging targets"):
 * every target the file accepts for a channel kind is judged, by the analytic engine as by the
 * simulator's means, and a target the kind cannot be held to is refused on load, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { defaultSample } from '../../../src/scenario/samples';
import type { ChannelKind, ScenarioInput, Targets } from '../../../src/scenario/schema';
import { TARGET_NAMES, TARGETS_BY_KIND, type TargetKey } from '../../../src/scenario/targets';
import { createAnalyticCache } from '../../../src/simulation/compare/analyticCache';
import { compareAnalytic } from '../../../src/simulation/compare/compareAnalytic';
import { evaluateStrategy } from '../../../src/simulation/compare/evaluate';
import { judgeStrategy, meetsEveryTarget } from '../../../src/simulation/compare/kpis';
import { applyStrategy } from '../../../src/simulation/levers';

/** A goal no staffing can reach, for each target. */
const UNREACHABLE: { [K in TargetKey]-?: NonNullable<Targets[K]> } = {
  serviceLevel: { share: 1, seconds: 0 },
  minAnswerRate: 1,
  maxAsaSeconds: 0.001,
  maxOccupancy: 0.01,
  responseWithin: [{ share: 1, hours: 0.01 }],
  callbackWithin: { share: 1, minutes: 0.01 },
  minPromisesKept: 1,
};

/** A goal every staffing meets. */
const REACHED: { [K in TargetKey]-?: NonNullable<Targets[K]> } = {
  serviceLevel: { share: 0, seconds: 20 },
  minAnswerRate: 0,
  maxAsaSeconds: 86_400, // the longest wait a target may state (limits.ts)
  maxOccupancy: 1,
  responseWithin: [{ share: 0, hours: 48 }],
  callbackWithin: { share: 0, minutes: 600 },
  minPromisesKept: 0,
};

/**
 * The channel a kind is tried on: the sample's voice channel for the queued kinds (its volumes
 * follow its team's hours, so every contact can be answered), its email channel otherwise.
 */
const channelFor = (kind: ChannelKind) => (kind === 'voice' || kind === 'chat' ? 'voice' : 'email');

/** The default sample with one channel turned into `kind`, held to `targets` only. */
function withChannel(kind: ChannelKind, targets: Targets): ScenarioInput {
  const file = structuredClone(defaultSample.scenario) as ScenarioInput & { channels: Record<string, unknown>[] };
  const channel = file.channels.find((c) => c.id === channelFor(kind))!;
  channel.kind = kind;
  channel.targets = targets;
  if (kind === 'voice' || kind === 'chat') channel.patience = { dist: 'exponential', mean: 120 };
  else delete channel.patience;
  file.strategies = [];
  return file;
}

/**
 * The failures of the baseline, or for the share of web call-back promises kept (judged only
 * where the lever acts) of a strategy offering call backs on the channel, with a promise of one
 * minute that the peak's busiest days cannot keep.
 */
function baselineFailures(kind: ChannelKind, targets: Targets) {
  const parsed = parseScenario(withChannel(kind, targets));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const callback = targets.minPromisesKept !== undefined;
  const strategies = callback ? [{ id: 'cb', name: 'Web call back', levers: [{ kind: 'callback' as const, channel: channelFor(kind), offerAfterSeconds: 0, acceptShare: 0.5, promiseMinutes: 1, urgentMinutes: 0, ahtMultiplier: 1, failShare: 0, failedAttemptSeconds: 60, retryAfterMinutes: 10, costPerCallback: 0 }] }] : [];
  return compareAnalytic(resolveScenario(parsed.scenario), strategies).strategies[callback ? 1 : 0]!.failures.filter((f) => f.channelId === channelFor(kind));
}

describe('every target the table allows is judged', () => {
  for (const kind of Object.keys(TARGETS_BY_KIND) as ChannelKind[]) {
    for (const key of TARGETS_BY_KIND[kind]) {
      it(`${kind} ${key}: an unreachable goal fails, a reached one passes`, () => {
        const missed = baselineFailures(kind, { [key]: UNREACHABLE[key] });
        expect(missed.map((f) => f.target)).toEqual([TARGET_NAMES[key]]);
        expect(missed[0]!.days.length).toBeGreaterThan(0);
        expect(baselineFailures(kind, { [key]: REACHED[key] })).toEqual([]);
      });
    }
  }

  it("judges an email team's maxOccupancy: 0.2 fails on the days its occupancy is above 20 %", () => {
    const parsed = parseScenario(withChannel('email', { responseWithin: [{ share: 0.9, hours: 24 }], maxOccupancy: 0.2 }));
    if (!parsed.ok) throw new Error('invalid');
    const result = compareAnalytic(resolveScenario(parsed.scenario), []).strategies[0]!;
    const email = result.channels.email!;
    const busyDays = email.days.filter((d) => d.offered > 0 && d.occupancy !== null && d.occupancy > 0.2).map((d) => d.date);
    const failure = result.failures.find((f) => f.channelId === 'email' && f.target === 'maxOccupancy');
    expect(busyDays.length).toBeGreaterThan(0);
    expect(failure?.days).toEqual(busyDays);
    expect(failure?.worst.target).toBe(0.2);
    expect(result.meetsTargets).toBe(false);
  });
});

describe('a target the kind cannot be held to is refused, naming the field', () => {
  const all = Object.keys(TARGET_NAMES) as TargetKey[];
  for (const kind of Object.keys(TARGETS_BY_KIND) as ChannelKind[]) {
    for (const key of all.filter((k) => !TARGETS_BY_KIND[kind].includes(k))) {
      it(`${kind} ${key}`, () => {
        const parsed = parseScenario(withChannel(kind, { ...(kind === 'email' ? { responseWithin: REACHED.responseWithin } : {}), [key]: REACHED[key] }));
        expect(parsed.ok).toBe(false);
        if (parsed.ok) return;
        const index = (defaultSample.scenario as { channels: { id: string }[] }).channels.findIndex((c) => c.id === channelFor(kind));
        expect(parsed.problems.map((p) => p.path)).toContain(`channels[${index}].targets.${key}`);
      });
    }
  }
});

describe("a replication's verdict is the judge's (meetsEveryTarget, compare/simulated.ts)", () => {
  // The sample's strategies against its own targets and against the table's unreachable goals:
  // meetsEveryTarget must say what failuresOf lists, or a replication's pass would not be the judge's.
  const parsed = parseScenario(defaultSample.scenario);
  if (!parsed.ok) throw new Error('invalid sample');
  const s = resolveScenario(parsed.scenario);
  const strict = structuredClone(s);
  for (const c of strict.channels) c.targets = { ...c.targets, ...(c.kind === 'voice' ? { maxAsaSeconds: 5 } : {}) };
  for (const scenario of [s, strict]) {
    for (const strategy of scenario.strategies) {
      it(`${strategy.id}${scenario === strict ? ' (ASA at most 5 s)' : ''}`, () => {
        const st = applyStrategy(scenario, strategy);
        const ev = evaluateStrategy(st, createAnalyticCache(st.intervalMinutes));
        const verdict = judgeStrategy(st, ev);
        expect(meetsEveryTarget(st, ev, verdict.channels)).toBe(verdict.failures.length === 0);
      });
    }
  }
  it('the two verdicts are not all alike (the check can tell a pass from a miss)', () => {
    const verdicts = [s, strict].flatMap((x) => x.strategies.map((strategy) => {
      const st = applyStrategy(x, strategy);
      const ev = evaluateStrategy(st, createAnalyticCache(st.intervalMinutes));
      return meetsEveryTarget(st, ev, judgeStrategy(st, ev).channels);
    }));
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
