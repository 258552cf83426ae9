/**
 * Neumaier's compensated summation (an improved Kahan sum): the rounding error of each addition
 * is carried along, so summing thousands of interval figures (or agent-seconds of order 10^9
 * next to small ones) does not lose the small terms.
 */
export function compensatedSum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  let carry = 0;
  for (let i = from; i < to; i++) {
    const x = values[i];
    const t = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
    sum = t;
  }
  return sum + carry;
}
