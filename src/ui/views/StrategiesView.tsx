/**
 * Strategies page: the ways to absorb the peak, baseline first, each with its levers in words;
 * add, duplicate, delete and edit them (changes go into the scenario), and simulate the one
 * selected, beside its analytic figures.
 */
import { useMemo, useRef, useState } from 'react';
import { parseLevers } from '../../simulation/levers';
import { describeLever } from '../compare/leverWords';
import { baseKeyOf, createLiveWhatIf } from '../compare/liveWhatIf';
import { StrategyFigures } from '../compare/StrategyFigures';
import { StrategyEditor } from '../compare/StrategyEditor';
import { addStrategy, deleteStrategy, duplicateStrategy, wordsContext } from '../compare/strategies';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { isCurrentTag } from '../state/runsSlice';
import '../compare/compare.css';
import './views.css';

export function StrategiesView() {
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const resolved = selectResolved(scenario);
  const [selectedRaw, setSelected] = useState('baseline');
  const selected = scenario.strategies.some((s) => s.id === selectedRaw) ? selectedRaw : 'baseline';
  const strategy = scenario.strategies.find((s) => s.id === selected);
  const ctx = wordsContext(resolved);
  // Every strategy's analytic figures, recomputed on each edit (only the edited one is re-evaluated).
  const liveWhatIf = useRef(createLiveWhatIf()).current;
  const live = useMemo(() => liveWhatIf.figures(scenario, resolved), [liveWhatIf, scenario, resolved]);
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
    return parsed.ok ? parsed.levers.map((l) => describeLever(l, ctx)) : ['(levers with problems: open it to fix them)'];
  };

  return (
    <section className="view" aria-labelledby="strategies-title">
      <h2 id="strategies-title">Strategies</h2>
      <p className="lead">
        Ways to absorb the peak, each a combination of levers: outsourcing overflow, moving chat and email agents to the phones,
        temps, overtime. The baseline (do nothing) is always compared. Select one to edit its levers or simulate it; the
        Comparison page puts them all side by side.
      </p>
      <div className="strategies-layout">
        <div className="strategy-list">
          <ul aria-label="Strategies">
            <li>
              <button type="button" className="strategy-card" aria-pressed={selected === 'baseline'} onClick={() => setSelected('baseline')}>
                <span className="strategy-name">Baseline (no lever)</span>
                <span className="strategy-words">Do nothing: the scenario's own staffing.</span>
                {figures('baseline')}
              </button>
            </li>
            {scenario.strategies.map((s) => (
              <li key={s.id}>
                <button type="button" className="strategy-card" aria-pressed={selected === s.id} onClick={() => setSelected(s.id)}>
                  <span className="strategy-name">{s.name}</span>
                  {s.levers.length === 0
                    ? <span className="strategy-words">No lever.</span>
                    : words(s.levers).map((w) => <span key={w} className="strategy-words">{w}</span>)}
                  {figures(s.id)}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => { const next = addStrategy(scenario); setScenario(next.scenario); setSelected(next.id); }}>+ New strategy</button>
        </div>
        <div className="strategy-detail">
          {strategy ? (
            <>
              <div className="detail-head">
                <h3>{strategy.name}</h3>
                <div className="detail-actions">
                  <button type="button" onClick={() => { const next = duplicateStrategy(scenario, strategy.id); setScenario(next.scenario); setSelected(next.id); }}>Duplicate</button>
                  <button type="button" className="danger" onClick={() => { setScenario(deleteStrategy(scenario, strategy.id)); setSelected('baseline'); }}>Delete</button>
                </div>
              </div>
              {strategy.description && <p className="muted">{strategy.description}</p>}
              <StrategyEditor key={strategy.id} strategy={strategy} />
              <SimulatePanel strategyId={strategy.id} strategyName={strategy.name} />
            </>
          ) : (
            <>
              <div className="detail-head"><h3>Baseline (no lever)</h3></div>
              <p className="muted">The scenario as it is: its forecast against its own staffing. It has no lever to edit.</p>
              <SimulatePanel strategyId="baseline" strategyName="Baseline" />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
