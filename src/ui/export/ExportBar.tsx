/** The comparison's exports: CSV (English or French Excel) and the printable report. */
import { useCallback, useState } from 'react';
import type { ResolvedScenario } from '../../scenario/model';
import { downloadText, fileStem } from '../editor/download';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import type { RunTag } from '../state/runsSlice';
import { comparisonCsv } from './comparisonCsv';
import type { CsvDialect } from './csvCells';
import { Report } from './Report';

// A byte-order mark: Excel then reads the file as UTF-8 (accents, €) instead of the local code page.
const BOM = '\ufeff';

export function ExportBar({ outcome, resolved, tag }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; tag: RunTag }) {
  const [report, setReport] = useState(false);
  const close = useCallback(() => setReport(false), []);
  const csv = (dialect: CsvDialect) => downloadText(`${BOM}${comparisonCsv(outcome, resolved, dialect)}`,
    `${fileStem(resolved.name)}-comparison${dialect === 'fr' ? '-fr' : ''}.csv`, 'text/csv;charset=utf-8');
  return (
    <div className="export-bar" role="group" aria-label="Export the comparison">
      <button type="button" onClick={() => csv('en')}>Download CSV</button>
      <button type="button" onClick={() => csv('fr')} title="Semicolons and decimal commas">CSV for French Excel (;)</button>
      <button type="button" onClick={() => setReport(true)}>Printable report…</button>
      {report && <Report outcome={outcome} resolved={resolved} tag={tag} onClose={close} />}
    </div>
  );
}
