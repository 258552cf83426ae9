/**
 * Import and export of the forecast as CSV (docs/cli.md, "forecast"). The file is parsed in
 * the CSV worker by the same parser as `wfm forecast`; nothing is applied unless every line is
 * valid, and the bad lines are listed with their numbers.
 */
import { t } from '../i18n';
import { useEffect, useRef, useState } from 'react';
import { applyForecast, exportForecastCsv, type CsvProblem } from '../../scenario/csv';
import { parseForecastCsvOffThread } from '../../../workers/browserCsv';
import { selectResolved } from '../state/derived';
import { downloadText, fileStem } from './download';
import { FileButton } from './FileButton';
import { ProblemLines } from './ProblemLines';
import { formatProblemText } from '../i18n/problemWords';
import { useScenarioEditor } from './useEditor';

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'rejected'; file: string; problems: CsvProblem[] }
  | { kind: 'done'; message: string };

export function CsvPanel() {
  const { scenario, commit } = useScenarioEditor();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [separator, setSeparator] = useState<',' | ';'>(',');
  // The scenario when a parse ends may not be the one it started on (an edit meanwhile).
  const current = useRef(scenario);
  useEffect(() => { current.current = scenario; }, [scenario]);

  const importFile = async (file: File) => {
    const at = scenario;
    setStatus({ kind: 'reading', file: file.name });
    const result = await parseForecastCsvOffThread(await file.text(), at);
    if (current.current !== at) {
      setStatus({ kind: 'rejected', file: file.name, problems: [{ line: 0, message: t('csvPanel.changed') }] });
      return;
    }
    if (!result.ok) {
      setStatus({ kind: 'rejected', file: file.name, problems: result.problems });
      return;
    }
    const outcome = await commit(applyForecast(at, result.volumes));
    if (outcome.ok === null) return;
    if (!outcome.ok) {
      setStatus({ kind: 'rejected', file: file.name, problems: outcome.problems.map((p) => ({ line: 0, message: formatProblemText(p) })) });
      return;
    }
    const channels = Object.keys(result.volumes);
    setStatus({ kind: 'done', message: t(channels.length < at.channels.length ? 'csvPanel.importedSome' : 'csvPanel.imported', { file: file.name, channels: channels.join(', ') }) });
  };

  const exportCsv = () => {
    downloadText(exportForecastCsv(selectResolved(scenario), { separator }), `${fileStem(scenario.name)}-forecast.csv`, 'text/csv');
  };

  return (
    <div className="csv-panel" data-testid="csv-panel">
      <div className="row">
        <FileButton accept=".csv,text/csv,text/plain" testId="import-csv" onFile={(f) => void importFile(f)}>{t('forecast.importCsv')}</FileButton>
        <span className="export">
          <button type="button" onClick={exportCsv}>{t('forecast.exportCsvShort')}</button>
          <label className="field inline">
            <span className="field-label">{t('forecast.separator')}</span>
            <select value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
              <option value=",">{t('forecast.sepComma')}</option>
              <option value=";">{t('forecast.sepSemicolon')}</option>
            </select>
          </label>
        </span>
      </div>
      <p className="hint">{t('forecast.csvHint')}</p>
      {status.kind === 'reading' && <p role="status">{t('csvPanel.reading', { file: status.file })}</p>}
      {status.kind === 'done' && <p role="status" className="done">{status.message}</p>}
      {status.kind === 'rejected' && (
        <>
          <p><strong>{t('csvPanel.notImported', { file: status.file })}</strong>{t('csvPanel.unchanged')}</p>
          <ProblemLines problems={status.problems} what="file" />
        </>
      )}
    </div>
  );
}
