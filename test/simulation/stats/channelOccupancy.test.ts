/** A channel's occupancy is its share of the serving pools' agent time (docs/model.md, "KPIs"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../../src/simulation/des/result';
import { channelOccupancyRange } from '../../../src/simulation/stats/channelOccupancy';
import { occupancyRange } from '../../../src/simulation/stats/ratios';
import { fixtureScenario } from '../compare/fixture';

const n = 3 * 24;
const s = fixtureScenario({ days: 3, withChatEmail: true }); // one pool serving voice, chat and email

/** A replication with the given busy and present time and answered counts (only what occupancy reads). */
function replication(busy: number[], present: number[], answered: number[][]): ReplicationResult {
  // `as`: a partial replication, the fields occupancy does not read are left out.
  return {
    pools: [{ busyAgentSeconds: busy, presentAgentSeconds: present, drainBusyAgentSeconds: 0, drainPresentAgentSeconds: 0, handledContacts: [], handledSeconds: [] }],
    channels: answered.map((a) => ({ answered: a })),
  } as unknown as ReplicationResult;
}

const series = (max: number) => fc.array(fc.double({ min: 0, max, noNaN: true }), { minLength: n, maxLength: n });

describe('channel occupancy', () => {
  it("the shares of a pool's channels add up to the pool's occupancy", () => {
    fc.assert(fc.property(series(3600 * 10), series(50), series(50), series(50), (busy, a0, a1, a2) => {
      const present = busy.map((b) => b + 3600);
      const r = replication(busy, present, [a0, a1, a2]);
      const pool = occupancyRange(r.pools, 0, n).occupancy;
      const shares = [0, 1, 2].map((c) => channelOccupancyRange(s, r, c, 0, n));
      const worked = busy.filter((b, i) => b > 0 && a0[i]! + a1[i]! + a2[i]! > 0).length === busy.filter((b) => b > 0).length;
      // Busy time in an interval where nothing was answered cannot be given to any channel.
      if (worked) expect(shares.reduce((t, x) => t + x, 0)).toBeCloseTo(pool, 9);
      else expect(shares.reduce((t, x) => t + x, 0)).toBeLessThanOrEqual(pool + 1e-9);
    }), { seed: 11, numRuns: 50 });
  });

  it('gives each channel its own work, not the pool figure', () => {
    const busy = new Array<number>(n).fill(1800);
    const present = new Array<number>(n).fill(3600);
    // Voice answers 12 contacts of 300 s per interval, chat none, email 6 of 300 s: voice did two thirds of the work.
    const email = s.channels[2]!;
    const r = replication(busy, present, [new Array(n).fill(12), new Array(n).fill(0), new Array(n).fill((6 * 300) / email.aht.mean)]);
    expect(channelOccupancyRange(s, r, 0, 0, n)).toBeCloseTo(0.5 * (2 / 3), 12);
    expect(channelOccupancyRange(s, r, 1, 0, n)).toBe(0);
    expect(channelOccupancyRange(s, r, 2, 0, n)).toBeCloseTo(0.5 * (1 / 3), 12);
  });

  it('gives a single-skill pool all its busy time', () => {
    const single = fixtureScenario({ days: 3 });
    const busy = Array.from({ length: n }, (_, i) => (i % 5) * 100);
    const present = new Array<number>(n).fill(3600);
    const r = replication(busy, present, [new Array(n).fill(0)]);
    expect(channelOccupancyRange(single, r, 0, 0, n)).toBeCloseTo(occupancyRange(r.pools, 0, n).occupancy, 12);
  });
});

describe('channel occupancy in the analytic evaluation', () => {
  it("gives the World Cup's chat and email their own shares of the digital team, adding up to at most 1", async () => {
    const { parseScenario } = await import('../../../src/scenario/parse');
    const { resolveScenario } = await import('../../../src/scenario/resolve');
    const { defaultSample } = await import('../../../src/scenario/samples');
    const { compareAnalytic } = await import('../../../src/simulation/compare/compareAnalytic');
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const resolved = resolveScenario(parsed.scenario);
    // The digital team alone serves chat and email: both shares have the same denominator.
    expect(resolved.pools.filter((p) => p.skills.includes(1) || p.skills.includes(2)).map((p) => p.id)).toEqual(['digital']);
    const { channels } = compareAnalytic(resolved, []).strategies[0]!;
    const chat = channels.chat!.occupancy!;
    const email = channels.email!.occupancy!;
    expect(chat).toBeGreaterThan(0);
    expect(email).toBeGreaterThan(0);
    expect(Math.abs(chat - email)).toBeGreaterThan(0.01);
    expect(chat + email).toBeLessThanOrEqual(1);
  });
});
