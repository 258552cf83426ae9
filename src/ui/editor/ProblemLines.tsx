/** Bad lines of a pasted column or a CSV file, by line number; the first 50, then a count. */
import type { CsvProblem } from '../../scenario/csv';
import { t } from '../i18n';
import { problemText } from '../i18n/problemWords';

const SHOWN = 50;

export function ProblemLines({ problems, what }: { problems: CsvProblem[]; what: 'file' | 'column' }) {
  if (problems.length === 0) return null;
  const lines = problems.filter((p) => p.line > 0);
  return (
    <div className="problem-lines" role="alert" data-testid="problem-lines">
      <p>
        {lines.length > 0
          ? <><strong>{t('problemLines.nothingApplied')}</strong> {t('problemLines.badLines', { count: lines.length, what: t(`problemLines.what_${what}`) })}</>
          : <strong>{t('problemLines.nothing')}</strong>}
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((p, k) => (
          <li key={k}>{p.line > 0 ? <><span className="line">{t('problemWords.line', { line: p.line })}</span> {problemText(p)}</> : problemText(p)}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{t('problemLines.more', { count: problems.length - SHOWN })}</p>}
    </div>
  );
}
