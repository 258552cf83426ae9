/**
 * A strategy's figures on its card: the analytic verdict and extra cost now (recomputed on every
 * edit), and beside them the simulated ones — from the last comparison or from confirming this
 * strategy alone (run/confirmStrategy.ts), whichever is current — with the extra cost's spread
 * and, when the scenario's inputs are uncertain, how often it meets every target; marked "before"
 * once the scenario has changed, until simulated again.
 */
import type { StrategyOutcome } from '../../simulation/run/jobTypes';
import { formatMoney, formatMoneyChange } from '../charts/money';
import { formatPercent } from '../format';
import { t } from '../i18n';
import type { LiveResult } from '../../simulation/run/liveWhatIf';

function verdictText(meets: boolean, failures: number) {
  return meets ? t('live.meets') : t('live.misses', { n: failures });
}
const extraText = (id: string, amount: number, currency: string) => (id === 'baseline' ? t('live.noExtra') : t('live.extra', { amount: formatMoneyChange(amount, currency) }));

export function StrategyFigures({ id, live, simulated, before, currency, confirmed = false, uncertain = false }: {
  id: string; live: LiveResult | undefined; simulated: StrategyOutcome | undefined; before: boolean; currency: string;
  /** The simulated figures come from confirming this strategy alone against the baseline. */
  confirmed?: boolean;
  /** The scenario states uncertain inputs: show the share of worlds meeting every target. */
  uncertain?: boolean;
}) {
  const extra = simulated?.simulated.extra;
  const prob = simulated?.simulated.probMeetsTargets;
  return (
    <span className="strategy-figures">
      <span className="live-figures" data-testid={`live-${id}`}>
        <span className="src">{t('live.now')}</span>
        {live === undefined
          ? <span className="muted">{t('derive.computing')}</span>
          : !live.ok
          ? <span className="muted">{t('live.fix')}</span>
          : (
            <>
              <span className={`verdict ${live.figures.meetsTargets ? 'pass' : 'fail'}`} data-testid="live-verdict">{verdictText(live.figures.meetsTargets, live.figures.failures.length)}</span>
              <span data-testid="live-extra">{extraText(id, live.figures.extraCost, currency)}</span>
            </>
          )}
      </span>
      {simulated && (
        <span className={`live-figures${before ? ' before' : ''}`} data-testid={`sim-${id}`} data-before={before ? 'true' : undefined} data-confirmed={confirmed ? 'true' : undefined}>
          <span className="src">{confirmed ? t('confirm.mark', { n: simulated.simulated.replications }) : t('live.simulated')}</span>
          {before && <span className="before-mark">{t('live.before')}</span>}
          <span className={`verdict ${simulated.simulated.meetsTargets ? 'pass' : 'fail'}`} data-testid="sim-verdict">{verdictText(simulated.simulated.meetsTargets, simulated.simulated.failures.length)}</span>
          <span data-testid="sim-extra">
            {extraText(id, extra?.extraCost.mean ?? 0, currency)}
            {/* Its spread, ± 0 included: a bill that does not move with the dice is worth saying. */}
            {id !== 'baseline' && extra && <span className="muted"> ± {formatMoney(extra.extraCost.ci95, currency)}</span>}
          </span>
          {uncertain && prob && <span data-testid="sim-prob">{t('confirm.probability', { share: formatPercent(prob.mean, 0), low: formatPercent(prob.low, 0), high: formatPercent(prob.high, 0) })}</span>}
        </span>
      )}
    </span>
  );
}
