/** A labelled choice of one day of the horizon, shown as "Mon 8 Jun". */
import { dayLabel } from '../charts/time';
import { t } from '../i18n';

export function DaySelect({ startDate, days, value, onChange }: {
  startDate: string; days: number; value: number; onChange: (day: number) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{t('forecast.day')}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: days }, (_, d) => <option key={d} value={d}>{dayLabel(startDate, d)}</option>)}
      </select>
    </label>
  );
}
