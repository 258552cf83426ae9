/**
 * A box to paste a column from a spreadsheet. Bad lines are listed with their numbers and
 * nothing is applied until every line reads; `apply` may still refuse (a wrong count) with a reason.
 */
import { t } from '../i18n';
import { useId, useState } from 'react';
import type { CsvProblem } from '../../scenario/csv';
import { parsePastedColumn } from './paste';
import { ProblemLines } from './ProblemLines';

export function PasteBox({ label, apply, buttonLabel = t('forecast.apply') }: {
  label: string;
  /** Uses the values; returns why it cannot, or null when done. */
  apply: (values: number[]) => string | null | Promise<string | null>;
  buttonLabel?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const submit = async () => {
    const parsed = parsePastedColumn(text);
    setDone(null);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    const refusal = await apply(parsed.values);
    if (refusal !== null) setProblems([{ line: 0, message: refusal }]);
    else {
      setProblems([]);
      setDone(t('paste.applied', { count: parsed.values.length }));
      setText('');
    }
  };
  return (
    <div className="paste-box">
      <label htmlFor={id} className="field-label">{label}</label>
      <textarea id={id} rows={3} cols={24} value={text} placeholder={t('forecast.pasteHere')} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="small" disabled={text.trim() === ''} onClick={() => void submit()}>{buttonLabel}</button>
      {done && <span className="done" role="status">{done}</span>}
      <ProblemLines problems={problems} what="column" />
    </div>
  );
}
