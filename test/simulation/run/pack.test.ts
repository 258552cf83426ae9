/** Packing for the trip between threads gives back exactly what went in. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unpack } from '../../../src/simulation/run/pack';
import { simulateReplication } from '../../../src/simulation/des';
import { standardModelScenario } from '../../../src/simulation/des/standardModel';

describe('pack / unpack', () => {
  it('round-trips any JSON-like value with number arrays, nested arrays included', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null),
        fc.array(fc.double(), { maxLength: 6 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }).filter((k) => k !== '$f64'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(fc.property(value, (v) => {
      expect(unpack(pack(v))).toEqual(v);
    }), { seed: 11, numRuns: 300 });
  });

  it('puts every number of a replication in one buffer and restores the replication exactly', () => {
    const result = simulateReplication(standardModelScenario(5_000), { seed: 3, replication: 1 });
    const packed = pack(result);
    expect(packed.data.length).toBeGreaterThan(100);
    expect(JSON.stringify(packed.skeleton).length).toBeLessThan(JSON.stringify(result).length);
    expect(unpack(packed)).toEqual(result);
  });
});
