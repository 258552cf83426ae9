/**
 * The app shell: the scenario's name, a navigation in the order a planner works (what is coming →
 * who is needed → how to absorb the peak → which way is best), and the open page.
 */
import { useState } from 'react';
import { useTranslation } from './i18n/useTranslation';
import { WorkshopView } from './workshop/WorkshopView';
import { GuidedStrip } from './components/GuidedStrip';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { SamplePicker } from './components/SamplePicker';
import { HistoryButtons } from './editor/HistoryButtons';
import { PersistBanner } from './persist/PersistBanner';
import { DeriveFailureBanner } from './derive/DeriveNotices';
import { SaveIndicator } from './persist/SaveIndicator';
import { ScenariosPanel } from './persist/ScenariosPanel';
import { CopyLink } from './share/CopyLink';
import { useAppState } from './state/context';
import { VIEWS } from './state/viewSlice';
import { ComparisonView } from './views/ComparisonView';
import { EditorView } from './views/EditorView';
import { ForecastView } from './views/ForecastView';
import { StaffingView } from './views/StaffingView';
import { StrategiesView } from './views/StrategiesView';
import './App.css';

export function App() {
  const scenario = useAppState((s) => s.scenario);
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  const { t, i18n } = useTranslation();
  const [workshop, setWorkshop] = useState(false);
  if (workshop) return <WorkshopView key={i18n.language} onExit={() => setWorkshop(false)} />;
  return (
    <div className="app">
      {/* A button, not a link to #main: the address's fragment is the step (route/), a jump would change it. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>{t('app.skip')}</button>
      <header className="app-header">
        <div className="brand">Renfort</div>
        <div className="scenario-name">
          <span className="label">{t('app.scenario')}</span>
          <h1 translate="no" title={scenario.name}>{scenario.name}</h1>
          <SaveIndicator />
        </div>
        <div className="header-tools">
          <ScenariosPanel />
          <CopyLink />
          <HistoryButtons />
          <LanguageSwitch />
        </div>
        <SamplePicker />
      </header>
      <nav className="app-nav" aria-label={t('app.steps')}>
        <ol>
          {VIEWS.map((id, k) => (
            <li key={id}>
              <button type="button" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
                <span className="step">{k + 1}</span>
                <span className="text">
                  <span className="nav-label">{t(`nav.${id}.label`)}</span>
                  <span className="hint">{t(`nav.${id}.hint`)}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="workshop-open" onClick={() => setWorkshop(true)}>{t('workshop.open')}</button>
      </nav>
      <PersistBanner />
      <DeriveFailureBanner />
      <GuidedStrip />
      {/* Keyed by language: a switch redraws every figure in the new formats; the work is in the store. */}
      <main className="app-main" id="main" tabIndex={-1} key={i18n.language}>
        {view === 'scenario' && <EditorView />}
        {view === 'forecast' && <ForecastView />}
        {view === 'staffing' && <StaffingView />}
        {view === 'strategies' && <StrategiesView />}
        {view === 'comparison' && <ComparisonView />}
      </main>
    </div>
  );
}
