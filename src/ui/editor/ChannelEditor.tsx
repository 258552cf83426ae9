/**
 * One channel's inputs: kind, handle time and its distribution, patience, concurrency and the
 * targets that apply to its kind (docs/model.md, "Channels"). Shares are typed as percentages.
 */
import { t } from '../i18n';
import type { ChannelFile, ChannelKind, Distribution } from '../../scenario/schema';
import { appliesTo, DEFAULT_PROMISES_KEPT, type TargetKey } from '../../scenario/targets';
import { formatPercent } from '../format';
import { GroupMessages, NumberField, SelectField, TextField, type Option } from './fields';
import { getAtPath } from './paths';
import { withKind, withoutChannel } from './structureEdit';
import { useScenarioEditor } from './useEditor';

// Functions, not constants: the words follow the language (messages `editor.kind_*`, `editor.dist_*`).
const kinds = (): Option[] => ['voice', 'callback', 'chat', 'email'].map((value) => ({ value, label: t(`editor.kind_${value}`) }));
const distributions = (): Option[] => ['exponential', 'lognormal', 'fixed'].map((value) => ({ value, label: t(`editor.dist_${value}`) }));

/** A lognormal needs a CV; the others must not have one (the schema is strict). */
export function withDistribution(current: Partial<Distribution> | undefined, dist: string, fallbackMean: number): unknown {
  const mean = typeof current?.mean === 'number' || typeof current?.mean === 'string' ? current.mean : fallbackMean;
  if (dist === 'lognormal') return { dist, mean, cv: current && 'cv' in current && current.cv !== undefined ? current.cv : 0.6 };
  return { dist, mean };
}

function DistributionFields({ base, what, meanLabel }: { base: string; what: string; meanLabel: string }) {
  const { doc, edit } = useScenarioEditor();
  const current = getAtPath(doc, base) as Partial<Distribution> | undefined;
  return (
    <>
      <SelectField path={`${base}.dist`} label={t('editor.distribution', { what })} options={distributions()}
        onPick={(dist) => edit(base, withDistribution(current, dist, 300))} />
      <NumberField path={`${base}.mean`} label={meanLabel} unit="s" />
      {current?.dist === 'lognormal' && <NumberField path={`${base}.cv`} label={t('editor.cv')} size={4} />}
    </>
  );
}

function PatienceFields({ base }: { base: string }) {
  const { doc, edit } = useScenarioEditor();
  const patience = getAtPath(doc, `${base}.patience`) as Partial<Distribution> | undefined;
  return (
    <>
      <SelectField
        path={`${base}.patience.dist`}
        label={t('editor.abandons')}
        options={[{ value: '', label: t('editor.nobodyAbandons') }, ...distributions()]}
        onPick={(dist) => edit(`${base}.patience`, dist === '' ? undefined : withDistribution(patience, dist, 120))}
      />
      {patience !== undefined && (
        <>
          <NumberField path={`${base}.patience.mean`} label={t('editor.meanPatience')} unit="s" />
          {patience.dist === 'lognormal' && <NumberField path={`${base}.patience.cv`} label={t('editor.patienceCv')} size={4} />}
        </>
      )}
      <GroupMessages path={`${base}.patience`} />
    </>
  );
}

/** A target made of two numbers (share within a time): a box to switch it on, then its fields. */
function PairTarget({ path, label, defaults, second }: {
  path: string; label: string; defaults: Record<string, number>; second: { key: string; label: string; unit: string };
}) {
  const { doc, edit } = useScenarioEditor();
  const on = getAtPath(doc, path) !== undefined;
  return (
    <div className="target">
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => edit(path, e.target.checked ? defaults : undefined)} />
        {label}
      </label>
      {on && (
        <span className="pair">
          <NumberField path={`${path}.share`} label={t('editor.share')} unit="%" scale={100} size={4} />
          <NumberField path={`${path}.${second.key}`} label={second.label} unit={second.unit} size={4} />
        </span>
      )}
      <GroupMessages path={path} />
    </div>
  );
}

