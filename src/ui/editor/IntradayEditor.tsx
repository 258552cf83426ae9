/**
 * The intraday profile of one channel: a weight per interval of the day (only proportions matter;
 * 0 = closed), the main one or a weekday's own (a shorter Saturday). Typed, or pasted as a column.
 */
import { t } from '../i18n';
import { useState } from 'react';
import { intervalsPerDay } from '../../scenario/calendar';
import type { ChannelFile, IntradayOverride } from '../../scenario/schema';
import { clockLabel } from './clock';
import { GroupMessages, NumberField } from './fields';
import { PasteBox } from './PasteBox';
import { getAtPath } from './paths';
import { weekdayShort } from '../charts/time';
import { useScenarioEditor } from './useEditor';

export function IntradayEditor() {
  const { doc, scenario, edit } = useScenarioEditor();
  const channels = (getAtPath(doc, 'channels') as Partial<ChannelFile>[] | undefined) ?? [];
  const [channelId, setChannelId] = useState(scenario.channels[0].id);
  const [profile, setProfile] = useState(-1); // -1 = main profile, k = override k
  const channel = channels.find((c) => c.id === channelId) ?? channels[0];
  const id = channel?.id ?? '';
  const overrides = (getAtPath(doc, `forecast.intradayByWeekday.${id}`) as Partial<IntradayOverride>[] | undefined) ?? [];
  const shown = profile < overrides.length ? profile : -1;
  const path = shown < 0 ? `forecast.intraday.${id}` : `forecast.intradayByWeekday.${id}[${shown}].weights`;
  const weights = (getAtPath(doc, path) as unknown[] | undefined) ?? [];
  const perDay = intervalsPerDay(scenario.intervalMinutes);
  const numeric = weights.map((w) => (typeof w === 'number' ? w : 0));
  const sum = numeric.reduce((a, b) => a + b, 0);
  const daysOf = (o: Partial<IntradayOverride>) => (o.weekdays ?? []).map((w) => weekdayShort()[w - 1] ?? w).join(', ');
  return (
    <div className="intraday">
      <div className="row">
        <label className="field">
          <span className="field-label">{t('forecast.channel')}</span>
          <select value={id} onChange={(e) => { setChannelId(e.target.value); setProfile(-1); }}>
            {channels.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('forecast.profile')}</span>
          <select value={shown} onChange={(e) => setProfile(Number(e.target.value))}>
            <option value={-1}>{overrides.length > 0 ? t('forecast.otherDays') : t('forecast.everyDay')}</option>
            {overrides.map((o, k) => <option key={k} value={k}>{daysOf(o)}</option>)}
          </select>
        </label>
      </div>
      <div className="interval-grid">
        {Array.from({ length: perDay }, (_, i) => {
          const clock = clockLabel(i * scenario.intervalMinutes);
          const share = sum > 0 ? (numeric[i] ?? 0) / sum : 0;
          return (
            <div className="interval-cell" key={i}>
              <span className="clock" aria-hidden="true">{clock}</span>
              <NumberField path={`${path}[${i}]`} label={t('forecast.weightAt', { clock })} hiddenLabel size={3} />
              <span className="share-bar" aria-hidden="true" style={{ width: `${Math.min(100, share * 100 * 8)}%` }} />
            </div>
          );
        })}
      </div>
      <p className="hint">{t('forecast.weightsHint')}</p>
      <PasteBox
        label={t('forecast.pasteWeights', { n: perDay })}
        apply={(values) => {
          if (values.length !== perDay) return `${values.length} values, ${perDay} needed (one per ${scenario.intervalMinutes}-minute interval from 00:00)`;
          edit(path, values);
          return null;
        }}
      />
      <GroupMessages path={path} />
    </div>
  );
}
