/** The simulation web worker: only exposes the engine (docs/architecture.md, "Workers"). */
import { expose, transfer } from 'comlink';
import { simulationWorkerApi, summaryTransfers, type SummaryMessage } from '../src/simulation/run/workerApi';
import type { BatchRequest } from '../src/simulation/run/batch';

expose({
  // The packed results' buffer moves to the caller instead of being copied.
  runBatchPacked(request: BatchRequest) {
    const packed = simulationWorkerApi.runBatchPacked(request);
    return transfer(packed, [packed.data.buffer]);
  },
  // So do the summaries' typed arrays: the caller merges them without a copy. A run's later
  // chunks come without their scenario (workerApi.ts, SummaryMessage).
  summariseBatch(message: SummaryMessage) {
    const summaries = simulationWorkerApi.summariseBatch(message);
    return transfer(summaries, summaryTransfers(summaries));
  },
});
