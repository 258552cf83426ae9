/**
 * What a simulation worker exposes (browser worker or Node worker thread alike): a batch of
 * replications, packed for a cheap trip back (pack.ts), or summarised where they ran
 * (batch.ts `summariseBatch`: typed arrays the merging thread adds in replication order). The
 * worker file transfers the buffers (`summaryTransfers`); the pool's worker handles unpack a
 * packed batch.
 */
import type { ReplicationResult } from '../des';
import { runBatch, summariseBatch, type BatchRequest, type MemberSummary, type SummaryRequest } from './batch';
import { pack, unpack, type Packed } from './pack';

/**
 * A summarised batch's request as it crosses to the worker: with `sameScenario`, the scenario
 * and strategies are those of the worker's previous request (a run's chunks share them: a year's
 * scenario costs the sending thread tens of milliseconds to copy), and are not sent again.
 */
export type SummaryMessage = SummaryRequest | (Omit<SummaryRequest, 'scenario' | 'strategies'> & { sameScenario: true });

/** This worker's last scenario and strategies (a worker serves one pool's handle, one batch at a time). */
let lastScenario: Pick<SummaryRequest, 'scenario' | 'strategies'> | null = null;

export const simulationWorkerApi = {
  runBatchPacked(request: BatchRequest): Packed {
    return pack(runBatch(request));
  },
  summariseBatch(message: SummaryMessage): MemberSummary[] {
    if ('sameScenario' in message) {
      if (lastScenario === null) throw new Error('a batch asked for the previous scenario, but this worker has none');
      const { sameScenario: _, ...rest } = message;
      return summariseBatch({ ...rest, ...lastScenario });
    }
    lastScenario = { scenario: message.scenario, ...(message.strategies ? { strategies: message.strategies } : {}) };
    return summariseBatch(message);
  },
};

/**
 * The sending side of `SummaryMessage`, one per worker: a request whose scenario and strategies
 * are the very objects of the previous one goes without them.
 */
export function summaryMessages(): (request: SummaryRequest) => SummaryMessage {
  let last: Pick<SummaryRequest, 'scenario' | 'strategies'> | null = null;
  return (request) => {
    const same = last !== null && last.scenario === request.scenario && last.strategies === request.strategies;
    last = { scenario: request.scenario, strategies: request.strategies };
    if (!same) return request;
    const { scenario: _s, strategies: _t, ...rest } = request;
    return { ...rest, sameScenario: true };
  };
}

export type SimulationWorkerApi = typeof simulationWorkerApi;

export const unpackBatch = (packed: Packed): ReplicationResult[] => unpack<ReplicationResult[]>(packed);

/** The buffers of a batch's summaries, moved to the caller instead of copied. */
export const summaryTransfers = (summaries: readonly MemberSummary[]): ArrayBuffer[] =>
  summaries.flatMap((s) => [s.figures.buffer as ArrayBuffer, s.series.buffer as ArrayBuffer]);
