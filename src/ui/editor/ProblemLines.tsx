/** Bad lines of a pasted column or a CSV file, by line number; the first 50, then a count. */
import type { CsvProblem } from '../../scenario/csv';

const SHOWN = 50;

export function ProblemLines({ problems, what }: { problems: CsvProblem[]; what: string }) {
  if (problems.length === 0) return null;
  const lines = problems.filter((p) => p.line > 0);
  return (
    <div className="problem-lines" role="alert" data-testid="problem-lines">
      <p>
        {lines.length > 0
          ? <><strong>Nothing applied:</strong> {lines.length} bad line{lines.length === 1 ? '' : 's'} in the {what}.</>
          : <strong>Nothing applied.</strong>}
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((p, k) => (
          <li key={k}>{p.line > 0 ? <><span className="line">Line {p.line}:</span> {p.message}</> : p.message}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>… and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
