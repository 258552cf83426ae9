/**
 * What needs the planner's attention about keeping the work: a save refused (and why), another
 * tab's save, a scenario opened from a link (keep it?) or refused (why), a removal to undo.
 */
import { t } from '../i18n';
import { ProblemText } from '../editor/ProblemText';
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
          <button type="button" className="small" onClick={() => void persistence.retry()}>{t('persist.retry')}</button>
        </div>
      )}
      {conflict && (
        <div className="banner alert" role="alert" data-testid="save-conflict">
          <span>
            {conflict.theirs ? t('persist.changedElsewhere') : t('persist.deletedElsewhere')}
          </span>
          <button type="button" className="small" onClick={() => void persistence.takeTheirs()}>{conflict.theirs ? t('persist.showTheirs') : t('persist.keepHere')}</button>
          {conflict.theirs && <button type="button" className="small" onClick={() => void persistence.keepMineAsCopy()}>{t('persist.keepMine')}</button>}
        </div>
      )}
      {link?.kind === 'opened' && status === 'unkept' && (
        <div className="banner info" role="status" data-testid="link-opened">
          <span>{link.migratedFrom !== undefined ? t('persist.openedMigrated', { name: link.name, version: link.migratedFrom }) : t('persist.opened', { name: link.name })}</span>
          <button type="button" className="small primary" onClick={() => void persistence.keepLinked()}>{t('persist.keepLinked')}</button>
          <button type="button" className="small" onClick={() => void persistence.dropLinked()}>{t('persist.dropLinked')}</button>
        </div>
      )}
      {link?.kind === 'refused' && (
        <div className="banner alert problem-lines" role="alert" data-testid="link-refused">
          <p><strong>{t('persist.linkRefused')}</strong>{t('persist.linkRefusedRest')}</p>
          <ul>{link.problems.slice(0, 20).map((p, k) => <li key={k}><ProblemText problem={p} /></li>)}</ul>
          {link.problems.length > 20 && <p>{t('problemLines.more', { count: link.problems.length - 20 })}</p>}
          <button type="button" className="small" onClick={() => persistence.dismissLink()}>{t('derive.dismiss')}</button>
        </div>
      )}
      {removed && (
        <div className="banner info" role="status" data-testid="removed">
          <span>{t('persist.deleted', { name: removed.record.name })}</span>
          <button type="button" className="small" onClick={() => void persistence.undoRemove()}>{t('persist.undo')}</button>
          <button type="button" className="small" onClick={() => persistence.dismissRemoved()}>{t('derive.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
