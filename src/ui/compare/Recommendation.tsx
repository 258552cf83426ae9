/** The recommendation in plain words: which strategy, whether it meets the targets, why, and by when to decide. */
import { engineSentence, strategyName } from './engineWords';
import { formatMoney, formatMoneyChange } from '../charts/money';
import type { DecisionDates } from '../../simulation/compare/recommend';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import { formatLongDate } from '../charts/time';
import { t } from '../i18n';
import { formatPercent } from '../format';
import { plainWords } from './plainWords';

/** A message split around its two placeholders: \u0000 the name, then \u0001 the amount (the order of both languages' sentences). */
function splitAround(text: string): [string, string, string] {
  const [a = '', rest = ''] = text.split('\u0000');
  const [b = '', c = ''] = rest.split('\u0001');
  return [a, b, c];
}

const when = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`));

/** By when to decide the lever kinds given (temps, an outsourcing contract); nothing when none. */
export function DecideBy({ dates, short = false }: { dates: DecisionDates; short?: boolean }) {
  const { temps, outsourcing } = dates;
  if (!temps && !outsourcing) return null;
  if (short) {
    return (
      <span className="th-sub decide-by" data-testid="decide-by">
        {temps && <><br />{t('comparison.decideTempsShort', { date: when(temps) })}</>}
        {outsourcing && <><br />{t('comparison.decideContractShort', { date: when(outsourcing) })}</>}
      </span>
    );
  }
  return (
    <p className="rec-dates">
      {temps && <>{t('comparison.decideTemps', { date: when(temps) })} </>}
      {outsourcing && <>{t('comparison.decideContract', { date: when(outsourcing) })}</>}
    </p>
  );
}

/** The recommended strategy's probability, and what each step from 80% to 95% sure costs (costOfConfidence). */
function Certainty({ outcome, words }: { outcome: ComparisonOutcome; words: (text: string) => string }) {
  const rec = outcome.recommendation;
  const p = rec.probMeetsTargets;
  const nameOf = (id: string) => {
    const o = outcome.strategies.find((s) => s.id === id);
    return words(o ? strategyName(o) : id);
  };
  return (
    <div className="rec-certainty" data-testid="rec-certainty">
      {p && <p>{t('uncertainty.recProbability', {
        share: formatPercent(p.mean, 0),
        interval: t('uncertainty.interval', { low: formatPercent(p.low, 0), high: formatPercent(p.high, 0) }),
        confidence: formatPercent(rec.confidence ?? null, 0),
      })}</p>}
      <h4>{t('uncertainty.priceTitle')}</h4>
      <ul data-testid="price-of-certainty">
        {(rec.costOfConfidence ?? []).map((step) => (
          <li key={step.confidence}>
            {step.strategyId === null || step.cost === null
              ? t('uncertainty.priceNone', { confidence: formatPercent(step.confidence, 0) })
              : <>
                {t('uncertainty.priceStep', { confidence: formatPercent(step.confidence, 0), name: nameOf(step.strategyId), cost: formatMoney(step.cost, rec.currency) })}
                {step.extraCostFromPrevious !== null && t('uncertainty.priceMore', { more: formatMoneyChange(step.extraCostFromPrevious, rec.currency) })}
              </>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Recommendation({ outcome, channels }: { outcome: ComparisonOutcome; channels: { id: string; name: string }[] }) {
  const channelName = (id: string) => channels.find((c) => c.id === id)?.name ?? id;
  const ids = channels.map((c) => c.id);
  const names = outcome.strategies.map((s) => s.name);
  // The engines' sentences in the app's language (engineWords.ts), then channels, targets, money and dates in words.
  const words = (text: string) => plainWords(engineSentence(text, channelName, ids, names), channelName, ids);
  const rec = outcome.recommendation;
  const chosen = outcome.strategies.find((s) => s.id === rec.strategyId);
  const name = chosen ? strategyName(chosen) : rec.strategyId;
  const extra = chosen?.simulated.extra?.extraCost;
  // The extra cost leads (what a manager decides on); its interval is paired, so narrow.
  const extraText = extra ? `${formatMoneyChange(extra.mean, rec.currency)}${extra.ci95 >= 0.5 ? ` ± ${formatMoney(extra.ci95, rec.currency)}` : ''}` : formatMoney(rec.cost, rec.currency);
  const total = extra ? t('comparison.recTotal', { amount: formatMoney(rec.cost, rec.currency) }) : '';
  // The sentence from a message, with the strategy's name and the extra cost set in bold inside it.
  // With uncertain inputs the headline speaks of the share of worlds (compare/recommend.ts).
  const confident = rec.confidence !== undefined;
  const ok = confident ? rec.reachesConfidence === true : rec.meetsTargets;
  const headline = confident ? (ok ? 'uncertainty.recConfident' : 'uncertainty.recNotConfident') : rec.meetsTargets ? 'comparison.recOk' : 'comparison.recShort';
  const [before, middle, after] = splitAround(t(headline, { name: '\u0000', extra: '\u0001', total, confidence: formatPercent(rec.confidence ?? null, 0) }));
  return (
    <section className={`recommendation ${ok ? 'ok' : 'short'}`} aria-labelledby="rec-title" data-testid="recommendation">
      <h3 id="rec-title">{t('comparison.recTitle')}</h3>
      <p className="rec-headline">
        <span className={`verdict ${ok ? 'pass' : 'fail'}`}>{ok ? '✓' : '✗'}</span>{' '}
        {before}<strong>{words(name)}</strong>{middle}<strong data-testid="rec-extra">{extraText}</strong>{after}
      </p>
      {confident && <Certainty outcome={outcome} words={words} />}
      <DecideBy dates={rec.latestDecisionDate} />
      <h4>{t('comparison.why')}</h4>
      <ul className="rec-reasons">{rec.reasons.map((r) => <li key={r}>{words(r)}</li>)}</ul>
    </section>
  );
}
