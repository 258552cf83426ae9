/**
 * A button that opens a file: the input is cleared after each pick, so choosing the same file
 * again (after fixing it) is seen as a new pick.
 */
import type { ReactNode } from 'react';

export function FileButton({ accept, testId, onFile, children }: {
  accept: string; testId: string; onFile: (file: File) => void; children: ReactNode;
}) {
  return (
    <label className="button-like">
      {children}
      <input type="file" accept={accept} className="visually-hidden" data-testid={testId}
        onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onFile(f); }} />
    </label>
  );
}
