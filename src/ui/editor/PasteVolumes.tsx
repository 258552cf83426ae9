/**
 * Paste one day of one channel's volumes from a spreadsheet column. The forecast becomes
 * per-interval volumes (a profile cannot hold one odd day); every other figure stays as it was.
 */
import { t } from '../i18n';
import { useState } from 'react';
import { intervalsPerDay } from '../../scenario/calendar';
import { dayLabel } from '../charts/time';
import { withDayVolumes } from './forecastEdit';
import { DaySelect } from './DaySelect';
import { PasteBox } from './PasteBox';
import { formatProblemText } from '../i18n/problemWords';
import { useScenarioEditor } from './useEditor';

export function PasteVolumes() {
  const { scenario, commit } = useScenarioEditor();
  const [channelId, setChannelId] = useState(scenario.channels[0].id);
  const [day, setDay] = useState(0);
  const perDay = intervalsPerDay(scenario.intervalMinutes);
  const shownDay = Math.min(day, scenario.days - 1);
  const channel = scenario.channels.find((c) => c.id === channelId) ?? scenario.channels[0];
  return (
    <div className="paste-volumes">
      <div className="row">
        <label className="field">
          <span className="field-label">{t('forecast.channel')}</span>
          <select value={channel.id} onChange={(e) => setChannelId(e.target.value)}>
            {scenario.channels.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <DaySelect startDate={scenario.startDate} days={scenario.days} value={shownDay} onChange={setDay} />
      </div>
      <PasteBox
        label={t('forecast.pasteLabel', { n: perDay, channel: channel.name, day: dayLabel(scenario.startDate, shownDay), minutes: scenario.intervalMinutes })}
        buttonLabel={t('forecast.replaceDay')}
        apply={async (values) => {
          const next = withDayVolumes(scenario, channel.id, shownDay, values);
          if (next === null) return t('paste.perDay', { got: values.length, needed: perDay, minutes: scenario.intervalMinutes });
          const outcome = await commit(next);
          return outcome.ok !== false ? null : outcome.problems.map(formatProblemText).join('; ');
        }}
      />
      {scenario.forecast.kind === 'profile' && (
        <p className="hint">{t('forecast.pasteHint')}</p>
      )}
    </div>
  );
}
