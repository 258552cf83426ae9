/**
 * A run's chunks share one scenario: after the first, a worker's batch goes without it
 * (run/workerApi.ts, SummaryMessage) — and must give the summaries the whole request gives.
 */
import { describe, expect, it } from 'vitest';
import { samples } from '../../../src/scenario/samples';
import { baselineScenario } from '../../../src/simulation/levers';
import { summariseBatch, type SummaryRequest } from '../../../src/simulation/run/batch';
import { simulationWorkerApi, summaryMessages } from '../../../src/simulation/run/workerApi';
import { resolved } from './generatedScenario';

describe('summary messages', () => {
  it('send the scenario once per run and per worker, with the same summaries', () => {
    const base = baselineScenario(resolved(samples[1]!.scenario));
    const other = baselineScenario(resolved(samples[1]!.scenario));
    const send = summaryMessages();
    const request = (scenario: SummaryRequest['scenario'], replications: number[]): SummaryRequest => ({ scenario, seed: 3, replications, summarise: [true] });
    const first = send(request(base, [0]));
    const second = send(request(base, [1]));
    expect('scenario' in first).toBe(true);
    expect('scenario' in second).toBe(false);
    // Another scenario object (another run) is sent whole again.
    expect('scenario' in send(request(other, [2]))).toBe(true);
    // The worker side: the first message sets its scenario, the second reuses it.
    expect(simulationWorkerApi.summariseBatch(first)).toEqual(summariseBatch(request(base, [0])));
    expect(simulationWorkerApi.summariseBatch(second)).toEqual(summariseBatch(request(base, [1])));
  }, 60_000);
});
