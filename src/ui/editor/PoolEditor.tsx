/** One pool's inputs: skills in priority order, who is scheduled (shifts or per interval), shrinkage, hourly cost. */
import { t } from '../i18n';
import type { PoolFile } from '../../scenario/schema';
import { selectResolved } from '../state/derived';
import { GroupMessages, NumberField, TextField } from './fields';
import { IntervalStaffing } from './IntervalStaffing';
import { getAtPath } from './paths';
import { ShiftTable } from './ShiftTable';
import { SkillsEditor } from './SkillsEditor';
import { newShift } from './staffingEdit';
import { withoutPool } from './structureEdit';
import { useScenarioEditor } from './useEditor';

export function PoolEditor({ index }: { index: number }) {
  const { doc, scenario, edit, commit, hasDraft } = useScenarioEditor();
  const base = `pools[${index}]`;
  const pool = getAtPath(doc, base) as Partial<PoolFile>;
  const kind = pool.staffing?.kind;
  const switchTo = (next: string) => {
    if (next === kind) return;
    if (next === 'intervals') {
      // The valid scenario's own head-counts: switching changes no figure.
      const resolved = selectResolved(scenario).pools[index];
      edit(`${base}.staffing`, { kind: 'intervals', scheduled: resolved ? resolved.scheduled.slice() : [] });
    } else edit(`${base}.staffing`, { kind: 'shifts', shifts: [newShift(0)] });
  };
  return (
    <fieldset className="card pool-card" data-testid={`pool-${pool.id}`}>
      <legend>{typeof pool.name === 'string' && pool.name !== '' ? pool.name : pool.id} <span className="id">id {pool.id}</span></legend>
      <div className="row">
        <TextField path={`${base}.name`} label={t('editor.name')} size={16} />
        <NumberField path={`${base}.shrinkage`} label={t('editor.shrinkage')} unit="%" scale={100} size={4} />
        <NumberField path={`${base}.hourlyCost`} label={t('editor.hourlyCost')} unit={scenario.costs.currency} size={5} />
      </div>
      <SkillsEditor base={base} />
      <div className="staffing-kind" role="radiogroup" aria-label={t('editor.howScheduled', { pool: pool.name ?? pool.id })}>
        <span className="field-label">{t('editor.scheduled')}</span>
        <label className="check"><input type="radio" checked={kind === 'shifts'} onChange={() => switchTo('shifts')} /> {t('editor.fromShifts')}</label>
        <label className="check"><input type="radio" checked={kind === 'intervals'} onChange={() => switchTo('intervals')} /> {t('editor.perInterval')}</label>
      </div>
      {kind === 'shifts' && <ShiftTable base={base} />}
      {kind === 'intervals' && <IntervalStaffing base={base} />}
      <GroupMessages path={base} />
      <button type="button" className="small remove-card" disabled={hasDraft || scenario.pools.length === 1}
        title={hasDraft ? t('editor.fixFirst') : undefined}
        onClick={() => commit(withoutPool(scenario, index))}>{t('editor.removePool')}</button>
    </fieldset>
  );
}
