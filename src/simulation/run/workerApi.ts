/**
 * What a simulation worker exposes (browser worker or Node worker thread alike): a batch of
 * replications, packed for a cheap trip back (pack.ts). The worker file transfers the packed
 * buffer; the pool's worker handles unpack it.
 */
import type { ReplicationResult } from '../des';
import { runBatch, type BatchRequest } from './batch';
import { pack, unpack, type Packed } from './pack';

export const simulationWorkerApi = {
  runBatchPacked(request: BatchRequest): Packed {
    return pack(runBatch(request));
  },
};

export type SimulationWorkerApi = typeof simulationWorkerApi;

export const unpackBatch = (packed: Packed): ReplicationResult[] => unpack<ReplicationResult[]>(packed);
