/** Zoom on one day or see the whole horizon; peak days say so in words, not only by colour. */
import { dayLabel } from '../charts/time';
import { useAppState } from '../state/context';
import './DayPicker.css';

export function DayPicker({ startDate, days, isPeak }: { startDate: string; days: number; isPeak: boolean[] }) {
  const focusDay = useAppState((s) => s.focusDay);
  const setFocusDay = useAppState((s) => s.setFocusDay);
  return (
    <div className="day-picker" role="group" aria-label="Days shown">
      <button type="button" aria-pressed={focusDay === null} onClick={() => setFocusDay(null)}>All {days} days</button>
      {Array.from({ length: days }, (_, d) => (
        <button type="button" key={d} aria-pressed={focusDay === d} className={isPeak[d] ? 'peak' : undefined} onClick={() => setFocusDay(d)}>
          {dayLabel(startDate, d)}{isPeak[d] ? <span className="peak-tag"> peak</span> : null}
        </button>
      ))}
    </div>
  );
}
