/**
 * The saved scenarios: new, open, duplicate, rename, delete (with undo in the banner), each with
 * the date it was last changed. Opening one keeps the step on screen.
 */
import { useState } from 'react';
import { formatProblem } from '../../scenario/problems';
import { usePersistence, usePersistState } from './context';
import { dateTime } from './dates';
import './persist.css';

export function ScenariosPanel() {
  const persistence = usePersistence();
  const list = usePersistState((s) => s.list);
  const currentId = usePersistState((s) => s.currentId);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string; problem: string | null } | null>(null);
  if (!persistence) return null;
  const rename = async () => {
    if (!renaming) return;
    const problems = await persistence.rename(renaming.id, renaming.name);
    setRenaming(problems.length === 0 ? null : { ...renaming, problem: problems.map(formatProblem).join('; ') });
  };
  return (
    <div className="scenarios-menu">
      <button type="button" aria-expanded={open} aria-controls="saved-scenarios" onClick={() => setOpen(!open)}>My scenarios ▾</button>
      {open && (
        <section id="saved-scenarios" className="scenarios-panel" aria-label="Saved scenarios" data-testid="saved-scenarios"
          onKeyDown={(e) => { if (e.key === 'Escape' && !renaming) setOpen(false); }}>
          <div className="panel-head">
            <h2>Saved in this browser</h2>
            <button type="button" className="small primary" onClick={() => void persistence.create()}>New scenario</button>
            <button type="button" className="small" onClick={() => setOpen(false)} aria-label="Close">✕</button>
          </div>
          <ul>
            {list.map((s) => (
              <li key={s.id} className={s.id === currentId ? 'current' : undefined} data-scenario-id={s.id}>
                {renaming?.id === s.id ? (
                  <form className="rename" onSubmit={(e) => { e.preventDefault(); void rename(); }}
                    onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setRenaming(null); } }}>
                    <label>
                      <span className="sr-only">New name</span>
                      {/* biome-ignore lint/a11y/noAutofocus: the rename field is what the click asked for */}
                      <input autoFocus value={renaming.name} aria-invalid={renaming.problem !== null} onChange={(e) => setRenaming({ ...renaming, name: e.target.value, problem: null })} />
                    </label>
                    <button type="submit" className="small primary">Save name</button>
                    <button type="button" className="small" onClick={() => setRenaming(null)}>Cancel</button>
                    {renaming.problem && <span role="alert" className="field-problem">{renaming.problem}</span>}
                  </form>
                ) : (
                  <>
                    <div className="saved-name">
                      <strong>{s.name}</strong>{s.id === currentId && <span className="muted"> · on screen</span>}
                      <br /><span className="muted">changed {dateTime(s.updatedAt)} · created {dateTime(s.createdAt)}</span>
                    </div>
                    <div className="saved-actions">
                      {s.id !== currentId && <button type="button" className="small" onClick={() => void persistence.open(s.id)} aria-label={`Open “${s.name}”`}>Open</button>}
                      <button type="button" className="small" onClick={() => void persistence.duplicate(s.id)} aria-label={`Duplicate “${s.name}”`}>Duplicate</button>
                      <button type="button" className="small" onClick={() => setRenaming({ id: s.id, name: s.name, problem: null })} aria-label={`Rename “${s.name}”`}>Rename</button>
                      <button type="button" className="small" onClick={() => void persistence.remove(s.id)} aria-label={`Delete “${s.name}”`}>Delete</button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
          {list.length === 0 && <p className="muted">Nothing saved yet.</p>}
        </section>
      )}
    </div>
  );
}
