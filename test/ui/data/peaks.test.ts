import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveScenario } from '../../../src/scenario/resolve';
import { BUSY_FACTOR, dailyTotals, peakDays } from '../../../src/ui/data/peaks';
import { applyForecast } from '../../../src/scenario/csv';
import { parseScenario } from '../../../src/scenario/parse';
import { defaultSample } from '../../../src/scenario/samples';
import { smallScenario } from '../fixtures';

describe('peakDays', () => {
  it('takes the named events full-strength days, clipped to the horizon', () => {
    const file = smallScenario();
    const peaks = peakDays(file, resolveScenario(file));
    expect(peaks.bands).toEqual([{ startDay: 1, endDay: 3, label: 'Launch' }]);
    expect(peaks.isPeak).toEqual([false, true, true, false]);
  });

  it('clips an event running past the horizon end', () => {
    const file = smallScenario({
      forecast: { kind: 'profile', weekly: { voice: [1, 1, 1, 1, 1, 1, 1], chat: [1, 1, 1, 1, 1, 1, 1] },
        intraday: { voice: Array(24).fill(1), chat: Array(24).fill(1) }, events: [{ name: 'Late', channels: ['chat'], start: '2026-06-11', end: '2026-06-30', factor: 2 }] },
    });
    expect(peakDays(file, resolveScenario(file)).bands).toEqual([{ startDay: 3, endDay: 4, label: 'Late' }]);
  });

  it('finds busy days in a short per-interval forecast: exactly the days at ≥ BUSY_FACTOR × the median', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }), (totals) => {
      const volumes = totals.flatMap((t) => [...Array(23).fill(0), t]);
      const file = smallScenario({ forecast: { kind: 'intervals', volumes: { voice: volumes, chat: Array(96).fill(0) } } });
      const resolved = resolveScenario(file);
      expect(dailyTotals(resolved)).toEqual(totals);
      const open = totals.filter((t) => t > 0).sort((a, b) => a - b);
      const m = open.length === 0 ? Infinity : open.length % 2 ? open[(open.length - 1) / 2] : (open[open.length / 2 - 1] + open[open.length / 2]) / 2;
      const { isPeak, bands } = peakDays(file, resolved);
      expect(isPeak).toEqual(totals.map((t) => t > 0 && t >= BUSY_FACTOR * m));
      // Bands are maximal runs: never two touching bands.
      for (let k = 1; k < bands.length; k++) expect(bands[k].startDay).toBeGreaterThan(bands[k - 1].endDay);
    }), { numRuns: 80, seed: 5 });
  });

  it('finds the World Cup peak again in the default forecast taken as per-interval volumes (an imported CSV)', () => {
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample does not parse');
    const named = peakDays(parsed.scenario, resolveScenario(parsed.scenario));
    const resolved = resolveScenario(parsed.scenario);
    const imported = applyForecast(parsed.scenario, Object.fromEntries(resolved.channels.map((c) => [c.id, resolved.arrivals[c.index]!])));
    const found = peakDays(imported, resolveScenario(imported));
    // Every full-strength day of the named event is found; at most its ramp days are added.
    for (let d = 0; d < named.isPeak.length; d++) if (named.isPeak[d]) expect(found.isPeak[d], `day ${d}`).toBe(true);
    const extra = found.isPeak.filter((p, d) => p && !named.isPeak[d]).length;
    expect(extra).toBeLessThanOrEqual(2);
  });
});
