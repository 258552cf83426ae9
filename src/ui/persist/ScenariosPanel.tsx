/**
 * The saved scenarios: new, open, duplicate, rename, delete (with undo in the banner), each with
 * the date it was last changed. Opening one keeps the step on screen.
 */
import { useTranslation } from '../i18n/useTranslation';
import { useState } from 'react';
import { formatProblemText } from '../i18n/problemWords';
import { usePersistence, usePersistState } from './context';
import { dateTime } from './dates';
import './persist.css';

export function ScenariosPanel() {
  const persistence = usePersistence();
  const list = usePersistState((s) => s.list);
  const currentId = usePersistState((s) => s.currentId);
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<{ id: string; name: string; problem: string | null } | null>(null);
  if (!persistence) return null;
  const rename = async () => {
    if (!renaming) return;
    const problems = await persistence.rename(renaming.id, renaming.name);
    setRenaming(problems.length === 0 ? null : { ...renaming, problem: problems.map(formatProblemText).join('; ') });
  };
  return (
    <div className="scenarios-menu">
      <button type="button" aria-expanded={open} aria-controls="saved-scenarios" onClick={() => setOpen(!open)}>{t('app.myScenarios')}</button>
      {open && (
        <section id="saved-scenarios" className="scenarios-panel" aria-label={t('app.savedList')} data-testid="saved-scenarios"
          onKeyDown={(e) => { if (e.key === 'Escape' && !renaming) setOpen(false); }}>
          <div className="panel-head">
            <h2>{t('app.savedHere')}</h2>
            <button type="button" className="small primary" onClick={() => void persistence.create()}>{t('app.newScenario')}</button>
            <button type="button" className="small" onClick={() => setOpen(false)} aria-label="Close">✕</button>
          </div>
          <ul>
            {list.map((s) => (
              <li key={s.id} className={s.id === currentId ? 'current' : undefined} data-scenario-id={s.id}>
                {renaming?.id === s.id ? (
                  <form className="rename" onSubmit={(e) => { e.preventDefault(); void rename(); }}
                    onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setRenaming(null); } }}>
                    <label>
                      <span className="sr-only">{t('app.newName')}</span>
                      {/* biome-ignore lint/a11y/noAutofocus: the rename field is what the click asked for */}
                      <input autoFocus value={renaming.name} aria-invalid={renaming.problem !== null} onChange={(e) => setRenaming({ ...renaming, name: e.target.value, problem: null })} />
                    </label>
                    <button type="submit" className="small primary">{t('app.saveName')}</button>
                    <button type="button" className="small" onClick={() => setRenaming(null)}>{t('app.cancel')}</button>
                    {renaming.problem && <span role="alert" className="field-problem">{renaming.problem}</span>}
                  </form>
                ) : (
                  <>
                    <div className="saved-name">
                      <strong translate="no">{s.name}</strong>{s.id === currentId && <span className="muted"> · {t('app.onScreen')}</span>}
                      <br /><span className="muted">{t('app.changedCreated', { changed: dateTime(s.updatedAt), created: dateTime(s.createdAt) })}</span>
                    </div>
                    <div className="saved-actions">
                      {s.id !== currentId && <button type="button" className="small" onClick={() => void persistence.open(s.id)} aria-label={t('app.openNamed', { name: s.name })}>{t('app.open')}</button>}
                      <button type="button" className="small" onClick={() => void persistence.duplicate(s.id)} aria-label={t('app.duplicateNamed', { name: s.name })}>{t('app.duplicate')}</button>
                      <button type="button" className="small" onClick={() => setRenaming({ id: s.id, name: s.name, problem: null })} aria-label={t('app.renameNamed', { name: s.name })}>{t('app.rename')}</button>
                      <button type="button" className="small" onClick={() => void persistence.remove(s.id)} aria-label={t('app.deleteNamed', { name: s.name })}>{t('app.delete')}</button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
          {list.length === 0 && <p className="muted">{t('app.nothingSaved')}</p>}
        </section>
      )}
    </div>
  );
}
