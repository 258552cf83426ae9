/**
 * The app shell: the scenario's name, a navigation in the order a planner works (what is coming →
 * who is needed → how to absorb the peak → which way is best), and the open page.
 */
import { GuidedStrip } from './components/GuidedStrip';
import { SamplePicker } from './components/SamplePicker';
import { HistoryButtons } from './editor/HistoryButtons';
import { PersistBanner } from './persist/PersistBanner';
import { SaveIndicator } from './persist/SaveIndicator';
import { ScenariosPanel } from './persist/ScenariosPanel';
import { CopyLink } from './share/CopyLink';
import { useAppState } from './state/context';
import { VIEWS, type ViewId } from './state/viewSlice';
import { ComparisonView } from './views/ComparisonView';
import { EditorView } from './views/EditorView';
import { ForecastView } from './views/ForecastView';
import { StaffingView } from './views/StaffingView';
import { StrategiesView } from './views/StrategiesView';
import './App.css';

const NAV: Record<ViewId, { label: string; hint: string }> = {
  scenario: { label: 'Scenario', hint: 'Channels, targets, teams' },
  forecast: { label: 'Forecast', hint: 'What is coming' },
  staffing: { label: 'Staffing', hint: 'Agents needed vs. scheduled' },
  strategies: { label: 'Strategies', hint: 'Ways to absorb the peak' },
  comparison: { label: 'Comparison', hint: 'Which way is best, at what cost' },
};

export function App() {
  const scenario = useAppState((s) => s.scenario);
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">Renfort</div>
        <div className="scenario-name">
          <span className="label">Scenario</span>
          <h1>{scenario.name}</h1>
          <SaveIndicator />
        </div>
        <div className="header-tools">
          <ScenariosPanel />
          <CopyLink />
          <HistoryButtons />
        </div>
        <SamplePicker />
      </header>
      <nav className="app-nav" aria-label="Steps">
        <ol>
          {VIEWS.map((id, k) => (
            <li key={id}>
              <button type="button" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
                <span className="step">{k + 1}</span>
                <span className="text">
                  <span className="nav-label">{NAV[id].label}</span>
                  <span className="hint">{NAV[id].hint}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <PersistBanner />
      <GuidedStrip />
      <main className="app-main">
        {view === 'scenario' && <EditorView />}
        {view === 'forecast' && <ForecastView />}
        {view === 'staffing' && <StaffingView />}
        {view === 'strategies' && <StrategiesView />}
        {view === 'comparison' && <ComparisonView />}
      </main>
    </div>
  );
}
