/** Zoom on one day or see the whole horizon; peak days say so in words, not only by colour. */
import { t } from '../i18n';
import { dayLabel } from '../charts/time';
import { useAppState } from '../state/context';
import './DayPicker.css';

/** Up to this many days, one button per day; beyond, a drop-down keeps the page short. */
const MAX_BUTTONS = 24;

export function DayPicker({ startDate, days, isPeak }: { startDate: string; days: number; isPeak: boolean[] }) {
  const focusDay = useAppState((s) => s.focusDay);
  const setFocusDay = useAppState((s) => s.setFocusDay);
  if (days > MAX_BUTTONS) {
    return (
      <label className="day-select">
        {t('chart.daysShown')}{' '}
        <select value={focusDay ?? ''} onChange={(e) => setFocusDay(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('chart.allDays', { n: days })}</option>
          {Array.from({ length: days }, (_, d) => (
            <option key={d} value={d}>{dayLabel(startDate, d)}{isPeak[d] ? ` — ${t('chart.peak')}` : ''}</option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <div className="day-picker" role="group" aria-label={t('chart.daysShown')}>
      <button type="button" aria-pressed={focusDay === null} onClick={() => setFocusDay(null)}>{t('chart.allDays', { n: days })}</button>
      {Array.from({ length: days }, (_, d) => (
        <button type="button" key={d} aria-pressed={focusDay === d} className={isPeak[d] ? 'peak' : undefined} onClick={() => setFocusDay(d)}>
          {dayLabel(startDate, d)}{isPeak[d] ? <span className="peak-tag"> {t('chart.peak')}</span> : null}
        </button>
      ))}
    </div>
  );
}
