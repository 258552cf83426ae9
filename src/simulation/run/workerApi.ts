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

export const simulationWorkerApi = {
  runBatchPacked(request: BatchRequest): Packed {
    return pack(runBatch(request));
  },
  summariseBatch(request: SummaryRequest): MemberSummary[] {
    return summariseBatch(request);
  },
};

export type SimulationWorkerApi = typeof simulationWorkerApi;

export const unpackBatch = (packed: Packed): ReplicationResult[] => unpack<ReplicationResult[]>(packed);

/** The buffers of a batch's summaries, moved to the caller instead of copied. */
export const summaryTransfers = (summaries: readonly MemberSummary[]): ArrayBuffer[] =>
  summaries.flatMap((s) => [s.figures.buffer as ArrayBuffer, s.series.buffer as ArrayBuffer]);