function EmailTargets({ base }: { base: string }) {
  const { doc, edit } = useScenarioEditor();
  const rows = (getAtPath(doc, `${base}.targets.responseWithin`) as unknown[] | undefined) ?? [];
  const path = `${base}.targets.responseWithin`;
  return (
    <div className="target">
      <span className="field-label">{t('editor.answeredWithin')}</span>
      {rows.map((_, k) => (
        <span className="pair" key={k}>
          <NumberField path={`${path}[${k}].share`} label={t('editor.share')} unit="%" scale={100} size={4} />
          <NumberField path={`${path}[${k}].hours`} label={t('editor.within')} unit="h" size={4} />
          <button type="button" className="small" aria-label={t('editor.removeTarget', { n: k + 1 })}
            onClick={() => edit(path, rows.length === 1 ? undefined : rows.filter((__, j) => j !== k))}>{t('editor.remove')}</button>
        </span>
      ))}
      <button type="button" className="small" onClick={() => edit(path, [...rows, { share: 1, hours: 48 }])}>{t('editor.addResponse')}</button>
      <GroupMessages path={path} />
    </div>
  );
}

export function ChannelEditor({ index }: { index: number }) {
  const { doc, scenario, edit, commit, hasDraft } = useScenarioEditor();
  const base = `channels[${index}]`;
  const channel = getAtPath(doc, base) as Partial<ChannelFile>;
  const kind = channel.kind;
  const queued = kind === 'voice' || kind === 'chat';
  const targets = `${base}.targets`;
  // The fields offered are the table of targets by kind (scenario/targets.ts), nothing else.
  const holds = (target: TargetKey) => kind !== undefined && appliesTo(kind, target);
  return (
    <fieldset className="card channel-card" data-testid={`channel-${channel.id}`}>
      <legend><span translate="no">{typeof channel.name === 'string' && channel.name !== '' ? channel.name : channel.id}</span> <span className="id" translate="no">id {channel.id}</span></legend>
      <div className="row">
        <TextField path={`${base}.name`} label={t('editor.name')} size={14} />
        <SelectField path={`${base}.kind`} label={t('editor.kind')} options={kinds()}
          onPick={(k) => edit(base, withKind({ ...channel, targets: channel.targets ?? {} } as ChannelFile, k as ChannelKind))} />
        {kind === 'chat' && <NumberField path={`${base}.concurrency`} label={t('editor.sessions')} size={3} />}
        {kind === 'chat' && <NumberField path={`${base}.concurrentAhtMultiplier`} label={t('editor.concurrentAht')} size={4} />}
      </div>
      <div className="row">
        <DistributionFields base={`${base}.aht`} what={t('editor.handleTime')} meanLabel={t('editor.aht')} />
      </div>
      {queued && <div className="row"><PatienceFields base={base} /></div>}
      <h4>{t('editor.targets')}</h4>
      <div className="row targets">
        {holds('serviceLevel') && (
          <PairTarget path={`${targets}.serviceLevel`} label={t('editor.serviceLevel')} defaults={{ share: 0.8, seconds: 20 }}
            second={{ key: 'seconds', label: t('editor.answeredWithinLower'), unit: 's' }} />
        )}
        {holds('callbackWithin') && (
          <PairTarget path={`${targets}.callbackWithin`} label={t('editor.calledBack')} defaults={{ share: 0.9, minutes: 60 }}
            second={{ key: 'minutes', label: t('editor.within'), unit: 'min' }} />
        )}
        {holds('responseWithin') && <EmailTargets base={base} />}
        {holds('maxAsaSeconds') && <NumberField path={`${targets}.maxAsaSeconds`} label={t('editor.maxAsa')} unit="s" placeholder={t('editor.none')} size={4} />}
        {holds('minAnswerRate') && <NumberField path={`${targets}.minAnswerRate`} label={t('editor.minAnswer')} unit="%" scale={100} placeholder={t('editor.none')} size={4} />}
        {holds('minPromisesKept') && <NumberField path={`${targets}.minPromisesKept`} label={t('editor.minPromisesKept')} unit="%" scale={100} placeholder={formatPercent(DEFAULT_PROMISES_KEPT, 0)} size={4} />}
        {holds('maxOccupancy') && <NumberField path={`${targets}.maxOccupancy`} label={t('editor.maxOcc')} unit="%" scale={100} placeholder={t('editor.none')} size={4} />}
      </div>
      <GroupMessages path={base} />
      <button type="button" className="small remove-card" disabled={hasDraft || scenario.channels.length === 1}
        title={hasDraft ? t('editor.fixFirst') : undefined}
        onClick={() => commit(withoutChannel(scenario, index))}>{t('editor.removeChannel')}</button>
    </fieldset>
  );
}
