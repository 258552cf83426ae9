// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { timeSeriesModel } from '../../../src/ui/charts/timeSeries/model';
import { drawTimeSeries } from '../../../src/ui/charts/timeSeries/draw';
import { heatmapModel } from '../../../src/ui/charts/heatmap/model';
import { drawHeatmap } from '../../../src/ui/charts/heatmap/draw';
import { renderSvg } from '../../../src/ui/charts/svgExport';
import { roundSvg } from './roundSvg';

const days = 3;
const perDay = 24;
const voice = Array.from({ length: days * perDay }, (_, i) => (i % perDay >= 8 && i % perDay < 20 ? 50 + 10 * (i % 3) : 0));

const tsModel = () => timeSeriesModel({
  title: 'Forecast', startDate: '2026-03-02', intervalMinutes: 60, first: 0, count: days * perDay,
  series: [
    { id: 'voice', label: 'Voice', values: voice, colour: '#0072B2', kind: 'area' },
    { id: 'req', label: 'Required', values: voice.map((v) => v / 5), colour: '#E69F00', kind: 'line', dashed: true },
  ],
  bands: [{ start: perDay, end: 2 * perDay, label: 'Peak' }],
  yLabel: 'Contacts per hour', width: 640, height: 320,
});

const hmModel = () => heatmapModel({
  title: 'Gap', width: 640, valueLabel: 'Agents available − required', negativeLabel: 'short by', positiveLabel: 'spare',
  columnLabels: ['08:00', '09:00', '10:00', '11:00'],
  rows: [
    { label: 'Mon 2 Mar', values: [1, 0, -2, null], note: 'short 2 agent-h', highlight: false },
    { label: 'Tue 3 Mar', values: [3, 2, 1, null], note: 'OK', highlight: true },
  ],
});

describe('chart SVG snapshots', () => {
  it('time series', () => {
    expect(roundSvg(renderSvg(drawTimeSeries, tsModel()))).toMatchSnapshot();
  });

  it('heatmap', () => {
    expect(roundSvg(renderSvg(drawHeatmap, hmModel()))).toMatchSnapshot();
  });

  it('redraws in place without piling up layers', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
    drawTimeSeries(svg, tsModel());
    const once = svg.outerHTML;
    drawTimeSeries(svg, tsModel());
    expect(svg.outerHTML).toBe(once);
    expect(svg.querySelectorAll('path[data-series]')).toHaveLength(2);
  });

  it('marks short cells and writes each day verdict', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
    drawHeatmap(svg, hmModel());
    expect(svg.querySelectorAll('circle.short-mark')).toHaveLength(1);
    expect(svg.textContent).toContain('short 2 agent-h');
    expect(svg.textContent).toContain('spare 3');
  });
});
