/**
 * Strategies page: the ways to absorb the peak, baseline first, each with its levers in words;
 * add, duplicate, delete and edit them (changes go into the scenario), and simulate the one
 * selected, beside its analytic figures.
 */
import { useMemo, useState } from 'react';
import { parseLevers } from '../../simulation/levers';
import { describeLever } from '../compare/leverWords';
import { baseKeyOf, type LiveResult } from '../../simulation/run/liveWhatIf';
import { useDerived } from '../derive/useDerived';
import { Updating } from '../derive/DeriveNotices';
import { StrategyFigures } from '../compare/StrategyFigures';
import { StrategyEditor } from '../compare/StrategyEditor';
import { addStrategy, deleteStrategy, duplicateStrategy, wordsContext } from '../compare/strategies';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { useTranslation } from '../i18n/useTranslation';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { isCurrentTag } from '../state/runsSlice';
import '../compare/compare.css';
import './views.css';

const NO_FIGURES = new Map<string, LiveResult>();

export function StrategiesView() {
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const resolved = selectResolved(scenario);
  const [selectedRaw, setSelected] = useState('baseline');
  const selected = scenario.strategies.some((s) => s.id === selectedRaw) ? selectedRaw : 'baseline';
  const strategy = scenario.strategies.find((s) => s.id === selected);
  const ctx = wordsContext(resolved);
  const { t } = useTranslation();
  // Every strategy's analytic figures, recomputed on each edit in the derive worker (only the
  // edited one is re-evaluated); the last ones stay, marked as updating, until the newest land.
  const liveNow = useDerived('live');
  const live = liveNow.result?.value ?? NO_FIGURES;
  const comparison = useAppState((s) => s.comparison);
  // A strategy's simulated figures are "before" when its own inputs changed since the comparison:
  // the scenario apart from the strategies, or its levers (the same rule as re-simulating it).
  const changed = useMemo(() => {
    if (comparison === null || isCurrentTag(comparison.tag, scenario)) return () => false;
    const baseChanged = baseKeyOf(comparison.scenario) !== baseKeyOf(scenario);
    const leversThen = new Map(comparison.scenario.strategies.map((st) => [st.id, JSON.stringify(st.levers)]));
    return (id: string) => baseChanged || (id !== 'baseline' && leversThen.get(id) !== JSON.stringify(scenario.strategies.find((st) => st.id === id)?.levers));
  }, [comparison, scenario]);
  const simulatedOf = (id: string) => comparison?.result.strategies.find((o) => o.id === id);
  const figures = (id: string) => (
    <StrategyFigures id={id} live={live.get(id)} simulated={simulatedOf(id)} before={changed(id)} currency={resolved.costs.currency} />
  );

  const words = (levers: unknown[]) => {
    const parsed = parseLevers(levers, 'levers');
    return parsed.ok ? parsed.levers.map((l) => describeLever(l, ctx)) : [t('strategies.leversWithProblems')];
  };

  return (
    <section className="view" aria-labelledby="strategies-title">
      <h2 id="strategies-title">{t('strategies.title')}</h2>
      <p className="lead">{t('strategies.lead')}</p>
      <Updating current={liveNow.current || liveNow.result === null} />
      <div className="strategies-layout">
        <div className="strategy-list">
          <ul aria-label={t('strategies.list')}>
            <li>
              <button type="button" className="strategy-card" aria-pressed={selected === 'baseline'} onClick={() => setSelected('baseline')}>
                <span className="strategy-name">{t('strategies.baseline')}</span>
                <span className="strategy-words">{t('strategies.baselineWords')}</span>
                {figures('baseline')}
              </button>
            </li>
            {scenario.strategies.map((s) => (
              <li key={s.id}>
                <button type="button" className="strategy-card" aria-pressed={selected === s.id} onClick={() => setSelected(s.id)}>
                  <span className="strategy-name" translate="no">{s.name}</span>
                  {s.levers.length === 0
                    ? <span className="strategy-words">{t('strategies.noLever')}</span>
                    : words(s.levers).map((w) => <span key={w} className="strategy-words">{w}</span>)}
                  {figures(s.id)}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => { const next = addStrategy(scenario); setScenario(next.scenario); setSelected(next.id); }}>{t('strategies.newStrategy')}</button>
        </div>
        <div className="strategy-detail">
          {strategy ? (
            <>
              <div className="detail-head">
                <h3 translate="no">{strategy.name}</h3>
                <div className="detail-actions">
                  <button type="button" onClick={() => { const next = duplicateStrategy(scenario, strategy.id); setScenario(next.scenario); setSelected(next.id); }}>{t('app.duplicate')}</button>
                  <button type="button" className="danger" onClick={() => { setScenario(deleteStrategy(scenario, strategy.id)); setSelected('baseline'); }}>{t('app.delete')}</button>
                </div>
              </div>
              {strategy.description && <p className="muted" translate="no">{strategy.description}</p>}
              <StrategyEditor key={strategy.id} strategy={strategy} />
              <SimulatePanel strategyId={strategy.id} strategyName={strategy.name} />
            </>
          ) : (
            <>
              <div className="detail-head"><h3>{t('strategies.baseline')}</h3></div>
              <p className="muted">{t('strategies.baselineDetail')}</p>
              <SimulatePanel strategyId="baseline" strategyName={t('strategies.baselineName')} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
