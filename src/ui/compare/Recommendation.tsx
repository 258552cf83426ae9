/** The recommendation in plain words: which strategy, whether it meets the targets, why, and by when to decide. */
import { utcFormat } from 'd3';
import { formatMoney } from '../charts/money';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { plainWords } from './plainWords';

const longDate = utcFormat('%A %-d %B %Y');
const when = (iso: string) => longDate(new Date(`${iso}T00:00:00Z`));

export function Recommendation({ outcome, channels }: { outcome: ComparisonOutcome; channels: { id: string; name: string }[] }) {
  const words = (text: string) => plainWords(text, (id) => channels.find((c) => c.id === id)?.name ?? id, channels.map((c) => c.id));
  const rec = outcome.recommendation;
  const chosen = outcome.strategies.find((s) => s.id === rec.strategyId);
  const name = chosen?.name ?? rec.strategyId;
  const { temps, outsourcing } = rec.latestDecisionDate;
  return (
    <section className={`recommendation ${rec.meetsTargets ? 'ok' : 'short'}`} aria-labelledby="rec-title" data-testid="recommendation">
      <h3 id="rec-title">Recommendation</h3>
      <p className="rec-headline">
        {rec.meetsTargets
          ? <><span className="verdict pass">✓</span> <strong>{words(name)}</strong> is the cheapest strategy that meets every target in simulation, at <strong>{formatMoney(rec.cost, rec.currency)}</strong>.</>
          : <><span className="verdict fail">✗</span> No strategy meets every target. The closest is <strong>{words(name)}</strong>, at {formatMoney(rec.cost, rec.currency)}.</>}
      </p>
      {(temps || outsourcing) && (
        <p className="rec-dates">
          {temps && <>Decide on temps by <strong>{when(temps)}</strong> at the latest. </>}
          {outsourcing && <>Sign the outsourcing contract by <strong>{when(outsourcing)}</strong> at the latest.</>}
        </p>
      )}
      <h4>Why</h4>
      <ul className="rec-reasons">{rec.reasons.map((r) => <li key={r}>{words(r)}</li>)}</ul>
    </section>
  );
}
