/** Round every decimal number in SVG markup to one decimal, so snapshots survive float noise (as Plot's tests do). */
export function roundSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return Object.is(r, -0) ? '0' : String(r);
  });
}
