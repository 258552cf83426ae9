import { describe, expect, it } from 'vitest';
import { readWholeNumber, RUN_LIMITS } from '../../../src/ui/simulate/RunSettings';

describe('run settings: whole numbers within limits', () => {
  const { min, max } = RUN_LIMITS.replications;
  it('reads a whole number inside the limits', () => {
    expect(readWholeNumber('50', 'Replications', min, max)).toEqual({ value: 50 });
    expect(readWholeNumber(' 2 ', 'Replications', min, max)).toEqual({ value: 2 });
    expect(readWholeNumber('500', 'Replications', min, max)).toEqual({ value: 500 });
  });
  it('names the field and its limits for anything else', () => {
    expect(readWholeNumber('501', 'Replications', min, max)).toEqual({ problem: 'Replications must be a whole number from 2 to 500 (got 501)' });
    for (const bad of ['', '2.5', '-3', 'abc', '1e3']) {
      expect(readWholeNumber(bad, 'Replications', min, max)).toEqual({ problem: 'Replications must be a whole number from 2 to 500' });
    }
    expect(readWholeNumber('4294967296', 'Seed', RUN_LIMITS.seed.min, RUN_LIMITS.seed.max)).toEqual({ problem: 'Seed must be a whole number from 0 to 4,294,967,295 (got 4294967296)' });
  });
});
