/** Peak events: name, channels, dates, size (factor) and shape; each multiplies the daily totals. */
import { t } from '../i18n';
import type { ChannelFile, PeakEvent } from '../../scenario/schema';
import { GroupMessages, NumberField, SelectField, TextField } from './fields';
import { newPeakEvent } from './forecastEdit';
import { getAtPath } from './paths';
import { useScenarioEditor } from './useEditor';

function EventChannels({ path, channels }: { path: string; channels: Partial<ChannelFile>[] }) {
  const { doc, edit } = useScenarioEditor();
  const chosen = (getAtPath(doc, path) as string[] | undefined) ?? [];
  return (
    <span className="weekdays" role="group" aria-label={t('forecast.channels')}>
      {channels.map((c) => (
        <label key={c.id} className="weekday">
          <input type="checkbox" checked={chosen.includes(c.id ?? '')}
            onChange={(e) => edit(path, e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
          {c.name}
        </label>
      ))}
      <GroupMessages path={path} />
    </span>
  );
}

export function EventsEditor() {
  const { doc, scenario, edit } = useScenarioEditor();
  const channels = (getAtPath(doc, 'channels') as Partial<ChannelFile>[] | undefined) ?? [];
  const path = 'forecast.events';
  const events = (getAtPath(doc, path) as Partial<PeakEvent>[] | undefined) ?? [];
  return (
    <div className="events">
      {events.length > 0 && (
        <div className="table-scroll">
          <table className="edit-table" data-testid="peak-events">
            <thead>
              <tr>
                <th scope="col">{t('forecast.event')}</th><th scope="col">{t('forecast.channels')}</th><th scope="col">{t('forecast.firstDay')}</th><th scope="col">{t('forecast.lastDay')}</th>
                <th scope="col">{t('forecast.factor')}</th><th scope="col">{t('forecast.shape')}</th><th scope="col">{t('forecast.rampDays')}</th><th scope="col"><span className="visually-hidden">{t('forecast.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, k) => {
                const p = `${path}[${k}]`;
                const name = e.name || `event ${k + 1}`;
                return (
                  <tr key={k}>
                    <td><TextField path={`${p}.name`} label={t('forecast.eventName')} hiddenLabel size={18} /></td>
                    <td><EventChannels path={`${p}.channels`} channels={channels} /></td>
                    <td><TextField path={`${p}.start`} label={t('forecast.firstDayOf', { name })} hiddenLabel size={10} placeholder="YYYY-MM-DD" /></td>
                    <td><TextField path={`${p}.end`} label={t('forecast.lastDayOf', { name })} hiddenLabel size={10} placeholder="YYYY-MM-DD" /></td>
                    <td><NumberField path={`${p}.factor`} label={t('forecast.factorOf', { name })} hiddenLabel size={4} /></td>
                    <td>
                      <SelectField path={`${p}.shape`} label={t('forecast.shapeOf', { name })} hiddenLabel
                        options={[{ value: 'flat', label: t('forecast.flat') }, { value: 'ramp', label: t('forecast.ramp') }]} />
                    </td>
                    <td>{e.shape === 'ramp' ? <NumberField path={`${p}.rampDays`} label={t('forecast.rampDaysOf', { name })} hiddenLabel size={3} /> : '—'}</td>
                    <td><button type="button" className="small" onClick={() => edit(path, events.filter((_, j) => j !== k))}>{t('forecast.remove')}</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="small" onClick={() => edit(path, [...events, newPeakEvent(scenario, events.length)])}>{t('forecast.addEvent')}</button>
      <p className="hint">{t('forecast.eventsHint')}</p>
      <GroupMessages path={path} />
    </div>
  );
}
