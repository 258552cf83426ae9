import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { busiestIntervalCase, fieldValue, minStableAgents, runCalculator, type CalculatorText } from '../../../src/ui/data/calculator';
import { erlangInterval } from '../../../src/simulation/erlang';

const base: CalculatorText = { arrivals: '100', intervalMinutes: '30', aht: '180', agents: '14', slSeconds: '20', patience: '', concurrency: '1' };

describe('runCalculator', () => {
  it('computes the same figures as the engine for the same case', () => {
    const out = runCalculator(base);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result).toEqual(erlangInterval({ arrivals: 100, intervalMinutes: 30, aht: 180, agents: 14, slSeconds: 20, concurrency: 1 }));
    expect(out.result.model).toBe('erlang-c');
  });

  it('switches to Erlang A when a patience is given, and reads a decimal comma', () => {
    const out = runCalculator({ ...base, patience: '120,5' });
    expect(out.ok && out.result.model).toBe('erlang-a');
    expect(out.ok && out.input.patience).toBe(120.5);
  });

  it('puts each problem on its own field, in the shared validation words', () => {
    const out = runCalculator({ ...base, aht: 'abc', agents: '-3', arrivals: '' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.aht).toBe('must be a number');
    expect(out.problems.agents).toBe('must be ≥ 0');
    expect(out.problems.arrivals).toBe('is required');
    expect(out.problems.intervalMinutes).toBeUndefined();
  });

  it('rejects a fractional agent count', () => {
    const out = runCalculator({ ...base, agents: '12.5' });
    expect(!out.ok && out.problems.agents).toBe('must be a whole number');
  });

  it('never shows NaN: every valid case gives finite figures or null', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 200 }),
      fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }), fc.integer({ min: 1, max: 4 }),
      (arrivals, aht, agents, patience, concurrency) => {
        const out = runCalculator({ ...base, arrivals: String(arrivals), aht: String(aht), agents: String(agents), patience: patience === undefined ? '' : String(patience), concurrency: String(concurrency) });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        for (const v of Object.values(out.result)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      },
    ), { numRuns: 100, seed: 9 });
  });
});

describe('fieldValue', () => {
  it('blank is absent, numbers are numbers, the rest stays text', () => {
    expect(fieldValue('  ')).toBeUndefined();
    expect(fieldValue(' 42 ')).toBe(42);
    expect(fieldValue('3,5')).toBe(3.5);
    expect(fieldValue('12 agents')).toBe('12 agents');
  });
});

describe('minStableAgents', () => {
  it('is the smallest N with N × concurrency > traffic', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.integer({ min: 1, max: 6 }), (a, k) => {
      const n = minStableAgents(a, k);
      expect(n * k).toBeGreaterThan(a);
      expect((n - 1) * k).toBeLessThanOrEqual(a);
    }), { numRuns: 200, seed: 1 });
  });
});

describe('busiestIntervalCase', () => {
  it('loads the plan inputs of the busiest interval: the calculator then agrees with the plan', async () => {
    const { parseScenario } = await import('../../../src/scenario/parse');
    const { resolveScenario } = await import('../../../src/scenario/resolve');
    const { defaultSample } = await import('../../../src/scenario/samples');
    const { planScenario } = await import('../../../src/simulation/plan');
    const parsed = parseScenario(defaultSample.scenario);
    if (!parsed.ok) throw new Error('default sample invalid');
    const resolved = resolveScenario(parsed.scenario);
    const plan = planScenario(resolved);
    for (const c of plan.channels) {
      const preset = busiestIntervalCase(resolved, c.channelIndex, c.available);
      if (c.kind === 'email') {
        expect(preset).toBeNull();
        continue;
      }
      expect(preset).not.toBeNull();
      const i = preset!.interval;
      expect(resolved.arrivals[c.channelIndex][i]).toBe(Math.max(...resolved.arrivals[c.channelIndex]));
      const out = runCalculator(preset!.text);
      if (!out.ok) throw new Error(JSON.stringify(out.problems));
      // The calculator takes whole agents; a pool's leftovers can give the plan a fractional
      // head-count, whose figures lie between those of the whole counts around it.
      expect(out.result.agents).toBe(Math.round(c.available[i]));
      if (Number.isInteger(c.available[i])) {
        // The plan's figures come from the same inputs (arrivals rounded to 0.01 here).
        const planned = c.serviceLevel?.[i] ?? null;
        if (planned !== null && out.result.serviceLevel !== null) expect(out.result.serviceLevel).toBeCloseTo(planned, 3);
        expect(out.result.answerRate).toBeCloseTo(c.answerRate[i]!, 3);
      } else {
        const text = (agents: number) => runCalculator({ ...preset!.text, agents: String(agents) });
        const lo = text(Math.floor(c.available[i]));
        const hi = text(Math.ceil(c.available[i]));
        if (!lo.ok || !hi.ok) throw new Error('calculator refused a whole head-count');
        expect(c.answerRate[i]!).toBeGreaterThanOrEqual(lo.result.answerRate - 1e-3);
        expect(c.answerRate[i]!).toBeLessThanOrEqual(hi.result.answerRate + 1e-3);
      }
    }
  });
});
