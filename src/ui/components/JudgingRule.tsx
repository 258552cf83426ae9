/** How verdicts are reached, said where verdicts are shown (the judge's own words, compare/kpis.ts). */
import { JUDGING_RULE } from '../../simulation/compare/kpis';

export function JudgingRule() {
  return <p className="hint" data-testid="judging-rule">{JUDGING_RULE}</p>;
}
