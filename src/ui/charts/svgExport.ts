/**
 * A chart as a standalone SVG file: the same draw step the page uses, into a detached `<svg>`.
 * Works wherever a DOM exists (the browser, jsdom in tests).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Serialise `draw(svg, model)` into SVG markup. */
export function renderSvg<M>(draw: (svg: SVGSVGElement, model: M) => void, model: M, doc: Document = document): string {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  draw(svg, model);
  return svg.outerHTML;
}
