/**
 * What needs the planner's attention about keeping the work: a save refused (and why), another
 * tab's save, a scenario opened from a link (keep it?) or refused (why), a removal to undo.
 */
import { formatProblem } from '../../scenario/problems';
import { usePersistence, usePersistState } from './context';

export function PersistBanner() {
  const persistence = usePersistence();
  const status = usePersistState((s) => s.status);
  const problem = usePersistState((s) => s.problem);
  const conflict = usePersistState((s) => s.conflict);
  const link = usePersistState((s) => s.link);
  const removed = usePersistState((s) => s.removed);
  if (!persistence) return null;
  return (
    <div className="persist-banners">
      {(status === 'error' || status === 'off') && problem && (
        <div className="banner alert" role="alert" data-testid="save-problem">
          <span>{problem}</span>
          <button type="button" className="small" onClick={() => void persistence.retry()}>Try again</button>
        </div>
      )}
      {conflict && (
        <div className="banner alert" role="alert" data-testid="save-conflict">
          <span>
            {conflict.theirs ? 'This scenario was changed in another tab' : 'This scenario was deleted in another tab'}: this tab stopped saving so neither
            {' '}version is lost.
          </span>
          <button type="button" className="small" onClick={() => void persistence.takeTheirs()}>{conflict.theirs ? 'Show the other tab’s version' : 'Keep it here'}</button>
          {conflict.theirs && <button type="button" className="small" onClick={() => void persistence.keepMineAsCopy()}>Keep mine as a new scenario</button>}
        </div>
      )}
      {link?.kind === 'opened' && status === 'unkept' && (
        <div className="banner info" role="status" data-testid="link-opened">
          <span>Opened “{link.name}” from a link{link.migratedFrom !== undefined ? ` (updated from format version ${link.migratedFrom})` : ''}. It is not among your saved scenarios yet.</span>
          <button type="button" className="small primary" onClick={() => void persistence.keepLinked()}>Keep it in my scenarios</button>
          <button type="button" className="small" onClick={() => void persistence.dropLinked()}>Back to my scenario</button>
        </div>
      )}
      {link?.kind === 'refused' && (
        <div className="banner alert problem-lines" role="alert" data-testid="link-refused">
          <p><strong>The link was not opened</strong>: the current scenario is unchanged.</p>
          <ul>{link.problems.slice(0, 20).map((p, k) => <li key={k}>{formatProblem(p)}</li>)}</ul>
          {link.problems.length > 20 && <p>… and {link.problems.length - 20} more.</p>}
          <button type="button" className="small" onClick={() => persistence.dismissLink()}>Dismiss</button>
        </div>
      )}
      {removed && (
        <div className="banner info" role="status" data-testid="removed">
          <span>Deleted “{removed.record.name}”.</span>
          <button type="button" className="small" onClick={() => void persistence.undoRemove()}>Undo</button>
          <button type="button" className="small" onClick={() => persistence.dismissRemoved()}>Dismiss</button>
        </div>
      )}
    </div>
  );
}
