import { describe, expect, it } from 'vitest';
import { formatLeft, secondsLeft } from '../../../src/ui/simulate/progress';
import type { RunRecord } from '../../../src/ui/state/runsSlice';

const run = (done: number, total: number, since = 0): RunRecord => ({
  id: 'r', scenario: {} as RunRecord['scenario'], status: 'running', progress: done / total, phase: 'simulating', done, total, simulatingSince: since,
});

describe('time left', () => {
  it('says nothing until a few replications and a couple of seconds give a pace', () => {
    expect(secondsLeft(run(2, 20), 500)).toBeNull();
    expect(secondsLeft(run(2, 20), 10_000)).toBeNull();
    expect(secondsLeft(run(5, 20), 1_000)).toBeNull();
  });

  it('then extrapolates the pace to the replications left', () => {
    expect(secondsLeft(run(5, 20), 5_000)).toBeCloseTo(15, 6);
    expect(formatLeft(15)).toBe('about 15 s left');
    expect(formatLeft(300)).toBe('about 5 min left');
    expect(formatLeft(0.4)).toBe('almost done');
  });
});
