/**
 * The standard exponential by the ziggurat method (Marsaglia & Tsang, "The Ziggurat Method for
 * Generating Random Variables", J. Stat. Software 5(8), 2000; 256 layers, their constants r and
 * v). About 99% of draws cost one 32-bit word, a table look-up, a compare and a multiply; only
 * the rest take a logarithm or an exponential. Inversion (−log u) costs a call into V8's C++ log
 * on every draw, which was an eighth of the simulator's time (arrivals, handle times, patience).
 *
 * One word gives both the layer (its low 8 bits) and the position inside it (its high 24 bits),
 * disjoint bits so that the two are independent (Doornik's remark on Marsaglia & Tsang's use of
 * the same bits for both). The position is the centre of one of 2^24 cells, so a draw is never 0:
 * handle times and patience stay positive, as with inversion. The result is exact up to that
 * 2^−24 resolution within a layer.
 */
import type { Rng } from './rng';

/** Start of the tail (the rightmost layer's edge), and the area of each layer. */
const R = 7.69711747013105; // their 7.69711747013104972, as a double
const V = 0.003949659822581557; // Marsaglia & Tsang: 3.9496598225815571993e-3
const LAYERS = 256;
const CELLS = 16777216; // 2^24 positions per layer

/** k[i]: positions of layer i wholly under the density (accepted at once); w[i]: cell width; f[i] = e^(−x_i). */
const k = new Int32Array(LAYERS);
const w = new Float64Array(LAYERS);
const f = new Float64Array(LAYERS);
{
  let x = R;
  let outer = R;
  const q = V / Math.exp(-x);
  k[0] = Math.floor((x / q) * CELLS);
  k[1] = 0;
  w[0] = q / CELLS;
  w[LAYERS - 1] = x / CELLS;
  f[0] = 1;
  f[LAYERS - 1] = Math.exp(-x);
  for (let i = LAYERS - 2; i >= 1; i--) {
    x = -Math.log(V / x + Math.exp(-x));
    k[i + 1] = Math.floor((x / outer) * CELLS);
    outer = x;
    f[i] = Math.exp(-x);
    w[i] = x / CELLS;
  }
}

/** Where the slow path leaves its draw (see standardExponential). */
const slow = new Float64Array(1);

/** A standard exponential draw (mean 1), positive and finite. */
export function standardExponential(rng: Rng): number {
  const word = rng.nextUint32();
  const layer = word & 255;
  const cell = word >>> 8;
  if (cell < k[layer]) return (cell + 0.5) * w[layer];
  // The slow path's draw comes back through a typed array, not as a return value: V8 cannot
  // know that a call it does not inline returns a number, so merging that value with the fast
  // path's made it box every draw on the heap (a few megabytes of garbage per 100,000 draws).
  slowPath(rng, layer, cell);
  return slow[0];
}

/** The 1% of draws that fall in the tail or a layer's wedge (kept apart so the fast path inlines). */
function slowPath(rng: Rng, layer: number, cell: number): void {
  slow[0] = slowDraw(rng, layer, cell);
}

function slowDraw(rng: Rng, layer: number, cell: number): number {
  for (;;) {
    // The tail beyond R is R plus a standard exponential (memorylessness).
    if (layer === 0) return R - Math.log(rng.next());
    const x = (cell + 0.5) * w[layer];
    if (f[layer] + rng.next() * (f[layer - 1] - f[layer]) < Math.exp(-x)) return x;
    const word = rng.nextUint32();
    layer = word & 255;
    cell = word >>> 8;
    if (cell < k[layer]) return (cell + 0.5) * w[layer];
  }
}
