/** The comparison's charts: per-interval service level with bands, cost breakdown, cost vs service. */
import { strategyName } from './engineWords';
import { t } from '../i18n';
import { useCallback, useMemo, useState } from 'react';
import type { ResolvedScenario } from '../../scenario/model';
import { drawBands } from '../charts/bands/draw';
import { bandsModel } from '../charts/bands/model';
import { drawBars } from '../charts/bars/draw';
import { barsModel } from '../charts/bars/model';
import { drawScatter } from '../charts/scatter/draw';
import { scatterModel } from '../charts/scatter/model';
import { Chart } from '../components/Chart';
import { DayPicker } from '../components/DayPicker';
import { useAppState } from '../state/context';
import { selectPeaks } from '../state/derived';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { judgedPerDay } from './judging';
import { bandsInput, barsInput, channelScatterInputs, strategyColour } from './chartInputs';
import type { CostView } from './costView';
import { useStaged } from './useStaged';

export function ComparisonCharts({ outcome, resolved, costView = 'extra' }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; costView?: CostView }) {
  const scenario = useAppState((s) => s.scenario);
  const focusDay = useAppState((s) => s.focusDay);
  const peaks = selectPeaks(scenario);
  const [channelId, setChannelId] = useState(resolved.channels[0]?.id ?? '');
  const [shown, setShown] = useState<string[]>(() => [...new Set(['baseline', outcome.recommendation.strategyId])]);

  const bands = useMemo(() => bandsInput(outcome, resolved, channelId, shown, focusDay), [outcome, resolved, channelId, shown, focusDay]);
  const buildBands = useCallback((width: number) => bandsModel({ ...bands, width, height: Math.round(Math.min(460, Math.max(320, width * 0.34))) }), [bands]);
  const bars = useMemo(() => barsInput(outcome, resolved, costView), [outcome, resolved, costView]);
  const buildBars = useCallback((width: number) => barsModel({ ...bars, width }), [bars]);
  const scatters = useMemo(() => channelScatterInputs(outcome, resolved, costView), [outcome, resolved, costView]);

  // One chart per task (useStaged.ts): the first paints with the table, the others just after.
  const stage = useStaged(3, outcome);

  return (
    <>
      <h3>{t('charts.slPerInterval')}</h3>
      <p className="muted judged-per-day" data-testid="judged-per-day">{judgedPerDay()}</p>
      <div className="chart-controls">
        <div className="channel-tabs" role="tablist" aria-label={t('staffing.channel')}>
          {resolved.channels.map((c) => (
            <button type="button" role="tab" key={c.id} aria-selected={c.id === channelId} onClick={() => setChannelId(c.id)}>{c.name} <span className="kind">{t(`forecast.kind_${c.kind}`)}</span></button>
          ))}
        </div>
        <fieldset className="shown-strategies">
          <legend>{t('charts.drawn')}</legend>
          {outcome.strategies.map((o) => (
            <label key={o.id} className="check">
              <input type="checkbox" checked={shown.includes(o.id)}
                onChange={(e) => setShown(e.target.checked ? [...shown, o.id] : shown.filter((x) => x !== o.id))} />
              <span className="swatch" style={{ background: strategyColour(outcome, o.id) }} aria-hidden="true" />
              {strategyName(o)}
            </label>
          ))}
        </fieldset>
      </div>
      <DayPicker startDate={resolved.startDate} days={resolved.days} isPeak={peaks.isPeak} />
      <Chart build={buildBands} draw={drawBands} fileName={`service-level-${channelId}`} testId="bands-chart" />

      <h3>{t('charts.breakdown')}</h3>
      {stage >= 2 && <Chart build={buildBars} draw={drawBars} fileName="cost-breakdown" testId="cost-chart" />}

      <h3>{t('charts.costVsService')}</h3>
      <p className="muted">{t('charts.ownTarget')}</p>
      {stage >= 3 && (
        <div className="scatter-multiples">
          {scatters.map((input) => <ChannelScatter key={input.channelId} input={input} />)}
        </div>
      )}
    </>
  );
}

function ChannelScatter({ input }: { input: ReturnType<typeof channelScatterInputs>[number] }) {
  const build = useCallback((width: number) => scatterModel({ ...input, width, height: Math.round(Math.min(460, Math.max(340, width * 0.62))) }), [input]);
  return <Chart build={build} draw={drawScatter} fileName={`cost-vs-service-${input.channelId}`} testId={`scatter-chart-${input.channelId}`} />;
}
