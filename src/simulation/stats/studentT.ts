/**
 * Quantiles of Student's t distribution for confidence intervals over replications.
 * df 1–30: tabulated values (standard tables, 9 significant digits; checked in the tests against
 * a numerical integration of the density). df > 30: the Cornish–Fisher expansion of t around
 * the normal quantile z (Abramowitz & Stegun 26.7.5, four terms), accurate to better than 1e-6
 * there.
 */
import { normalQuantile } from './normal';

const T975 = [
  12.7062047, 4.30265273, 3.18244631, 2.77644511, 2.57058184, 2.44691185, 2.36462425, 2.30600414,
  2.26215716, 2.22813885, 2.20098516, 2.17881283, 2.16036866, 2.14478669, 2.13144955, 2.11990530,
  2.10981558, 2.10092204, 2.09302405, 2.08596345, 2.07961384, 2.07387307, 2.06865761, 2.06389856,
  2.05953855, 2.05552944, 2.05183052, 2.04840714, 2.04522964, 2.04227246,
];
const T995 = [
  63.6567412, 9.92484320, 5.84090931, 4.60409487, 4.03214298, 3.70742802, 3.49948330, 3.35538733,
  3.24983554, 3.16927267, 3.10580652, 3.05453959, 3.01227584, 2.97684273, 2.94671288, 2.92078162,
  2.89823052, 2.87844047, 2.86093461, 2.84533971, 2.83135956, 2.81875606, 2.80733568, 2.79693950,
  2.78743581, 2.77871453, 2.77068296, 2.76326246, 2.75638590, 2.74999565,
];
const Z975 = 1.959963984540054;
const Z995 = 2.5758293035489004;

function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

function quantile(table: number[], z: number, df: number): number {
  if (!(df >= 1)) return 0;
  const d = Math.floor(df);
  return d <= table.length ? table[d - 1] : cornishFisher(z, d);
}

/** t(0.975, df): the 95% two-sided critical value; 0 for df < 1 (no interval from one value). */
export function studentT975(df: number): number {
  return quantile(T975, Z975, df);
}

/** t(0.995, df): the 99% two-sided critical value; 0 for df < 1. */
export function studentT995(df: number): number {
  return quantile(T995, Z995, df);
}

/**
 * t(p, df) for any p in (0.5, 1): the Cornish–Fisher expansion around the normal quantile (the
 * sequential comparison's bounds at small error rates, compare/sequential.ts). Within 1% of the
 * tables from df 5 on for p up to 0.99995 (the tests check published values).
 */
export function studentTQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  if (!(df >= 1) || !Number.isFinite(z)) return z;
  return cornishFisher(z, Math.floor(df));
}
