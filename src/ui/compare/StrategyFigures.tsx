/**
 * A strategy's figures on its card: the analytic verdict and extra cost now (recomputed on every
 * edit), and beside them the last simulated comparison's — marked "before" once the scenario has
 * changed, until it is compared again.
 */
import type { StrategyOutcome } from '../simulate/types';
import { formatMoneyChange } from '../charts/money';
import type { LiveResult } from './liveWhatIf';

function verdictText(meets: boolean, failures: number) {
  return meets ? '✓ meets targets' : `✗ misses ${failures} target${failures === 1 ? '' : 's'}`;
}

export function StrategyFigures({ id, live, simulated, before, currency }: {
  id: string; live: LiveResult | undefined; simulated: StrategyOutcome | undefined; before: boolean; currency: string;
}) {
  return (
    <span className="strategy-figures">
      <span className="live-figures" data-testid={`live-${id}`}>
        <span className="src">Erlang now</span>
        {live === undefined || !live.ok
          ? <span className="muted">fix the levers to see figures</span>
          : (
            <>
              <span className={`verdict ${live.figures.meetsTargets ? 'pass' : 'fail'}`} data-testid="live-verdict">{verdictText(live.figures.meetsTargets, live.figures.failures.length)}</span>
              <span data-testid="live-extra">{id === 'baseline' ? 'no extra cost' : `${formatMoneyChange(live.figures.extraCost, currency)} extra`}</span>
            </>
          )}
      </span>
      {simulated && (
        <span className={`live-figures${before ? ' before' : ''}`} data-testid={`sim-${id}`} data-before={before ? 'true' : undefined}>
          <span className="src">Simulated</span>
          {before && <span className="before-mark">before</span>}
          <span className={`verdict ${simulated.simulated.meetsTargets ? 'pass' : 'fail'}`}>{verdictText(simulated.simulated.meetsTargets, simulated.simulated.failures.length)}</span>
          <span>{id === 'baseline' ? 'no extra cost' : `${formatMoneyChange(simulated.simulated.extra?.extraCost.mean ?? 0, currency)} extra`}</span>
        </span>
      )}
    </span>
  );
}
