/** The header's word on saving: saved (when), saving, or not saved — the banner below says why. */
import { usePersistence, usePersistState } from './context';
import { timeOfDay } from './dates';

export function SaveIndicator() {
  const persistence = usePersistence();
  const status = usePersistState((s) => s.status);
  const savedAt = usePersistState((s) => s.savedAt);
  if (!persistence) return null;
  const text = {
    saved: savedAt ? `Saved ${timeOfDay(savedAt)}` : 'Saved',
    pending: 'Saving…',
    saving: 'Saving…',
    error: 'Not saved',
    conflict: 'Not saved: changed in another tab',
    unkept: 'Not saved: opened from a link',
    off: 'Not saved',
  }[status];
  return <span className={`save-indicator ${status}`} role="status" data-testid="save-status" data-status={status}>{text}</span>;
}
