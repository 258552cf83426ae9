/**
 * Inputs of the editor. Each edits one path of the scenario file and shows the problems found at
 * that path right under it (aria-invalid + aria-describedby, so a screen reader reads the reason).
 *
 * A number field keeps the text being typed while it has the focus ("0," on the way to "0,5"),
 * and commits on every keystroke: a number (decimal point or comma), `undefined` when empty (an
 * optional target switched off, or "is required"), or the raw text, which validation then
 * reports as "must be a number". Shares are typed as percentages (`scale` 100).
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { readNumber } from '../../scenario/csvFields';
import { getAtPath } from './paths';
import { useFieldProblems } from './problemsContext';
import { scaledMessage } from './problemMap';
import { useScenarioEditor } from './useEditor';

/** What a number field commits for `text`. */
export function numberFromText(text: string, scale = 1): number | string | undefined {
  if (text.trim() === '') return undefined;
  const value = readNumber(text);
  if (value === null) return text;
  return scale === 1 ? value : Number((value / scale).toPrecision(12));
}

/** What a number field shows for a stored value. */
export function textFromValue(value: unknown, scale = 1): string {
  if (typeof value === 'number') return String(Number((value * scale).toPrecision(12)));
  if (typeof value === 'string') return value;
  return '';
}

/** The messages under a field; also used by composite fields (a list, a group). */
export function FieldMessages({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return <span className="field-problem" role="alert" id={id}>{messages.join('; ')}</span>;
}

/**
 * The frame every field shares: its label (visible, or for screen readers only), the control,
 * and its messages; `describedBy` gives the control the attributes that tie it to them.
 */
function FieldFrame({ id, label, hiddenLabel, messages, children }: {
  id: string; label: ReactNode; hiddenLabel: boolean; messages: string[]; children: ReactNode;
}) {
  return (
    <div className={`field${messages.length > 0 ? ' invalid' : ''}`}>
      <label htmlFor={id} className={hiddenLabel ? 'visually-hidden' : 'field-label'}>{label}</label>
      {children}
      <FieldMessages id={`${id}-msg`} messages={messages} />
    </div>
  );
}

const describedBy = (id: string, messages: string[]) => ({
  id,
  'aria-invalid': messages.length > 0 ? true : undefined,
  'aria-describedby': messages.length > 0 ? `${id}-msg` : undefined,
});

interface NumberFieldProps {
  path: string;
  label: ReactNode;
  /** Unit after the input: `s`, `%`, `€/h`. */
  unit?: string;
  /** Shown value = stored × scale (100 for a share typed in %). */
  scale?: number;
  /** Shown when empty (e.g. "none" for an optional target). */
  placeholder?: string;
  /** Input width in characters. */
  size?: number;
  /** A label read by screen readers only (grids of inputs). */
  hiddenLabel?: boolean;
}

export function NumberField({ path, label, unit, scale = 1, placeholder, size = 6, hiddenLabel = false }: NumberFieldProps) {
  const { doc, edit, endEdit } = useScenarioEditor();
  const raw = getAtPath(doc, path);
  const shown = textFromValue(raw, scale);
  const [typing, setTyping] = useState<string | null>(null);
  const id = useId();
  const messages = useFieldProblems(path).map((m) => scaledMessage(m, scale, unit === '%' ? ' %' : ''));
  // An undo (or any outside change) while the field has the focus: show the new value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the stored value matters, not each keystroke.
  useEffect(() => {
    if (typing !== null && numberFromText(typing, scale) !== raw) setTyping(textFromValue(raw, scale));
    // Only a change of the stored value matters here, not each keystroke.
  }, [raw]);
  return (
    <FieldFrame id={id} label={label} hiddenLabel={hiddenLabel} messages={messages}>
      <span className="field-control">
        <input
          {...describedBy(id, messages)}
          type="text"
          inputMode="decimal"
          size={size}
          style={{ width: `${size + 1.6}ch` }}
          value={typing ?? shown}
          placeholder={placeholder}
          data-path={path}
          onFocus={() => setTyping(shown)}
          onBlur={() => { setTyping(null); endEdit(); }}
          onChange={(e) => { setTyping(e.target.value); edit(path, numberFromText(e.target.value, scale)); }}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
    </FieldFrame>
  );
}

export function TextField({ path, label, size = 20, placeholder, hiddenLabel = false }: {
  path: string; label: ReactNode; size?: number; placeholder?: string; hiddenLabel?: boolean;
}) {
  const { doc, edit, endEdit } = useScenarioEditor();
  const raw = getAtPath(doc, path);
  const id = useId();
  const messages = useFieldProblems(path);
  return (
    <FieldFrame id={id} label={label} hiddenLabel={hiddenLabel} messages={messages}>
      <span className="field-control">
        <input
          {...describedBy(id, messages)}
          type="text"
          size={size}
          style={{ width: `${size + 1.6}ch` }}
          value={typeof raw === 'string' ? raw : ''}
          placeholder={placeholder}
          data-path={path}
          onBlur={endEdit}
          onChange={(e) => edit(path, e.target.value)}
        />
      </span>
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A choice. `onPick` replaces the plain "set this path" when a choice reshapes its neighbours
 * (a lognormal distribution needs a CV).
 */
export function SelectField({ path, label, options, onPick, hiddenLabel = false }: {
  path: string; label: ReactNode; options: Option[]; onPick?: (value: string) => void; hiddenLabel?: boolean;
}) {
  const { doc, edit } = useScenarioEditor();
  const raw = getAtPath(doc, path);
  const id = useId();
  const messages = useFieldProblems(path);
  return (
    <FieldFrame id={id} label={label} hiddenLabel={hiddenLabel} messages={messages}>
      <span className="field-control">
        <select
          {...describedBy(id, messages)}
          value={typeof raw === 'string' ? raw : ''}
          data-path={path}
          onChange={(e) => (onPick ? onPick(e.target.value) : edit(path, e.target.value))}
        >
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </span>
    </FieldFrame>
  );
}

/** Messages of a path that has no single input (a list, a group of inputs). */
export function GroupMessages({ path }: { path: string }) {
  const id = useId();
  return <FieldMessages id={id} messages={useFieldProblems(path)} />;
}
