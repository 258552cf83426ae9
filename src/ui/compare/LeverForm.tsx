/**
 * The form of one lever: its fields from `LEVER_FORMS`, each message from the lever's zod schema
 * (via `parseLevers`) next to its field, and the lever in words once it is valid.
 */
import { useEffect, useId, useState } from 'react';
import type { LeverKind } from '../../simulation/levers';
import { numberFromText, textFromValue } from '../editor/fields';
import { scaledMessage } from '../editor/problemMap';
import { useTranslation } from '../i18n/useTranslation';
import { fieldLabel, getAt, groupLabel, LEVER_FORMS, leverTitle, optionLabel, setAt, type DefaultsContext, type LeverField } from './leverFields';

export interface LeverFormProps {
  lever: Record<string, unknown>;
  /** Messages by field path inside the lever (`routing.seconds`); '' for the lever as a whole. */
  problems: Map<string, string>;
  channels: { id: string; name: string }[];
  pools: { id: string; name: string }[];
  defaults: DefaultsContext;
  words: string | null;
  onChange: (lever: Record<string, unknown>) => void;
  onRemove: () => void;
}

/**
 * A number typed as text, so "1." or "abc" stay on screen while the schema says what is wrong;
 * shares are typed in % (`scale` 100) and stored 0–1 as the engines read them.
 */
function NumberInput({ value, onValue, scale = 1, ...rest }: { value: unknown; onValue: (v: unknown) => void; scale?: number } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const shown = textFromValue(value, scale);
  const [text, setText] = useState(shown);
  useEffect(() => {
    // Follow outside changes (a slider, a reset), not our own keystrokes.
    setText((t) => (numberFromText(t, scale) === value ? t : shown));
  }, [shown, value, scale]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValue(numberFromText(e.target.value, scale));
      }}
    />
  );
}

/** The slider beside a number field: it moves the same stored value, in the field's shown units. */
function NumberSlider({ value, onValue, scale = 1, range, label }: { value: unknown; onValue: (v: unknown) => void; scale?: number; range: { min: number; max: number; step: number }; label: string }) {
  const { t } = useTranslation();
  const shown = typeof value === 'number' ? value * scale : range.min;
  return (
    <input
      type="range"
      className="lever-slider"
      aria-label={t('strategies.slider', { label })}
      min={range.min}
      max={Math.max(range.max, shown)}
      step={range.step}
      value={shown}
      onChange={(e) => onValue(Number((Number(e.target.value) / scale).toPrecision(12)))}
    />
  );
}

function FieldControl({ field, lever, problem, props }: { field: LeverField; lever: Record<string, unknown>; problem: string | undefined; props: LeverFormProps }) {
  const id = useId();
  const value = getAt(lever, field.path);
  const set = (v: unknown) => props.onChange(setAt(lever, field.path, v));
  const aria = { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? `${id}-msg` : undefined } as const;
  const input = field.input;
  const kind = lever.kind as LeverKind;
  const label = fieldLabel(kind, field.path);
  const { t } = useTranslation();
  let control: React.ReactNode;
  switch (input.type) {
    case 'number':
      control = input.slider
        ? (
          <span className="number-with-slider">
            <NumberInput {...aria} value={value} onValue={set} scale={input.scale} />
            <NumberSlider value={value} onValue={set} scale={input.scale} range={input.slider} label={label} />
          </span>
        )
        : <NumberInput {...aria} value={value} onValue={set} scale={input.scale} />;
      break;
    case 'text': case 'date': case 'time':
      control = (
        <input {...aria} type="text" placeholder={input.type === 'date' ? 'YYYY-MM-DD' : input.type === 'time' ? 'HH:MM' : undefined}
          value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' && input.optional ? undefined : e.target.value)} />
      );
      break;
    case 'bool':
      control = <input {...aria} type="checkbox" checked={value === true} onChange={(e) => set(e.target.checked)} />;
      break;
    case 'channel': case 'pool': {
      const options = input.type === 'channel' ? props.channels : props.pools;
      control = (
        <select {...aria} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}>
          {input.optional && <option value="">{input.type === 'channel' ? t('strategies.defaultChannel') : t('strategies.defaultPool')}</option>}
          {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      );
      break;
    }
    case 'select': {
      const parentPath = field.path.split('.').slice(0, -1).join('.');
      control = (
        <select {...aria} value={typeof value === 'string' ? value : ''}
          onChange={(e) => (input.resetParent && parentPath !== '' ? props.onChange(setAt(lever, parentPath, input.resetParent(e.target.value))) : set(e.target.value))}>
          {input.options.map((o) => <option key={o.value} value={o.value}>{optionLabel(kind, field.path, o.value)}</option>)}
        </select>
      );
      break;
    }
    case 'channels': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      control = (
        <span className="check-row" role="group" aria-labelledby={`${id}-label`}>
          {props.channels.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={chosen.includes(c.id)}
                onChange={(e) => set(e.target.checked ? props.channels.map((x) => x.id).filter((x) => x === c.id || chosen.includes(x)) : chosen.filter((x) => x !== c.id))} />
              {c.name}
            </label>
          ))}
        </span>
      );
      break;
    }
  }
  const wide = input.type === 'channels' || input.type === 'bool';
  return (
    <div className={`field${problem ? ' invalid' : ''}${wide ? ' wide' : ''}`}>
      {input.type === 'channels'
        ? <span className="field-label" id={`${id}-label`}>{label}</span>
        : <label htmlFor={id} className="field-label">{label}</label>}
      {control}
      {problem && <span className="field-msg" id={`${id}-msg`} role="alert">{input.type === 'number' && input.scale ? scaledMessage(problem, input.scale, ' %') : problem}</span>}
    </div>
  );
}

export function LeverForm(props: LeverFormProps) {
  const { lever, problems } = props;
  const kind = lever.kind as LeverKind;
  const form = LEVER_FORMS[kind];
  const { t } = useTranslation();
  const visible = (f: LeverField) => !f.when || f.when(lever);
  const shown = new Set<string>();
  const field = (f: LeverField) => {
    shown.add(f.path);
    return <FieldControl key={f.path} field={f} lever={lever} problem={problems.get(f.path)} props={props} />;
  };
  const body = (
    <>
      <div className="field-grid">{form.fields.filter(visible).map(field)}</div>
      {form.groups.map((g) => {
        const on = getAt(lever, g.path) !== undefined;
        return (
          <fieldset key={g.path} className="lever-group">
            <legend>
              <label className="check">
                <input type="checkbox" checked={on} onChange={(e) => props.onChange(setAt(lever, g.path, e.target.checked ? g.make(props.defaults) : undefined))} />
                {groupLabel(kind, g.path)}
              </label>
            </legend>
            {on && <div className="field-grid">{g.fields.filter(visible).map(field)}</div>}
          </fieldset>
        );
      })}
    </>
  );
  // Messages for paths no field shows (a whole group, a list) still appear, under the form.
  const others = [...problems].filter(([path]) => !shown.has(path));
  return (
    <section className="lever-form" aria-label={t('strategies.leverRegion', { title: leverTitle(kind) })} data-kind={kind}>
      <header>
        <h4>{leverTitle(kind)}</h4>
        <button type="button" className="danger" onClick={props.onRemove}>{t('strategies.removeLever')}</button>
      </header>
      {props.words && <p className="lever-words">{props.words}</p>}
      {body}
      {others.length > 0 && (
        <ul className="lever-problems" role="alert">
          {others.map(([path, message]) => <li key={path}>{path === '' ? message : `${path}: ${message}`}</li>)}
        </ul>
      )}
    </section>
  );
}
