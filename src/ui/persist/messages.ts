/** What the planner reads when storage refuses: the reason, and what to do about it. */
import type { StorageError } from './db';

export function storageMessage(error: StorageError): string {
  switch (error.reason) {
    case 'full':
      return 'Not saved: the browser’s storage for this site is full. Delete saved scenarios you no longer need, or use “Save as a file”.';
    case 'unavailable':
      return 'Not saved: this browser does not let the app keep data (private window, or storage blocked for this site). Use “Save as a file” to keep your work.';
    default:
      return `Not saved: the browser’s storage refused the write (${error.message}). Your work is still on screen: try again, or use “Save as a file”.`;
  }
}
