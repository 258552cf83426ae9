/** A labelled choice of one day of the horizon, shown as "Mon 8 Jun". */
import { dayLabel } from '../charts/time';

export function DaySelect({ startDate, days, value, onChange }: {
  startDate: string; days: number; value: number; onChange: (day: number) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">Day</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: days }, (_, d) => <option key={d} value={d}>{dayLabel(startDate, d)}</option>)}
      </select>
    </label>
  );
}
