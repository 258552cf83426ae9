/** Daily totals per weekday and channel: the volume of an ordinary week, before peaks. */
import { weekdayShort } from '../charts/time';
import { t } from '../i18n';
import type { ChannelFile } from '../../scenario/schema';
import { GroupMessages, NumberField } from './fields';
import { getAtPath } from './paths';
import { useScenarioEditor } from './useEditor';

export function WeeklyTotals() {
  const { doc } = useScenarioEditor();
  const channels = (getAtPath(doc, 'channels') as Partial<ChannelFile>[] | undefined) ?? [];
  return (
    <div className="table-scroll">
      <table className="edit-table weekly" data-testid="weekly-totals">
        <thead>
          <tr><th scope="col">{t('forecast.channel')}</th>{weekdayShort().map((d) => <th scope="col" key={d}>{d}</th>)}</tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}<GroupMessages path={`forecast.weekly.${c.id}`} /></th>
              {weekdayShort().map((d, k) => (
                <td key={d}><NumberField path={`forecast.weekly.${c.id}[${k}]`} label={t('forecast.onDay', { channel: c.name, day: d })} hiddenLabel size={5} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
