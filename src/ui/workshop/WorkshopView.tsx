/**
 * Workshop mode: one full screen in large type that tells the story — the peak, the gap, the
 * strategies side by side with their verdict and extra cost — with the assumptions as sliders.
 * Every slider is a scenario edit; the analytic figures follow at once (live what-if), "Confirm
 * by simulation" runs the comparison in workers, a card's "Confirm" that strategy alone against
 * the baseline (run/confirmStrategy.ts). Snapshots freeze the figures under a name and line up
 * side by side. Keyboard only: Tab to a slider, arrows move it; S freezes a snapshot, 1–9 show or
 * hide one, C confirms by simulation — the card's strategy alone when the focus is on its Confirm
 * button — Escape leaves (a presenter's clicker sends keys).
 */
import { useEffect, useRef, useState } from 'react';
import type { ScenarioFile } from '../../scenario/schema';
import type { ChannelPlan } from '../../simulation/plan';
import { addDays } from '../../scenario/calendar';
import { formatMoneyChange, formatPrice } from '../charts/money';
import { formatDayRanges } from '../charts/time';
import { StrategyFigures } from '../compare/StrategyFigures';
import { ConfirmAction, ConfirmStop } from '../compare/ConfirmStrategy';
import { missingAgentHours } from '../data/staffingSeries';
import { formatNumber } from '../format';
import { useTranslation } from '../i18n/useTranslation';
import { RunProgress } from '../simulate/RunProgress';
import { getRunClient } from '../simulate/client';
import { useAppState } from '../state/context';
import { selectPeaks, selectResolved } from '../state/derived';
import { useDerived } from '../derive/useDerived';
import { Updating } from '../derive/DeriveNotices';
import type { LiveResult } from '../../simulation/run/liveWhatIf';
import { latestRun, simulatedFigures } from '../state/runsSlice';
import { ASSUMPTIONS, readAssumption, targetOf, writeAssumption } from './assumptions';
import { snapshotsOf, takeSnapshot, toggleShown, withSnapshots, type Snapshot } from './snapshots';
import './workshop.css';

const NO_FIGURES = new Map<string, LiveResult>();

/** The agent-hours missing on the first channel over the peak (the whole horizon without one). */
function gapOf(scenario: ScenarioFile, channelPlan: ChannelPlan): number {
  const resolved = selectResolved(scenario);
  const peaks = selectPeaks(scenario);
  const hasPeak = peaks.isPeak.some(Boolean);
  return missingAgentHours(resolved, channelPlan, (d) => (hasPeak ? peaks.isPeak[d]! : true));
}

