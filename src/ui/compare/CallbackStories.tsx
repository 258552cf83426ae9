/**
 * Web call back in words, under the comparison table and a strategy's simulation: for each strategy with a call-back lever,
 * what it absorbed, the promises kept, and where the call-back work went (the simulator's means,
 * compare/callbackStory.ts), in the app's language.
 */
import { clockOf } from '../../simulation/compare/callbackStory';
import type { StrategyOutcome } from '../../simulation/run/jobTypes';
import { formatNumber, formatPercent } from '../format';
import { t } from '../i18n';
import { strategyName } from './engineWords';

export function CallbackStories({ strategies, channelName }: { strategies: readonly StrategyOutcome[]; channelName: (id: string) => string }) {
  const told = strategies.filter((o) => (o.simulated.callbackStories ?? []).length > 0);
  if (told.length === 0) return null;
  return (
    <section className="callback-stories" data-testid="callback-stories">
      <h3>{t('comparison.callbackTitle')}</h3>
      {told.map((o) => (o.simulated.callbackStories ?? []).map((story) => (
        <p key={`${o.id}:${story.channelId}`} data-strategy={o.id}>
          <strong translate={o.source === 'scenario' ? 'no' : undefined}>{strategyName(o)}</strong>{' — '}
          {t('comparison.callbackAbsorbed', {
            channel: channelName(story.channelId), accepted: formatNumber(story.accepted), share: formatPercent(story.absorbedShare), offered: formatNumber(story.offered),
          })}{' '}
          {t('comparison.callbackKept', { kept: formatPercent(story.promisesKept), late: formatNumber(story.late), failed: formatNumber(story.failed) })}
          {story.workHours > 0 && story.acceptedAround !== null && story.workedAround !== null && (
            <>{' '}{t('comparison.callbackWork', {
              hours: formatNumber(story.workHours, 1), worked: clockOf(story.workedAround), accepted: clockOf(story.acceptedAround), later: formatPercent(story.laterShare),
            })}</>
          )}
        </p>
      )))}
    </section>
  );
}
