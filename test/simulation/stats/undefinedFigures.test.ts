/**
 * Figures that do not exist are said so: no ASA when nobody was answered (not "0 s"), and a
 * callback channel's "called back within W" carried where response-window targets are read.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../src/simulation/des';
import { aggregateReplications } from '../../../src/simulation/stats';
import { fixtureScenario } from '../compare/fixture';

const replicate = (s: ReturnType<typeof fixtureScenario>, n: number) =>
  aggregateReplications(s, Array.from({ length: n }, (_, replication) => simulateReplication(s, { seed: 2, replication })));

describe('figures that do not exist', () => {
  it('gives no ASA when calls were offered and nobody answered, in every view', () => {
    const s = fixtureScenario({ days: 1, voicePerHour: [60], agents: 0 });
    const agg = replicate(s, 3);
    const voice = agg.channels.voice!;
    expect(voice.offered.mean).toBeGreaterThan(0);
    expect(voice.answered.mean).toBe(0);
    expect(voice.asaSeconds).toBeNull();
    expect(agg.days.voice![0]!.asaSeconds).toBeNull();
    const open = agg.intervals!.voice!.filter((k) => k.offered.mean > 0);
    expect(open.every((k) => k.asaSeconds === null)).toBe(true);
    // A closed interval (nothing offered) keeps the empty-denominator convention.
    expect(agg.intervals!.voice![0]!.asaSeconds?.mean).toBe(0);
  });

  it('averages the ASA over the replications that answered someone only', () => {
    const s = fixtureScenario({ days: 1, voicePerHour: [60], agents: 6 });
    const agg = replicate(s, 4);
    expect(agg.channels.voice!.asaSeconds!.mean).toBeGreaterThan(0);
  });

  it("reports a callback channel's share called back within W as its response-window figure", () => {
    const base = fixtureScenario({ days: 1, voicePerHour: [40], agents: 6 });
    const callback = {
      ...base.channels[0]!, kind: 'callback' as const, patience: null,
      targets: { callbackWithin: { share: 0.8, minutes: 30 } },
    };
    const s = { ...base, channels: [callback] };
    const agg = replicate(s, 3);
    const k = agg.channels.voice!;
    expect(k.withinTargets).toEqual([k.serviceLevel]);
    expect(k.withinTarget).toEqual(k.serviceLevel);
    expect(k.serviceLevel!.mean).toBeGreaterThan(0);
    expect(agg.days.voice![0]!.withinTarget).toEqual(agg.days.voice![0]!.serviceLevel);
  });
});
