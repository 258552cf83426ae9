/**
 * Replications finish in any order (several workers, chunks of different lengths) but are merged
 * in replication order, so that the streaming statistics give the same bytes whatever the number
 * of workers. This holds back the ones that finished early — at most the replications in flight,
 * never the whole run — and hands each on as soon as its turn comes. What it holds is usually a
 * worker's summary of the replication (compare/simulated.ts), sometimes the whole replication.
 */
import type { ReplicationSummary } from '../compare/simulated';

export class ReplicationOrder<T extends { replication: number } = ReplicationSummary> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly consume: (result: T) => void) {}

  add(result: T): void {
    // A replication merged twice would count twice, or wait here forever: a bug upstream, said.
    if (result.replication < this.next || this.waiting.has(result.replication)) throw new Error(`replication ${result.replication} arrived twice`);
    this.waiting.set(result.replication, result);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.consume(r);
    }
  }

  /** Replications held back, waiting for an earlier one. */
  get held(): number {
    return this.waiting.size;
  }
}
