/**
 * Entry point: validates the default sample the same way as any loaded file, makes the store, and
 * mounts the app. A sample that fails validation is a bug in the build; it is shown, not hidden.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseScenario } from '../scenario/parse';
import { formatProblem } from '../scenario/problems';
import { defaultSample } from '../scenario/samples';
import { App } from './App';
import { StoreProvider } from './state/context';
import { createAppStore } from './state/store';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const parsed = parseScenario(defaultSample.scenario);
if (parsed.ok) {
  const store = createAppStore(parsed.scenario);
  root.render(<StrictMode><StoreProvider store={store}><App /></StoreProvider></StrictMode>);
} else {
  root.render(
    <main style={{ padding: '2rem' }}>
      <h1>The default scenario does not load</h1>
      <ul>{parsed.problems.map((p) => <li key={formatProblem(p)}>{formatProblem(p)}</li>)}</ul>
    </main>,
  );
}
