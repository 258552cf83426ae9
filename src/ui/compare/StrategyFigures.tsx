/**
 * A strategy's figures on its card: the analytic verdict and extra cost now (recomputed on every
 * edit), and beside them the last simulated comparison's — marked "before" once the scenario has
 * changed, until it is compared again.
 */
import type { StrategyOutcome } from '../../simulation/run/jobTypes';
import { formatMoneyChange } from '../charts/money';
import { t } from '../i18n';
import type { LiveResult } from '../../simulation/run/liveWhatIf';

function verdictText(meets: boolean, failures: number) {
  return meets ? t('live.meets') : t('live.misses', { n: failures });
}
const extraText = (id: string, amount: number, currency: string) => (id === 'baseline' ? t('live.noExtra') : t('live.extra', { amount: formatMoneyChange(amount, currency) }));

export function StrategyFigures({ id, live, simulated, before, currency }: {
  id: string; live: LiveResult | undefined; simulated: StrategyOutcome | undefined; before: boolean; currency: string;
}) {
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
        <span className={`live-figures${before ? ' before' : ''}`} data-testid={`sim-${id}`} data-before={before ? 'true' : undefined}>
          <span className="src">{t('live.simulated')}</span>
          {before && <span className="before-mark">{t('live.before')}</span>}
          <span className={`verdict ${simulated.simulated.meetsTargets ? 'pass' : 'fail'}`}>{verdictText(simulated.simulated.meetsTargets, simulated.simulated.failures.length)}</span>
          <span>{extraText(id, simulated.simulated.extra?.extraCost.mean ?? 0, currency)}</span>
        </span>
      )}
    </span>
  );
}
