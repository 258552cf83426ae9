/**
 * The accumulator pushes each interval's figures straight from the replication's arrays
 * (accumulator.ts, `pushInterval`) rather than through a row per interval: every interval figure
 * must be the one the per-range reference functions give (ratios.ts `channelRange`,
 * channelOccupancy.ts `channelOccupancyRange`), bit for bit, on a sample with blended pools.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse';
import { resolveScenario } from '../../../src/scenario/resolve';
import { samples } from '../../../src/scenario/samples';
import { simulateReplication } from '../../../src/simulation/des';
import { baselineScenario } from '../../../src/simulation/levers';
import { estimate } from '../../../src/simulation/stats';
import { SimulationAccumulator } from '../../../src/simulation/stats/accumulator';
import { channelOccupancyRange } from '../../../src/simulation/stats/channelOccupancy';
import { channelRange } from '../../../src/simulation/stats/ratios';

describe('interval figures of the streaming merge', () => {
  it.each(samples.map((x) => [x.scenario.name, x] as const))('equal the per-range reference for every interval, figure and channel (%s)', (_, sample) => {
    const parsed = parseScenario(sample.scenario);
    if (!parsed.ok) throw new Error('sample invalid');
    const s = baselineScenario(resolveScenario(parsed.scenario));
    const reps = [0, 1, 2].map((replication) => simulateReplication(s, { seed: 11, replication }));
    const acc = new SimulationAccumulator(s);
    for (const r of reps) acc.add(r);
    const result = acc.result();
    let checked = 0;
    s.channels.forEach((ch, c) => {
      for (let i = 0; i < s.intervalCount; i += 7) {
        const rows = reps.map((r) => ({ ...channelRange(r.channels[c]!, i, i + 1), occupancy: channelOccupancyRange(s, r, c, i, i + 1) }));
        const got = result.intervals![ch.id]![i]! as unknown as Record<string, unknown>;
        for (const key of ['offered', 'answered', 'abandoned', 'answerRate', 'maxQueue', 'occupancy', 'deflected'] as const) {
          expect(got[key], `${ch.id} ${i} ${key}`).toEqual(estimate(rows.map((row) => row[key])));
        }
        const sl = ch.kind === 'email' ? got.withinTarget : got.serviceLevel;
        if (sl !== undefined) expect(sl).toEqual(estimate(rows.map((row) => row.serviceLevel)));
        const answered = rows.filter((row) => row.answered > 0);
        if (answered.length > 0 && got.asaSeconds !== undefined) expect(got.asaSeconds).toEqual(estimate(answered.map((row) => row.asaSeconds)));
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });
});
