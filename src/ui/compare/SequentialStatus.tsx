/**
 * How far each strategy was simulated in a sequential comparison (docs/modelling-choices.md,
 * "Sequential comparison"): while it runs, the strategies settled first with why they stopped and
 * the recommendation marked provisional; once done, each strategy's replications and reason.
 */
import type { StopReason } from '../../simulation/compare/sequential';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import type { PartialComparison } from '../../simulation/run/sequentialRun';
import { formatLongDate } from '../charts/time';
import { formatPercent } from '../format';
import { t } from '../i18n';
import { strategyName } from './engineWords';

interface Row { id: string; name: string; replications: number; stop: StopReason | null }

const when = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`));

/** Why a strategy stopped, in the app's language. */
export function stopText(stop: StopReason | null, replications: number, channelName: (id: string) => string, nameOf: (id: string, fallback: string) => string): string {
  if (stop === null) return t('comparison.seqRunning', { n: replications });
  switch (stop.kind) {
    case 'fails': return t('comparison.seqFails', { target: t(`engine.target_${stop.check.target}`), channel: channelName(stop.check.channelId), date: when(stop.check.date) });
    case 'belowConfidence': return t('comparison.seqBelow', { confidence: formatPercent(stop.confidence, 0), met: stop.successes, n: stop.replications });
    case 'dominated': return t('comparison.seqDominated', { name: nameOf(stop.by, stop.byName) });
    case 'settled': return t('comparison.seqSettled');
    case 'maximum': return t('comparison.seqMaximum');
  }
}

function Rows({ rows, channelName }: { rows: Row[]; channelName: (id: string) => string }) {
  const nameOf = (id: string, fallback: string) => rows.find((r) => r.id === id)?.name ?? fallback;
  return (
    <ul className="seq-rows">
      {rows.map((r) => (
        <li key={r.id} data-testid="seq-row" data-stopped={r.stop === null ? undefined : r.stop.kind}>
          <strong>{r.name}</strong>{' — '}{r.stop !== null && <>{t('comparison.seqReplications', { n: r.replications })}{' · '}</>}
          <span className="muted">{stopText(r.stop, r.replications, channelName, nameOf)}</span>
        </li>
      ))}
    </ul>
  );
}

/** During a comparison: the last round's partial results. */
export function PartialStatus({ partial, channels }: { partial: PartialComparison; channels: { id: string; name: string }[] }) {
  const channelName = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  const rows = partial.strategies.map((s) => ({ id: s.id, name: strategyName(s), replications: s.replications, stop: s.stop }));
  const rec = partial.recommendation;
  const chosen = rows.find((r) => r.id === rec.strategyId);
  return (
    <section className="seq-status" data-testid="seq-partial" data-provisional={rec.provisional ? 'true' : 'false'} aria-live="polite">
      <p className="seq-provisional">
        <strong>{chosen ? t('comparison.seqProvisional', { name: chosen.name }) : t('comparison.seqProvisionalNone')}</strong>
        {chosen && rec.confidence !== null && <>{' · '}{t('comparison.seqSure', { pct: formatPercent(Math.floor(rec.confidence * 100) / 100, 0) })}</>}
      </p>
      <Rows rows={rows} channelName={channelName} />
    </section>
  );
}

/** After a comparison: each strategy's replications and why it stopped; nothing when every strategy had all of them. */
export function SequentialStatus({ outcome, channels }: { outcome: ComparisonOutcome; channels: { id: string; name: string }[] }) {
  const channelName = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  const rows = outcome.strategies.filter((s) => s.simulated.stop).map((s) => ({ id: s.id, name: strategyName(s), replications: s.simulated.replications, stop: s.simulated.stop ?? null }));
  if (rows.length === 0) return null;
  // Settled first: the strategies that stopped early, then those that ran to the end.
  const order = (r: Row) => (r.stop?.kind === 'fails' || r.stop?.kind === 'belowConfidence' || r.stop?.kind === 'dominated' ? 0 : 1);
  rows.sort((a, b) => order(a) - order(b));
  return (
    <details className="seq-status" data-testid="seq-final">
      <summary>{t('comparison.seqTitle')}</summary>
      <p className="muted">{t('comparison.seqLead')}</p>
      <Rows rows={rows} channelName={channelName} />
    </details>
  );
}
