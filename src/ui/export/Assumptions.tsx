/** The report's assumptions: what was simulated — channels and targets, teams, strategies in words. */
import type { ResolvedScenario } from '../../scenario/model';
import { parseLevers } from '../../simulation/levers';
import { formatMoney } from '../charts/money';
import { kpiColumns } from '../compare/kpiColumns';
import { describeLever } from '../compare/leverWords';
import { wordsContext } from '../compare/strategies';
import { formatSeconds } from '../format';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';

export function Assumptions({ resolved, outcome }: { resolved: ResolvedScenario; outcome: ComparisonOutcome }) {
  const columns = kpiColumns(resolved);
  const ctx = wordsContext(resolved);
  // Levers as the strategies page words them: read by their schemas, defaults filled in.
  const words = (levers: unknown[]) => {
    if (levers.length === 0) return 'the schedule as it is';
    const parsed = parseLevers(levers, 'levers');
    return parsed.ok ? parsed.levers.map((l) => describeLever(l, ctx)).join('; ') : `${levers.length} lever(s)`;
  };
  return (
    <section className="report-block">
      <h2>Assumptions</h2>
      <table className="report-table">
        <thead><tr><th scope="col">Channel</th><th scope="col">Kind</th><th scope="col">Handle time (mean)</th><th scope="col">Patience (mean)</th><th scope="col">Targets</th></tr></thead>
        <tbody>
          {resolved.channels.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{c.kind}{c.concurrency > 1 ? `, ${c.concurrency} at once` : ''}</td>
              <td>{formatSeconds(c.aht.mean)}</td>
              <td>{c.patience ? formatSeconds(c.patience.mean) : 'no one hangs up'}</td>
              <td>{columns.filter((k) => k.channelId === c.id).map((k) => k.label).join('; ') || 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table">
        <thead><tr><th scope="col">Team</th><th scope="col">Serves</th><th scope="col">Shrinkage</th><th scope="col">Hourly cost</th></tr></thead>
        <tbody>
          {resolved.pools.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.skills.map((k) => resolved.channels[k]?.name).join(', ')}</td>
              <td>{Math.round(p.shrinkage * 100)} %</td>
              <td>{formatMoney(p.hourlyCost, resolved.costs.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Strategies compared</h3>
      <ul className="report-strategies">
        {outcome.strategies.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong>: {words(s.levers)}
          </li>
        ))}
      </ul>
    </section>
  );
}
