/** The comparison's exports: CSV (English or French Excel) and the printable report. */
import { useCallback, useState } from 'react';
import type { ResolvedScenario } from '../../scenario/model';
import { downloadText, fileStem } from '../editor/download';
import { useTranslation } from '../i18n/useTranslation';
import type { ComparisonOutcome } from '../../simulation/run/jobTypes';
import type { RunTag } from '../state/runsSlice';
import { comparisonCsv } from './comparisonCsv';
import type { CsvDialect } from './csvCells';
import { Report } from './Report';

// A byte-order mark: Excel then reads the file as UTF-8 (accents, €) instead of the local code page.
const BOM = '\ufeff';

export function ExportBar({ outcome, resolved, tag }: { outcome: ComparisonOutcome; resolved: ResolvedScenario; tag: RunTag }) {
  const [report, setReport] = useState(false);
  const { t } = useTranslation();
  const close = useCallback(() => setReport(false), []);
  const csv = (dialect: CsvDialect) => downloadText(`${BOM}${comparisonCsv(outcome, resolved, dialect)}`,
    `${fileStem(resolved.name)}-comparison${dialect === 'fr' ? '-fr' : ''}.csv`, 'text/csv;charset=utf-8');
  return (
    <div className="export-bar" role="group" aria-label={t('comparison.export')}>
      <button type="button" onClick={() => csv('en')}>{t('comparison.csv')}</button>
      <button type="button" onClick={() => csv('fr')} title={t('comparison.csvFrTitle')}>{t('comparison.csvFr')}</button>
      <button type="button" onClick={() => setReport(true)}>{t('comparison.report')}</button>
      {report && <Report outcome={outcome} resolved={resolved} tag={tag} onClose={close} />}
    </div>
  );
}
