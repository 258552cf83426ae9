/**
 * Erlang calculator: one interval, recomputed on every keystroke; each field's problem shows next
 * to it; results read in planners' units (%, seconds) and an unstable queue is explained in words.
 */
import { useId, useState } from 'react';
import { CALCULATOR_FIELDS, minStableAgents, runCalculator, type CalculatorField, type CalculatorText } from '../data/calculator';
import { formatNumber, formatPercent, formatSeconds } from '../format';
import './ErlangCalculator.css';

const LABELS: Record<CalculatorField, { label: string; unit: string }> = {
  arrivals: { label: 'Contacts arriving', unit: 'in the interval' },
  intervalMinutes: { label: 'Interval length', unit: 'minutes' },
  aht: { label: 'Average handle time', unit: 'seconds' },
  agents: { label: 'Agents', unit: 'productive' },
  slSeconds: { label: 'Service-level threshold', unit: 'seconds' },
  patience: { label: 'Mean patience', unit: 'seconds; blank = nobody hangs up' },
  concurrency: { label: 'Sessions per agent', unit: 'chat; 1 for voice' },
};

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
      <h3 id={`${id}-title`}>Erlang calculator — one interval</h3>
      <p className="calc-lead">Try a what-if: change any field, the figures follow as you type.</p>
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
                <label htmlFor={inputId}>{LABELS[field].label} <span className="unit">({LABELS[field].unit})</span></label>
                <input
                  id={inputId}
                  name={field}
                  inputMode="decimal"
                  value={text[field]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${inputId}-problem` : undefined}
                  onChange={(e) => setText((t) => ({ ...t, [field]: e.target.value }))}
                />
                {problem && <span className="problem" id={`${inputId}-problem`} role="alert">{LABELS[field].label} {problem}</span>}
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
    return <div className="calc-results empty" aria-live="polite">Fix the marked field to see the figures.</div>;
  }
  const { input, result } = outcome;
  const rows: [string, string][] = [
    ['Offered load', `${formatNumber(result.trafficErlangs, 2)} Erlangs`],
    [`Service level (answered within ${formatNumber(input.slSeconds)} s)`, formatPercent(result.serviceLevel)],
    ['Average speed of answer', formatSeconds(result.asaSeconds)],
    ['Chance of waiting', formatPercent(result.probWait)],
    ['Answer rate', formatPercent(result.answerRate)],
    ['Abandon rate', formatPercent(result.abandonRate)],
    ['Occupancy', formatPercent(result.occupancy)],
    ['Average queue', result.avgQueueLength === null ? '—' : `${formatNumber(result.avgQueueLength, 1)} contacts`],
  ];
  return (
    <div className="calc-results" aria-live="polite" data-testid="calc-results">
      <p className="calc-model">
        {result.model === 'erlang-a'
          ? 'Erlang A: callers hang up after their patience runs out, so some calls are lost instead of waiting forever.'
          : 'Erlang C: nobody hangs up; every caller waits until answered.'}
      </p>
      {!result.stable && (
        <p className="unstable" role="status" data-testid="unstable">
          <strong>Unstable: the queue never empties.</strong> {formatNumber(result.trafficErlangs, 2)} Erlangs of work arrive, but
          {' '}{formatNumber(input.agents)} agents × {input.concurrency} session{input.concurrency > 1 ? 's' : ''} can carry at most
          {' '}{formatNumber(input.agents * input.concurrency)}. The wait grows through the whole interval, so service level and
          waiting time have no steady value. At least {formatNumber(minStableAgents(result.trafficErlangs, input.concurrency))} agents
          are needed for the queue to settle, or give a patience to see how many would hang up. Meanwhile the answer
          rate below is the share of the work the agents can carry; the rest is left waiting.
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
