/** The simulation web worker: only exposes the engine (docs/architecture.md, "Workers"). */
import { expose, transfer } from 'comlink';
import { simulationWorkerApi, summaryTransfers } from '../src/simulation/run/workerApi';
import type { BatchRequest, SummaryRequest } from '../src/simulation/run/batch';

expose({
  // The packed results' buffer moves to the caller instead of being copied.
  runBatchPacked(request: BatchRequest) {
    const packed = simulationWorkerApi.runBatchPacked(request);
    return transfer(packed, [packed.data.buffer]);
  },
  // So do the summaries' typed arrays: the caller merges them without a copy.
  summariseBatch(request: SummaryRequest) {
    const summaries = simulationWorkerApi.summariseBatch(request);
    return transfer(summaries, summaryTransfers(summaries));
  },
});
