/**
 * Welford's streaming mean and variance: one pass, numerically stable (no cancellation of
 * Σx² − n·mean² when the values are large and close together, e.g. agent-seconds).
 */
export class Welford {
  n = 0;
  mean = 0;
  private m2 = 0;

  push(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }

  /** Sample variance (n − 1 denominator); 0 when fewer than two values. */
  get variance(): number {
    return this.n < 2 ? 0 : Math.max(0, this.m2 / (this.n - 1));
  }
}