export function WorkshopView({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const comparison = useAppState((s) => s.comparison);
  const runs = useAppState((s) => s.runs);
  const startComparison = useAppState((s) => s.startComparison);
  const confirmations = useAppState((s) => s.confirmations);
  const startConfirm = useAppState((s) => s.startConfirm);
  const cancelRun = useAppState((s) => s.cancelRun);
  const resolved = selectResolved(scenario);
  // Live figures and the plan come from the derive workers; the last ones stay, marked, until the newest land.
  const liveNow = useDerived('live');
  const live = liveNow.result?.value ?? NO_FIGURES;
  const planNow = useDerived('plan');
  const run = latestRun(runs, 'compare');
  const running = run?.status === 'running';
  const confirming = latestRun(runs, 'confirm')?.status === 'running';
  const strategies = [{ id: 'baseline', name: t('strategies.baseline') }, ...scenario.strategies.map((s) => ({ id: s.id, name: s.name }))];
  const currency = resolved.costs.currency;

  // The story: the peak's days and the agent-hours missing on the first channel over them.
  const peaks = selectPeaks(scenario);
  const peakDays = peaks.isPeak.flatMap((p, d) => (p ? [addDays(resolved.startDate, d)] : []));
  const planScenario = planNow.result?.scenario;
  const missing = planScenario === undefined ? null : gapOf(planScenario, planNow.result!.value.channels[0]!);

  // Snapshots live in the scenario (its `workshop` field): taking one is an undoable edit, saved,
  // exported and shared with it; results stay current (the engines never read it).
  const snapshots = snapshotsOf(scenario);
  const setSnapshots = (next: Snapshot[]) => setScenario(withSnapshots(scenario, next));
  // Which peak event, channel, team or strategy each slider acts on (the first until picked).
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<number[]>([]);
  const [naming, setNaming] = useState<string | null>(null);
  const freeze = (name: string) => {
    const next = [...snapshots, takeSnapshot(name.trim() || t('workshop.snapshotN', { n: snapshots.length + 1 }), currency, strategies, live, new Date())];
    setSnapshots(next);
    setShown((s) => toggleShown(s, next.length - 1));
    setNaming(null);
  };

  const root = useRef<HTMLDivElement>(null);
  // A workshop confirms strategies one by one: their workers start now, not on the first Confirm.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on the scenario the workshop opened with
  useEffect(() => { getRunClient().warm?.('confirm', { scenario }); }, []);
  useEffect(() => {
    root.current?.focus();
    // Full screen when the browser allows it (a click or key started this); the view works without.
    root.current?.requestFullscreen?.().catch(() => {});
    return () => { if (document.fullscreenElement) void document.exitFullscreen().catch(() => {}); };
  }, []);
  const onKey = (e: React.KeyboardEvent) => {
    if (naming !== null) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') return;
    if (e.key === 'Escape') { e.preventDefault(); onExit(); } else if (e.key === 's' || e.key === 'S') { e.preventDefault(); setNaming(''); } else if (e.key === 'c' || e.key === 'C') {
      // On a strategy's card (its Confirm button has the focus): that strategy alone.
      const card = target.closest<HTMLElement>('[data-confirm-id]')?.dataset.confirmId;
      if (card !== undefined && !confirming) { e.preventDefault(); startConfirm(card); } else if (card === undefined && !running) { e.preventDefault(); startComparison(); }
    } else if (/^[1-9]$/.test(e.key) && Number(e.key) <= snapshots.length) { e.preventDefault(); setShown((s) => toggleShown(s, Number(e.key) - 1)); }
  };

  return (
    <div className="workshop" ref={root} tabIndex={-1} onKeyDown={onKey} role="region" aria-label={t('workshop.title')} data-testid="workshop">
      <header className="workshop-head">
        <h2>{t('workshop.title')} · <span translate="no">{scenario.name}</span></h2>
        <p className="workshop-keys">{t('workshop.keys')}</p>
        <button type="button" onClick={onExit}>{t('workshop.exit')}</button>
      </header>
      <section className="workshop-story" aria-label={t('workshop.story')}>
        <p><strong>{t('workshop.peak')}</strong> {peakDays.length > 0 ? formatDayRanges(peakDays) : t('workshop.noPeak')}</p>
        <p data-testid="workshop-gap"><strong>{t('workshop.gap')}</strong> {missing === null ? '…' : t('workshop.gapText', { hours: formatNumber(missing), channel: resolved.channels[0]?.name ?? '' })}</p>
        <Updating current={(liveNow.current || liveNow.result === null) && (planNow.current || planNow.result === null)} />
      </section>
      <div className="workshop-body">
        <section className="workshop-strategies" aria-label={t('strategies.list')}>
          {strategies.map((s) => {
            // The last comparison's figures or this strategy's own confirmation, whichever is current.
            const shown = simulatedFigures(s.id, { comparison, confirmations }, scenario);
            return (
              <article key={s.id} className="workshop-card" data-testid={`workshop-${s.id}`} data-confirm-id={s.id === 'baseline' ? undefined : s.id}>
                <h3 translate={s.id === 'baseline' ? undefined : 'no'}>{s.name}</h3>
                <StrategyFigures id={s.id} live={live.get(s.id)} simulated={shown?.outcome} before={shown !== null && !shown.current} confirmed={shown?.confirmed}
                  uncertain={resolved.uncertainty !== undefined} currency={currency} />
                <ConfirmStop shown={shown} channels={resolved.channels} />
                {s.id !== 'baseline' && <ConfirmAction id={s.id} name={s.name} />}
              </article>
            );
          })}
        </section>
        <section className="workshop-sliders" aria-label={t('workshop.assumptions')}>
          {ASSUMPTIONS.map((a) => {
            const key = chosen[a.id] ?? null;
            const value = readAssumption(a, scenario, key);
            if (value === null) return null;
            const label = t(a.label);
            const targets = a.targets(scenario);
            const target = targetOf(a, scenario, key)!;
            return (
              <div key={a.id} className="workshop-slider">
                <label>
                  <span>{t('workshop.valueLabel', { label })} <strong data-testid={`value-${a.id}`}>{a.custom ? a.custom.show(value, scenario) : a.money ? formatPrice(value, currency) : `${formatNumber(value, 2)}${a.unit ? ` ${a.unit}` : ''}`}</strong></span>
                  <input type="range" min={a.min} max={Math.max(a.max, value)} step={a.step} value={value} aria-label={label}
                    onChange={(e) => setScenario(writeAssumption(a, scenario, Number(e.target.value), key))} />
                </label>
                {targets.length > 1 && (
                  <select className="workshop-target" aria-label={t('workshopTargets.actsOn', { label })} value={target.key} translate="no"
                    onChange={(e) => setChosen((c) => ({ ...c, [a.id]: e.target.value }))}>
                    {targets.map((x) => <option key={x.key} value={x.key}>{x.label}</option>)}
                  </select>
                )}
              </div>
            );
          })}
        </section>
      </div>
      <div className="workshop-actions">
        <button type="button" className="primary" disabled={running} onClick={startComparison}>{t('workshop.confirm')}</button>
        {running && run && <RunProgress run={run} onCancel={() => cancelRun('compare')} testId="workshop-progress" />}
        {naming === null
          ? <button type="button" onClick={() => setNaming('')}>{t('workshop.freeze')}</button>
          : (
            <form className="snapshot-name" onSubmit={(e) => { e.preventDefault(); freeze(naming); }}>
              <label>{t('workshop.snapshotName')}
                {/* biome-ignore lint/a11y/noAutofocus: S asked for a name; the field is what the key opened */}
                <input type="text" autoFocus value={naming} onChange={(e) => setNaming(e.target.value)} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setNaming(null); } }} />
              </label>
              <button type="submit" className="primary">{t('workshop.freezeNow')}</button>
            </form>
          )}
      </div>
      {snapshots.length > 0 && (
        <section className="workshop-snapshots" aria-label={t('workshop.snapshots')}>
          <div className="snapshot-keys" role="group" aria-label={t('workshop.snapshots')}>
            {snapshots.map((s, k) => (
              <button type="button" key={s.takenAt} aria-pressed={shown.includes(k)} onClick={() => setShown((x) => toggleShown(x, k))}>{k + 1} · <span translate="no">{s.name}</span></button>
            ))}
          </div>
          {shown.length > 0 && (
            <table className="figures snapshot-table" data-testid="snapshot-table">
              <thead>
                <tr><th scope="col">{t('comparison.strategy')}</th>{shown.map((k) => <th scope="col" key={k} translate="no">{snapshots[k]!.name}</th>)}</tr>
              </thead>
              <tbody>
                {strategies.map((st) => (
                  <tr key={st.id}>
                    <th scope="row" translate={st.id === 'baseline' ? undefined : 'no'}>{st.name}</th>
                    {shown.map((k) => {
                      const row = snapshots[k]!.rows.find((r) => r.id === st.id);
                      return (
                        <td key={k}>
                          {row?.meetsTargets == null ? '—' : <span className={`verdict ${row.meetsTargets ? 'pass' : 'fail'}`}>{row.meetsTargets ? '✓' : '✗'}</span>}
                          {' '}{row?.extraCost == null ? '' : formatMoneyChange(row.extraCost, snapshots[k]!.currency)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
