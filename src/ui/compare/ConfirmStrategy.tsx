/**
 * Confirm one strategy by simulation (run/confirmStrategy.ts; docs/workshop-and-languages.md,
 * "Confirm one strategy"): the Confirm button of a strategy's card with its progress and cancel,
 * why the simulation stopped where it did, and the comparison step's row of cards. The result
 * lands in the store (runsSlice.ts `confirmations`) and shows on the card through
 * StrategyFigures, marked as simulated against the baseline and "before" once the scenario changes.
 */
import type { ShownFigures } from '../state/runsSlice';
import { latestRun, simulatedFigures } from '../state/runsSlice';
import { RunProgress, RunStatus } from '../simulate/RunProgress';
import { useDerived } from '../derive/useDerived';
import type { LiveResult } from '../../simulation/run/liveWhatIf';
import { useTranslation } from '../i18n/useTranslation';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { StrategyFigures } from './StrategyFigures';
import { stopText } from './SequentialStatus';

const NO_FIGURES = new Map<string, LiveResult>();

/** The Confirm button of one strategy, and while it runs, its progress bar with Cancel. */
export function ConfirmAction({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const runs = useAppState((s) => s.runs);
  const startConfirm = useAppState((s) => s.startConfirm);
  const cancelRun = useAppState((s) => s.cancelRun);
  const run = latestRun(runs, 'confirm');
  const running = run?.status === 'running';
  // A running comparison gives every strategy's figures: no confirmation beside it (runsSlice.ts).
  const comparing = latestRun(runs, 'compare')?.status === 'running';
  const mine = run !== undefined && run.tag?.strategyId === id;
  return (
    <span className="confirm-action">
      <button type="button" disabled={running || comparing} onClick={() => startConfirm(id)} aria-label={t('confirm.aria', { name })} title={t('confirm.hint')} data-testid={`confirm-${id}`}>
        {t('confirm.button')}
      </button>
      {mine && running && <RunProgress run={run} onCancel={() => cancelRun('confirm')} testId={`confirm-progress-${id}`} />}
      {mine && <RunStatus run={run} />}
    </span>
  );
}

/** How many replications a confirmed strategy received and why no more (the sequential procedure). */
export function ConfirmStop({ shown, channels }: { shown: ShownFigures | null; channels: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  if (!shown?.confirmed) return null;
  const { replications, stop } = shown.outcome.simulated;
  const channelName = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  return (
    <span className="confirm-stop muted" data-testid={`confirm-stop-${shown.outcome.id}`}>
      {t('comparison.seqReplications', { n: replications })}
      {/* The baseline runs as long as the strategy forked from it: its own stop would mislead. */}
      {stop && shown.outcome.id !== 'baseline' ? ` · ${stopText(stop, replications, channelName, (id, fallback) => (id === 'baseline' ? t('strategies.baseline') : fallback))}` : ''}
    </span>
  );
}

/** The comparison step's cards: every strategy's figures now and simulated, each with its Confirm. */
export function ConfirmCards() {
  const { t } = useTranslation();
  const scenario = useAppState((s) => s.scenario);
  const comparison = useAppState((s) => s.comparison);
  const confirmations = useAppState((s) => s.confirmations);
  const resolved = selectResolved(scenario);
  const live = useDerived('live').result?.value ?? NO_FIGURES;
  const strategies = [{ id: 'baseline', name: t('strategies.baseline') }, ...scenario.strategies.map((s) => ({ id: s.id, name: s.name }))];
  return (
    <section className="confirm-cards" aria-labelledby="confirm-title" data-testid="confirm-cards">
      <h3 id="confirm-title">{t('confirm.title')}</h3>
      <p className="muted">{t('confirm.lead')}</p>
      <ul className="confirm-grid" aria-label={t('strategies.list')}>
        {strategies.map((s) => {
          const shown = simulatedFigures(s.id, { comparison, confirmations }, scenario);
          return (
            <li key={s.id} className="confirm-card" data-testid={`confirm-card-${s.id}`}>
              <span className="strategy-name" translate={s.id === 'baseline' ? undefined : 'no'}>{s.name}</span>
              <StrategyFigures id={s.id} live={live.get(s.id)} simulated={shown?.outcome} before={shown !== null && !shown.current} confirmed={shown?.confirmed}
                uncertain={resolved.uncertainty !== undefined} currency={resolved.costs.currency} />
              <ConfirmStop shown={shown} channels={resolved.channels} />
              {s.id !== 'baseline' && <ConfirmAction id={s.id} name={s.name} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
