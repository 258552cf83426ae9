/** A pool's shifts: start, end, agents and the weekdays each runs; a row per shift. */
import type { Shift } from '../../scenario/schema';
import { GroupMessages, NumberField, TextField } from './fields';
import { getAtPath } from './paths';
import { newShift } from './staffingEdit';
import { useScenarioEditor } from './useEditor';

export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function Weekdays({ path }: { path: string }) {
  const { doc, edit } = useScenarioEditor();
  const days = (getAtPath(doc, path) as number[] | undefined) ?? [];
  return (
    <span className="weekdays" role="group" aria-label="Weekdays">
      {WEEKDAY_SHORT.map((label, k) => (
        <label key={label} className="weekday" title={WEEKDAY_NAMES[k]}>
          <input
            type="checkbox"
            checked={days.includes(k + 1)}
            onChange={(e) => edit(path, e.target.checked ? [...days, k + 1].sort((a, b) => a - b) : days.filter((d) => d !== k + 1))}
          />
          <span aria-hidden="true">{label.slice(0, 2)}</span><span className="visually-hidden">{WEEKDAY_NAMES[k]}</span>
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
          <tr><th scope="col">Shift</th><th scope="col">Start</th><th scope="col">End</th><th scope="col">Agents</th><th scope="col">Days</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr>
        </thead>
        <tbody>
          {shifts.map((shift, k) => (
            <tr key={k}>
              <td><TextField path={`${path}[${k}].name`} label="Shift name" hiddenLabel size={15} /></td>
              <td><TextField path={`${path}[${k}].start`} label={<>Start of {shift.name ?? `shift ${k + 1}`}</>} hiddenLabel size={5} placeholder="HH:MM" /></td>
              <td><TextField path={`${path}[${k}].end`} label={<>End of {shift.name ?? `shift ${k + 1}`}</>} hiddenLabel size={5} placeholder="HH:MM" /></td>
              <td><NumberField path={`${path}[${k}].agents`} label={`Agents on ${shift.name ?? `shift ${k + 1}`}`} hiddenLabel size={4} /></td>
              <td><Weekdays path={`${path}[${k}].weekdays`} /></td>
              <td><button type="button" className="small" aria-label={`Remove ${shift.name ?? `shift ${k + 1}`}`} title="Remove this shift" onClick={() => edit(path, shifts.filter((_, j) => j !== k))}>✕</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="small" onClick={() => edit(path, [...shifts, newShift(shifts.length)])}>Add a shift</button>
      <p className="hint">An end at or before the start runs past midnight. Agents are paid head-count, before shrinkage.</p>
      <GroupMessages path={path} />
    </div>
  );
}
