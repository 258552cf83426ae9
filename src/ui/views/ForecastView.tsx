/**
 * Forecast page: what is coming, per channel, with the peak days marked; below the chart, the tools
 * that change it (build from daily totals, CSV import/export, paste a day).
 */
import { t } from '../i18n';
import { useCallback, useMemo } from 'react';
import { dayLabel } from '../charts/time';
import { drawTimeSeries } from '../charts/timeSeries/draw';
import { timeSeriesModel } from '../charts/timeSeries/model';
import { Chart } from '../components/Chart';
import { DayPicker } from '../components/DayPicker';
import { ForecastTools } from '../editor/ForecastTools';
import { forecastChartInput } from '../data/forecastSeries';
import { formatNumber } from '../format';
import { useAppState } from '../state/context';
import { selectPeaks, selectResolved } from '../state/derived';
import './views.css';

export function ForecastView() {
  const scenario = useAppState((s) => s.scenario);
  const focusDay = useAppState((s) => s.focusDay);
  const resolved = selectResolved(scenario);
  const peaks = selectPeaks(scenario);
  const input = useMemo(() => forecastChartInput(resolved, peaks, focusDay), [resolved, peaks, focusDay]);
  const build = useCallback((width: number) => timeSeriesModel({ ...input, width, height: Math.round(Math.min(520, Math.max(320, width * 0.4))) }), [input]);

  const perDay = resolved.intervalsPerDay;
  const dayTotals = resolved.channels.map((_, c) =>
    Array.from({ length: resolved.days }, (_, d) => resolved.arrivals[c].slice(d * perDay, (d + 1) * perDay).reduce((a, b) => a + b, 0)));

  return (
    <section className="view" aria-labelledby="forecast-title">
      <h2 id="forecast-title">{t('forecast.title')}</h2>
      <p className="lead">
        {t('forecast.lead', { days: resolved.days, start: dayLabel(resolved.startDate, 0), minutes: resolved.intervalMinutes })}{' '}
        {peaks.bands.length > 0
          ? <>{t('forecast.peak')} {peaks.bands.map((b, k) => (
            <span key={b.startDay}>{k > 0 ? ', ' : ''}<span translate="no">{b.label}</span> ({dayLabel(resolved.startDate, b.startDay)} – {dayLabel(resolved.startDate, b.endDay - 1)})</span>
          ))}, {t('forecast.shaded')}</>
          : t('forecast.noPeak')}
      </p>
      <DayPicker startDate={resolved.startDate} days={resolved.days} isPeak={peaks.isPeak} />
      <Chart build={build} draw={drawTimeSeries} fileName="forecast" testId="forecast-chart" />

      <ForecastTools />

      <h3>{t('forecast.perDay')}</h3>
      <div className="table-scroll">
        <table className="figures" data-testid="day-totals">
          <thead>
            <tr>
              <th scope="col">{t('forecast.day')}</th>
              {resolved.channels.map((c) => <th scope="col" key={c.id}>{c.name}</th>)}
              <th scope="col">{t('forecast.allChannels')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: resolved.days }, (_, d) => (
              <tr key={d} className={peaks.isPeak[d] ? 'peak' : undefined}>
                <th scope="row">{dayLabel(resolved.startDate, d)}{peaks.isPeak[d] ? <small> {t('chart.peak')}</small> : null}</th>
                {dayTotals.map((totals, k) => <td key={resolved.channels[k].id}>{formatNumber(totals[d])}</td>)}
                <td><strong>{formatNumber(dayTotals.reduce((sum, totals) => sum + totals[d], 0))}</strong></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('forecast.total')}</th>
              {dayTotals.map((totals, k) => <td key={resolved.channels[k].id}><strong>{formatNumber(totals.reduce((a, b) => a + b, 0))}</strong></td>)}
              <td><strong>{formatNumber(dayTotals.flat().reduce((a, b) => a + b, 0))}</strong></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
