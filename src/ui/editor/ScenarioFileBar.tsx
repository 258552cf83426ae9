/**
 * Load and save the scenario as a JSON file. A file that does not validate leaves the current
 * scenario untouched and lists its problems, each with the path of the field to fix.
 */
import { t } from '../i18n';
import { useState } from 'react';
import { getDeriveClient } from '../derive/client';
import type { Problem } from '../../scenario/problems';
import { ProblemText } from './ProblemText';
import { useAppState } from '../state/context';
import { downloadText, fileStem } from './download';
import { FileButton } from './FileButton';

export function ScenarioFileBar() {
  const setScenario = useAppState((s) => s.setScenario);
  const setFocusDay = useAppState((s) => s.setFocusDay);
  const [rejected, setRejected] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const whenSettled = useAppState((s) => s.whenSettled);
  // An edit still being checked in the worker is written too, once it is applied.
  const save = async () => {
    const now = await whenSettled();
    downloadText(`${JSON.stringify(now, null, 2)}\n`, `${fileStem(now.name)}.json`, 'application/json');
  };
  const load = async (file: File) => {
    // Validated in the derive worker: a large file takes longer than a frame.
    const answer = await getDeriveClient().request('validateText', await file.text());
    if (answer.kind === 'superseded') return;
    const parsed = answer.kind === 'done' ? answer.value : { ok: false as const, problems: [{ path: '', message: answer.message }] };
    if (!parsed.ok) {
      setLoaded(null);
      setRejected({ file: file.name, problems: parsed.problems });
      return;
    }
    setRejected(null);
    setFocusDay(null);
    setScenario(parsed.scenario);
    setLoaded(parsed.migratedFrom !== undefined ? t('fileBar.loadedMigrated', { file: file.name, version: parsed.migratedFrom }) : t('fileBar.loaded', { file: file.name }));
  };
  return (
    <div className="file-bar">
      <FileButton accept=".json,application/json" testId="load-scenario" onFile={(f) => void load(f)}>{t('editor.loadFile')}</FileButton>
      <button type="button" onClick={() => void save()}>
        {t('editor.saveFile')}
      </button>
      {loaded && <span role="status" className="done">{loaded}</span>}
      {rejected && (
        <div className="problem-lines" role="alert" data-testid="load-problems">
          <p><strong>{t('fileBar.notLoaded', { file: rejected.file })}</strong>{t('fileBar.notLoadedRest')}</p>
          <ul>{rejected.problems.slice(0, 50).map((p, k) => <li key={k}><ProblemText problem={p} /></li>)}</ul>
          {rejected.problems.length > 50 && <p>{t('problemLines.more', { count: rejected.problems.length - 50 })}</p>}
          <button type="button" className="small" onClick={() => setRejected(null)}>{t('editor.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
