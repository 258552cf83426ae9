/** A pool's shifts: start, end, agents and the weekdays each runs; a row per shift. */
import { weekdayLong, weekdayShort } from '../charts/time';
import { t } from '../i18n';
import type { Shift } from '../../scenario/schema';
import { GroupMessages, NumberField, TextField } from './fields';
import { getAtPath } from './paths';
import { newShift } from './staffingEdit';
import { useScenarioEditor } from './useEditor';



function Weekdays({ path }: { path: string }) {
  const { doc, edit } = useScenarioEditor();
  const days = (getAtPath(doc, path) as number[] | undefined) ?? [];
  return (
    <span className="weekdays" role="group" aria-label={t('editor.weekdays')}>
      {weekdayShort().map((label, k) => (
        <label key={label} className="weekday" title={weekdayLong()[k]}>
          <input
            type="checkbox"
            checked={days.includes(k + 1)}
            onChange={(e) => edit(path, e.target.checked ? [...days, k + 1].sort((a, b) => a - b) : days.filter((d) => d !== k + 1))}
          />
          <span aria-hidden="true">{label.slice(0, 2)}</span><span className="visually-hidden">{weekdayLong()[k]}</span>
        </label>
      ))}
      <GroupMessages path={path} />
    </span>
  );
}

export function ShiftTable({ base }: { base: string }) {
  const { doc, edit } = useScenarioEditor();
  const path = `${base}.staffing.shifts`;
  const shifts = (getAtPath(doc, path) as Partial<Shift>[] | undefined) ?? [];
  return (
    <div className="shifts">
      <table className="edit-table">
        <thead>
          <tr><th scope="col">{t('editor.shift')}</th><th scope="col">{t('editor.start')}</th><th scope="col">{t('editor.end')}</th><th scope="col">{t('editor.agents')}</th><th scope="col">{t('editor.days')}</th><th scope="col"><span className="visually-hidden">{t('editor.remove')}</span></th></tr>
        </thead>
        <tbody>
          {shifts.map((shift, k) => (
            <tr key={k}>
              <td><TextField path={`${path}[${k}].name`} label={t('editor.shiftName')} hiddenLabel size={15} /></td>
              <td><TextField path={`${path}[${k}].start`} label={t('editor.startOf', { name: shift.name ?? t('editor.shiftN', { n: k + 1 }) })} hiddenLabel size={5} placeholder="HH:MM" /></td>
              <td><TextField path={`${path}[${k}].end`} label={t('editor.endOf', { name: shift.name ?? t('editor.shiftN', { n: k + 1 }) })} hiddenLabel size={5} placeholder="HH:MM" /></td>
              <td><NumberField path={`${path}[${k}].agents`} label={t('editor.agentsOn', { name: shift.name ?? t('editor.shiftN', { n: k + 1 }) })} hiddenLabel size={4} /></td>
              <td><Weekdays path={`${path}[${k}].weekdays`} /></td>
              <td><button type="button" className="small" aria-label={t('editor.removeNamed', { name: shift.name ?? t('editor.shiftN', { n: k + 1 }) })} title={t('editor.removeShift')} onClick={() => edit(path, shifts.filter((_, j) => j !== k))}>✕</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="small" onClick={() => edit(path, [...shifts, newShift(shifts.length)])}>{t('editor.addShift')}</button>
      <p className="hint">{t('editor.shiftHint')}</p>
      <GroupMessages path={path} />
    </div>
  );
}
