/** Peak events: name, channels, dates, size (factor) and shape; each multiplies the daily totals. */
import type { ChannelFile, PeakEvent } from '../../scenario/schema';
import { GroupMessages, NumberField, SelectField, TextField } from './fields';
import { newPeakEvent } from './forecastEdit';
import { getAtPath } from './paths';
import { useScenarioEditor } from './useEditor';

function EventChannels({ path, channels }: { path: string; channels: Partial<ChannelFile>[] }) {
  const { doc, edit } = useScenarioEditor();
  const chosen = (getAtPath(doc, path) as string[] | undefined) ?? [];
  return (
    <span className="weekdays" role="group" aria-label="Channels">
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
                <th scope="col">Event</th><th scope="col">Channels</th><th scope="col">First day</th><th scope="col">Last day</th>
                <th scope="col">Volume ×</th><th scope="col">Shape</th><th scope="col">Ramp days</th><th scope="col"><span className="visually-hidden">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, k) => {
                const p = `${path}[${k}]`;
                const name = e.name || `event ${k + 1}`;
                return (
                  <tr key={k}>
                    <td><TextField path={`${p}.name`} label="Event name" hiddenLabel size={28} /></td>
                    <td><EventChannels path={`${p}.channels`} channels={channels} /></td>
                    <td><TextField path={`${p}.start`} label={<>First day of {name}</>} hiddenLabel size={10} placeholder="YYYY-MM-DD" /></td>
                    <td><TextField path={`${p}.end`} label={<>Last day of {name}</>} hiddenLabel size={10} placeholder="YYYY-MM-DD" /></td>
                    <td><NumberField path={`${p}.factor`} label={`Volume multiplier of ${name}`} hiddenLabel size={4} /></td>
                    <td>
                      <SelectField path={`${p}.shape`} label={<>Shape of {name}</>} hiddenLabel
                        options={[{ value: 'flat', label: 'Flat' }, { value: 'ramp', label: 'Ramp up and down' }]} />
                    </td>
                    <td>{e.shape === 'ramp' ? <NumberField path={`${p}.rampDays`} label={`Ramp days of ${name}`} hiddenLabel size={3} /> : '—'}</td>
                    <td><button type="button" className="small" onClick={() => edit(path, events.filter((_, j) => j !== k))}>Remove</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="small" onClick={() => edit(path, [...events, newPeakEvent(scenario, events.length)])}>Add a peak event</button>
      <p className="hint">1.4 = 40% more contacts from the first to the last day. A ramp rises day by day over the ramp days before, and falls likewise after.</p>
      <GroupMessages path={path} />
    </div>
  );
}
