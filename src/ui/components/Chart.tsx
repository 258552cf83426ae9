/**
 * A chart on the page: builds the model for the container's width, draws it into an `<svg>`, and
 * offers the same picture as an SVG or PNG file to download (the draw step is the same for all).
 */
import { t } from '../i18n';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { renderSvg } from '../charts/svgExport';
import { downloadBlob, downloadText } from '../editor/download';
import { svgToPng } from '../export/png';
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

  const [pngProblem, setPngProblem] = useState<string | null>(null);
  const download = () => {
    if (model !== null) downloadText(renderSvg(draw, model), `${fileName}.svg`, 'image/svg+xml');
  };
  const downloadPng = async () => {
    if (model === null) return;
    try {
      setPngProblem(null);
      downloadBlob(await svgToPng(renderSvg(draw, model)), `${fileName}.png`);
    } catch (error) {
      setPngProblem(t('chart.pngProblem', { message: (error as Error).message }));
    }
  };

  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart-box" ref={boxRef}>
        <svg ref={svgRef} />
      </div>
      <div className="chart-downloads">
        <button type="button" className="chart-download" onClick={download}>{t('chart.svg')}</button>
        <button type="button" className="chart-download" onClick={() => void downloadPng()}>{t('chart.png')}</button>
        {pngProblem && <span role="alert" className="field-problem">{pngProblem}</span>}
      </div>
    </figure>
  );
}
