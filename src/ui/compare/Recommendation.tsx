/** The recommendation in plain words: which strategy, whether it meets the targets, why, and by when to decide. */
import { utcFormat } from 'd3';
import { formatMoney, formatMoneyChange } from '../charts/money';
import type { DecisionDates } from '../../simulation/compare/recommend';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { plainWords } from './plainWords';

const longDate = utcFormat('%A %-d %B %Y');
const when = (iso: string) => longDate(new Date(`${iso}T00:00:00Z`));

/** By when to decide the lever kinds given (temps, an outsourcing contract); nothing when none. */
export function DecideBy({ dates, short = false }: { dates: DecisionDates; short?: boolean }) {
  const { temps, outsourcing } = dates;
  if (!temps && !outsourcing) return null;
  if (short) {
    return (
      <span className="th-sub decide-by" data-testid="decide-by">
        {temps && <><br />decide on temps by {when(temps)}</>}
        {outsourcing && <><br />sign the contract by {when(outsourcing)}</>}
      </span>
    );
  }
  return (
    <p className="rec-dates">
      {temps && <>Decide on temps by <strong>{when(temps)}</strong> at the latest. </>}
      {outsourcing && <>Sign the outsourcing contract by <strong>{when(outsourcing)}</strong> at the latest.</>}
    </p>
  );
}

export function Recommendation({ outcome, channels }: { outcome: ComparisonOutcome; channels: { id: string; name: string }[] }) {
  const words = (text: string) => plainWords(text, (id) => channels.find((c) => c.id === id)?.name ?? id, channels.map((c) => c.id));
  const rec = outcome.recommendation;
  const chosen = outcome.strategies.find((s) => s.id === rec.strategyId);
  const name = chosen?.name ?? rec.strategyId;
  const extra = chosen?.simulated.extra?.extraCost;
  // The extra cost leads (what a manager decides on); its interval is paired, so narrow.
  const extraText = extra ? `${formatMoneyChange(extra.mean, rec.currency)}${extra.ci95 >= 0.5 ? ` ± ${formatMoney(extra.ci95, rec.currency)}` : ''}` : formatMoney(rec.cost, rec.currency);
  const total = extra ? ` (total ${formatMoney(rec.cost, rec.currency)} over the horizon)` : '';
  return (
    <section className={`recommendation ${rec.meetsTargets ? 'ok' : 'short'}`} aria-labelledby="rec-title" data-testid="recommendation">
      <h3 id="rec-title">Recommendation</h3>
      <p className="rec-headline">
        {rec.meetsTargets
          ? <><span className="verdict pass">✓</span> <strong>{words(name)}</strong> is the cheapest strategy that meets every target in simulation: <strong data-testid="rec-extra">{extraText}</strong> on top of doing nothing{total}.</>
          : <><span className="verdict fail">✗</span> No strategy meets every target. The closest is <strong>{words(name)}</strong>, at <span data-testid="rec-extra">{extraText}</span> on top of doing nothing{total}.</>}
      </p>
      <DecideBy dates={rec.latestDecisionDate} />
      <h4>Why</h4>
      <ul className="rec-reasons">{rec.reasons.map((r) => <li key={r}>{words(r)}</li>)}</ul>
    </section>
  );
}
