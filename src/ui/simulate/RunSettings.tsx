/**
 * Replications and seed for the next run (the same seed gives the same answer).
 *
 * They behave as number fields do: typing only edits the text (deleting "20" and typing "50"
 * gives 50, not 250), and the value is checked and kept when the field is left or Enter is
 * pressed. A value out of range is named with its limits and not kept; the last good one stays
 * in force.
 */
import { useTranslation } from '../i18n/useTranslation';
import { t } from '../i18n';
import { formatNumber } from '../format';
import { useId, useState } from 'react';
import { useAppState } from '../state/context';

/** Limits of the run settings (the store keeps the last good values). */
export const RUN_LIMITS = {
  replications: { min: 2, max: 500 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

/** The whole number `text` holds within [min, max], or the reason it is refused. */
export function readWholeNumber(text: string, label: string, min: number, max: number): { value: number } | { problem: string } {
  const trimmed = text.trim();
  const range = { label, min: formatNumber(min), max: formatNumber(max) };
  if (!/^\d+$/.test(trimmed)) return { problem: t('simulateField.wholeNumber', range) };
  const value = Number(trimmed);
  if (value < min || value > max) return { problem: t('simulateField.wholeNumberGot', { ...range, got: trimmed }) };
  return { value };
}

function WholeNumberField({ label, value, min, max, disabled, onCommit }: {
  label: string; value: number; min: number; max: number; disabled: boolean; onCommit: (value: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const read = readWholeNumber(text, label, min, max);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    setText(null);
    if (read.value !== value) onCommit(read.value);
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" size={6} value={text ?? String(value)} disabled={disabled}
        aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-msg` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      {problem && <span className="field-problem" role="alert" id={`${id}-msg`}>{problem}</span>}
    </>
  );
}

export function RunSettingsFields({ disabled }: { disabled: boolean }) {
  const settings = useAppState((s) => s.runSettings);
  const setRunSettings = useAppState((s) => s.setRunSettings);
  const { t } = useTranslation();
  return (
    <div className="run-settings">
      <WholeNumberField label={t('simulate.replications')} value={settings.replications} disabled={disabled}
        {...RUN_LIMITS.replications} onCommit={(replications) => setRunSettings({ replications })} />
      <WholeNumberField label={t('simulate.seedField')} value={settings.seed} disabled={disabled}
        {...RUN_LIMITS.seed} onCommit={(seed) => setRunSettings({ seed })} />
    </div>
  );
}
