/**
 * One channel's inputs: kind, handle time and its distribution, patience, concurrency and the
 * targets that apply to its kind (docs/model.md, "Channels"). Shares are typed as percentages.
 */
import type { ChannelFile, ChannelKind, Distribution } from '../../scenario/schema';
import { appliesTo, type TargetKey } from '../../scenario/targets';
import { GroupMessages, NumberField, SelectField, TextField, type Option } from './fields';
import { getAtPath } from './paths';
import { withKind, withoutChannel } from './structureEdit';
import { useScenarioEditor } from './useEditor';

const KINDS: Option[] = [
  { value: 'voice', label: 'Voice (phone)' },
  { value: 'callback', label: 'Call back' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'Email / messages' },
];

const DISTRIBUTIONS: Option[] = [
  { value: 'exponential', label: 'Exponential' },
  { value: 'lognormal', label: 'Lognormal (with CV)' },
  { value: 'fixed', label: 'Fixed' },
];

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
      <SelectField path={`${base}.dist`} label={`${what} distribution`} options={DISTRIBUTIONS}
        onPick={(dist) => edit(base, withDistribution(current, dist, 300))} />
      <NumberField path={`${base}.mean`} label={meanLabel} unit="s" />
      {current?.dist === 'lognormal' && <NumberField path={`${base}.cv`} label="Coefficient of variation" size={4} />}
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
        label="Abandons"
        options={[{ value: '', label: 'Nobody abandons' }, ...DISTRIBUTIONS]}
        onPick={(dist) => edit(`${base}.patience`, dist === '' ? undefined : withDistribution(patience, dist, 120))}
      />
      {patience !== undefined && (
        <>
          <NumberField path={`${base}.patience.mean`} label="Mean patience" unit="s" />
          {patience.dist === 'lognormal' && <NumberField path={`${base}.patience.cv`} label="Patience CV" size={4} />}
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
          <NumberField path={`${path}.share`} label="Share" unit="%" scale={100} size={4} />
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
      <span className="field-label">Answered within</span>
      {rows.map((_, k) => (
        <span className="pair" key={k}>
          <NumberField path={`${path}[${k}].share`} label="Share" unit="%" scale={100} size={4} />
          <NumberField path={`${path}[${k}].hours`} label="within" unit="h" size={4} />
          <button type="button" className="small" aria-label={`Remove target ${k + 1}`}
            onClick={() => edit(path, rows.length === 1 ? undefined : rows.filter((__, j) => j !== k))}>Remove</button>
        </span>
      ))}
      <button type="button" className="small" onClick={() => edit(path, [...rows, { share: 1, hours: 48 }])}>Add a response target</button>
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
  const t = `${base}.targets`;
  // The fields offered are the table of targets by kind (scenario/targets.ts), nothing else.
  const holds = (target: TargetKey) => kind !== undefined && appliesTo(kind, target);
  return (
    <fieldset className="card channel-card" data-testid={`channel-${channel.id}`}>
      <legend>{typeof channel.name === 'string' && channel.name !== '' ? channel.name : channel.id} <span className="id">id {channel.id}</span></legend>
      <div className="row">
        <TextField path={`${base}.name`} label="Name" size={14} />
        <SelectField path={`${base}.kind`} label="Kind" options={KINDS}
          onPick={(k) => edit(base, withKind({ ...channel, targets: channel.targets ?? {} } as ChannelFile, k as ChannelKind))} />
        {kind === 'chat' && <NumberField path={`${base}.concurrency`} label="Sessions at once" size={3} />}
        {kind === 'chat' && <NumberField path={`${base}.concurrentAhtMultiplier`} label="Handle time × when concurrent" size={4} />}
      </div>
      <div className="row">
        <DistributionFields base={`${base}.aht`} what="Handle time" meanLabel="Average handle time (AHT)" />
      </div>
      {queued && <div className="row"><PatienceFields base={base} /></div>}
      <h4>Targets</h4>
      <div className="row targets">
        {holds('serviceLevel') && (
          <PairTarget path={`${t}.serviceLevel`} label="Service level" defaults={{ share: 0.8, seconds: 20 }}
            second={{ key: 'seconds', label: 'answered within', unit: 's' }} />
        )}
        {holds('callbackWithin') && (
          <PairTarget path={`${t}.callbackWithin`} label="Called back" defaults={{ share: 0.9, minutes: 60 }}
            second={{ key: 'minutes', label: 'within', unit: 'min' }} />
        )}
        {holds('responseWithin') && <EmailTargets base={base} />}
        {holds('maxAsaSeconds') && <NumberField path={`${t}.maxAsaSeconds`} label="Max average wait (ASA)" unit="s" placeholder="none" size={4} />}
        {holds('minAnswerRate') && <NumberField path={`${t}.minAnswerRate`} label="Min answer rate" unit="%" scale={100} placeholder="none" size={4} />}
        {holds('maxOccupancy') && <NumberField path={`${t}.maxOccupancy`} label="Max occupancy" unit="%" scale={100} placeholder="none" size={4} />}
      </div>
      <GroupMessages path={base} />
      <button type="button" className="small remove-card" disabled={hasDraft || scenario.channels.length === 1}
        title={hasDraft ? 'Fix or discard the change not applied first' : undefined}
        onClick={() => commit(withoutChannel(scenario, index))}>Remove this channel</button>
    </fieldset>
  );
}
