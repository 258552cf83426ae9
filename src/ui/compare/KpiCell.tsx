/** One KPI against its target: the simulated figure with its interval, the analytic one, and pass/fail as a mark, a word and a colour. */
import type { Failure } from '../../simulation/compare/kpis';
import type { Estimate } from '../../simulation/stats';
import { formatDayRanges } from '../charts/time';
import { formatPercent, formatSeconds } from '../format';
import { t } from '../i18n';
import type { KpiColumn } from './kpiColumns';

export function formatFigure(value: number | null, unit: KpiColumn['unit']): string {
  return unit === 'share' ? formatPercent(value) : formatSeconds(value);
}

export function Verdict({ failure, compact }: { failure: Failure | undefined; compact?: boolean }) {
  if (!failure) return <span className="verdict pass" title={t('verdict.metTitle')}>{compact ? '✓' : t('verdict.met')}</span>;
  // Targets are judged per day: the days missed, named, so a manager sees when, not only how often.
  const when = formatDayRanges(failure.days);
  return (
    <span className="verdict fail" title={t('verdict.missedTitle', { days: when })} data-testid="missed-days">
      ✗{compact ? '' : <> {t('verdict.missed')} <span className="missed-days">{when}</span></>}
    </span>
  );
}

export function KpiCell({ column, simulated, analytic, simFailure, anaFailure }: {
  column: KpiColumn; simulated: Estimate | null; analytic: number | null; simFailure: Failure | undefined; anaFailure: Failure | undefined;
}) {
  const ci = simulated && simulated.ci95 > 0 ? ` ± ${formatFigure(simulated.ci95, column.unit).replace(' %', '')}` : '';
  return (
    <div className="kpi-cell">
      <div className="kpi-sim"><span className="fig">{formatFigure(simulated?.mean ?? null, column.unit)}{ci}</span></div>
      <div className="kpi-verdict"><Verdict failure={simFailure} /></div>
      <div className="kpi-ana"><span className="src">Erlang</span> {formatFigure(analytic, column.unit)} <Verdict failure={anaFailure} compact /></div>
    </div>
  );
}
