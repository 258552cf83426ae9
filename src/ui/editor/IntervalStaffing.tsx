/**
 * Agents per interval: typed for one day at a time, or pasted from a spreadsheet column (one
 * day's intervals, or the whole horizon's).
 */
import { t } from '../i18n';
import { useState } from 'react';
import { intervalsPerDay } from '../../scenario/calendar';
import { dayLabel } from '../charts/time';
import { DaySelect } from './DaySelect';
import { clockLabel } from './clock';
import { GroupMessages, NumberField } from './fields';
import { PasteBox } from './PasteBox';
import { getAtPath } from './paths';
import { withDayValues } from './staffingEdit';
import { useScenarioEditor } from './useEditor';

export function IntervalStaffing({ base }: { base: string }) {
  const { doc, scenario, edit } = useScenarioEditor();
  const [day, setDay] = useState(0);
  const path = `${base}.staffing.scheduled`;
  const scheduled = (getAtPath(doc, path) as unknown[] | undefined) ?? [];
  const perDay = intervalsPerDay(scenario.intervalMinutes);
  const shownDay = Math.min(day, scenario.days - 1);
  return (
    <div className="interval-staffing">
      <DaySelect startDate={scenario.startDate} days={scenario.days} value={shownDay} onChange={setDay} />
      <div className="interval-grid">
        {Array.from({ length: perDay }, (_, i) => {
          const clock = clockLabel(i * scenario.intervalMinutes);
          return (
            <div className="interval-cell" key={i}>
              <span className="clock" aria-hidden="true">{clock}</span>
              <NumberField path={`${path}[${shownDay * perDay + i}]`} label={t('editor.agentsAt', { clock })} hiddenLabel size={3} />
            </div>
          );
        })}
      </div>
      <PasteBox
        label={t('editor.pasteColumn', { n: perDay, day: dayLabel(scenario.startDate, shownDay), all: scenario.days * perDay })}
        apply={(values) => {
          const next = withDayValues(scheduled.map((v) => (typeof v === 'number' ? v : 0)), shownDay, values, scenario.intervalMinutes);
          if (next === null) return `${values.length} values: ${perDay} (one day) or ${scenario.days * perDay} (the horizon) needed`;
          edit(path, next);
          return null;
        }}
      />
      <GroupMessages path={path} />
    </div>
  );
}

