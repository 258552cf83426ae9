/**
 * The analytic engine against high-precision references: test/fixtures/erlang.json, written by
 * test/fixtures/generate_erlang.py (mpmath, 60 digits, methods independent of ours — see there).
 */
import { describe, expect, it } from 'vitest';
import fixtures from '../../fixtures/erlang.json';
import { erlangA, erlangB, erlangCMetrics } from '../../../src/simulation/erlang';

/** Relative tolerance: a few hundred ulps, room for the sums of thousands of terms. */
const RELATIVE = 1e-11;

function expectClose(actual: number | null, expected: number, what: string, tolerance = RELATIVE): void {
  const error = actual === null ? Infinity : Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  if (!(error <= tolerance)) {
    throw new Error(`${what}: got ${actual}, expected ${expected}, relative error ${error.toExponential(2)} > ${tolerance}`);
  }
}

describe('Erlang B against mpmath', () => {
  it.each(fixtures.erlangB.map((r) => [r.traffic, r.servers, r.value]))('B(A=%s, N=%s) = %s', (traffic, servers, value) => {
    expectClose(erlangB(traffic, servers), value, `erlangB(${traffic}, ${servers})`);
  });
});

describe('Erlang C against mpmath', () => {
  it.each(fixtures.erlangC)('A=$traffic N=$servers', (row) => {
    const m = erlangCMetrics(row.traffic, row.servers, row.ahtSeconds, row.slSeconds);
    expect(m).not.toBeNull();
    const label = `A=${row.traffic} N=${row.servers}`;
    expectClose(m!.probWait, row.probWait, `${label} probWait`);
    expectClose(m!.serviceLevel, row.serviceLevel, `${label} serviceLevel`);
    expectClose(m!.asaSeconds, row.asaSeconds, `${label} asaSeconds`);
  });
});

describe('Erlang A against mpmath (chain summed directly, hypoexponential waits)', () => {
  it.each(fixtures.erlangA)('A=$traffic N=$servers patience=$patienceSeconds T=$slSeconds', (row) => {
    const r = erlangA(row);
    const label = `A=${row.traffic} N=${row.servers} patience=${row.patienceSeconds} T=${row.slSeconds}`;
    expectClose(r.probWait, row.probWait, `${label} probWait`);
    // By Little's law in the generator, by per-state answer probabilities here: two routes, one value.
    expectClose(r.probAbandon, row.probAbandon, `${label} probAbandon`);
    expectClose(r.serviceLevel, row.serviceLevel, `${label} serviceLevel`);
    expectClose(r.asaSeconds, row.asaSeconds, `${label} asaSeconds`);
  });
});
