/**
 * Undo and redo, as buttons and as Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y too; ⌘ on a Mac) anywhere in the
 * app. The shortcut is taken from the browser's own undo inside the scenario's fields on purpose:
 * the field's text is the scenario's value, so the scenario's history is the one that matters.
 */
import { useTranslation } from '../i18n/useTranslation';
import { useEffect } from 'react';
import './editor.css';
import { useAppState } from '../state/context';

export function HistoryButtons() {
  const undo = useAppState((s) => s.undo);
  const redo = useAppState((s) => s.redo);
  const canUndo = useAppState((s) => s.past.length > 0 || s.draft !== null);
  const canRedo = useAppState((s) => s.future.length > 0);
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      // A text box that is not a scenario field (the Erlang calculator, a paste box) keeps the
      // browser's own undo of its text.
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') && !target.dataset.path) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  return (
    <div className="history-buttons" role="group" aria-label={t('app.history')}>
      <button type="button" onClick={undo} disabled={!canUndo} title={t('app.undoTitle')}>{t('app.undo')}</button>
      <button type="button" onClick={redo} disabled={!canRedo} title={t('app.redoTitle')}>{t('app.redo')}</button>
    </div>
  );
}
