/**
 * A chart on the page: builds the model for the container's width, draws it into an `<svg>`, and
 * offers the same picture as an SVG file to download (the draw step is the same for both).
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { renderSvg } from '../charts/svgExport';
import { useWidth } from './useWidth';
import './Chart.css';

export interface ChartProps<M> {
  /** The chart's model for a width in pixels. */
  build: (width: number) => M;
  draw: (svg: SVGSVGElement, model: M) => void;
  /** File name of the SVG download, without extension. */
  fileName: string;
  testId?: string;
}

export function Chart<M>({ build, draw, fileName, testId }: ChartProps<M>) {
  const [boxRef, width] = useWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const model = useMemo(() => (width === null ? null : build(width)), [build, width]);
  useLayoutEffect(() => {
    if (svgRef.current && model !== null) draw(svgRef.current, model);
  }, [draw, model]);

  const download = () => {
    if (model === null) return;
    const blob = new Blob([renderSvg(draw, model)], { type: 'image/svg+xml' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.svg`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart-box" ref={boxRef}>
        <svg ref={svgRef} />
      </div>
      <button type="button" className="chart-download" onClick={download}>Download SVG</button>
    </figure>
  );
}
