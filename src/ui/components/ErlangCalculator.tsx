/**
 * Erlang calculator: one interval, recomputed on every keystroke; each field's problem shows next
 * to it; results read in planners' units (%, seconds) and an unstable queue is explained in words.
 */
import { t } from '../i18n';
import { useId, useState } from 'react';
import { CALCULATOR_FIELDS, minStableAgents, runCalculator, type CalculatorField, type CalculatorText } from '../data/calculator';
import { formatNumber, formatPercent, formatSeconds } from '../format';
import './ErlangCalculator.css';

/** A field's label and unit: messages `calc.<field>` and `calc.<field>_unit`. */
const label = (field: CalculatorField) => t(`calc.${field}`);
const unit = (field: CalculatorField) => t(`calc.${field}_unit`);

const START: CalculatorText = { arrivals: '100', intervalMinutes: '30', aht: '180', agents: '14', slSeconds: '20', patience: '', concurrency: '1' };

/** A set of field values the reader can load with one click (e.g. the busiest interval of a channel). */
export interface CalculatorPreset {
  label: string;
  text: CalculatorText;
}

export function ErlangCalculator({ presets = [] }: { presets?: readonly CalculatorPreset[] }) {
  const [text, setText] = useState<CalculatorText>(START);
  const id = useId();
  const outcome = runCalculator(text);
  const problems = outcome.ok ? {} : outcome.problems;

  return (
    <section className="calculator" aria-labelledby={`${id}-title`} data-testid="erlang-calculator">
      <h3 id={`${id}-title`}>{t('calc.title')}</h3>
      <p className="calc-lead">{t('calc.lead')}</p>
      {presets.length > 0 && (
        <div className="calc-presets">
          {presets.map((p) => <button type="button" key={p.label} onClick={() => setText(p.text)}>{p.label}</button>)}
        </div>
      )}
      <div className="calc-body">
        <form className="calc-fields" onSubmit={(e) => e.preventDefault()}>
          {CALCULATOR_FIELDS.map((field) => {
            const problem = problems[field];
            const inputId = `${id}-${field}`;
            return (
              <div className={`calc-field${problem ? ' invalid' : ''}`} key={field}>
                <label htmlFor={inputId}>{label(field)} <span className="unit">({unit(field)})</span></label>
                <input
                  id={inputId}
                  name={field}
                  inputMode="decimal"
                  value={text[field]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${inputId}-problem` : undefined}
                  onChange={(e) => setText((t) => ({ ...t, [field]: e.target.value }))}
                />
                {problem && <span className="problem" id={`${inputId}-problem`} role="alert">{label(field)} {problem}</span>}
              </div>
            );
          })}
        </form>
        <CalculatorResult outcome={outcome} />
      </div>
    </section>
  );
}

function CalculatorResult({ outcome }: { outcome: ReturnType<typeof runCalculator> }) {
  if (!outcome.ok) {
    return <div className="calc-results empty" aria-live="polite">{t('calc.fix')}</div>;
  }
  const { input, result } = outcome;
  const rows: [string, string][] = [
    [t('calc.load'), t('calc.erlangs', { n: formatNumber(result.trafficErlangs, 2) })],
    [t('calc.sl', { s: formatNumber(input.slSeconds) }), formatPercent(result.serviceLevel)],
    [t('calc.asa'), formatSeconds(result.asaSeconds)],
    [t('calc.wait'), formatPercent(result.probWait)],
    [t('calc.answer'), formatPercent(result.answerRate)],
    [t('calc.abandon'), formatPercent(result.abandonRate)],
    [t('calc.occupancy'), formatPercent(result.occupancy)],
    [t('calc.queue'), result.avgQueueLength === null ? '—' : t('calc.contacts', { n: formatNumber(result.avgQueueLength, 1) })],
  ];
  return (
    <div className="calc-results" aria-live="polite" data-testid="calc-results">
      <p className="calc-model">
        {result.model === 'erlang-a'
          ? t('calc.erlangA')
          : t('calc.erlangC')}
      </p>
      {!result.stable && (
        <p className="unstable" role="status" data-testid="unstable">
          <strong>{t('calc.unstableTitle')}</strong>{' '}
          {t('calc.unstable', {
            load: formatNumber(result.trafficErlangs, 2), agents: formatNumber(input.agents), sessions: input.concurrency,
            capacity: formatNumber(input.agents * input.concurrency), needed: formatNumber(minStableAgents(result.trafficErlangs, input.concurrency)),
          })}
        </p>
      )}
      <dl className="calc-figures">
        {rows.map(([k, v]) => (
          <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
        ))}
      </dl>
    </div>
  );
}
