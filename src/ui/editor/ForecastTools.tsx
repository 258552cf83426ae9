/**
 * The forecast page's tools: build the forecast from daily totals × intraday profile × peak
 * events, import or export it as CSV, paste one day from a spreadsheet.
 */
import { t } from '../i18n';
import { DraftBanner } from './DraftBanner';
import { CsvPanel } from './CsvPanel';
import { EventsEditor } from './EventsEditor';
import { profileFromIntervals } from './forecastEdit';
import { IntradayEditor } from './IntradayEditor';
import { getAtPath } from './paths';
import { PasteVolumes } from './PasteVolumes';
import { ProblemsProvider } from './problemsContext';
import { useScenarioEditor } from './useEditor';
import { WeeklyTotals } from './WeeklyTotals';
import './editor.css';

function Builder() {
  const { doc, scenario, commit } = useScenarioEditor();
  if (getAtPath(doc, 'forecast.kind') !== 'profile') {
    return (
      <div className="card">
        <p>{t('forecast.notProfile')}</p>
        <button type="button" onClick={() => commit({ ...scenario, forecast: profileFromIntervals(scenario) })}>{t('forecast.buildFromTotals')}</button>
      </div>
    );
  }
  return (
    <>
      <h4>{t('forecast.weekly')}</h4>
      <WeeklyTotals />
      <h4>{t('forecast.intraday')}</h4>
      <IntradayEditor />
      <h4>{t('forecast.events')}</h4>
      <EventsEditor />
    </>
  );
}

export function ForecastTools() {
  return (
    <ProblemsProvider>
      <div className="forecast-tools">
        <DraftBanner />
        <h3>{t('forecast.build')}</h3>
        <p className="hint">{t('forecast.buildHint')}</p>
        <Builder />
        <h3>{t('forecast.importExport')}</h3>
        <CsvPanel />
        <h3>{t('forecast.pasteDay')}</h3>
        <PasteVolumes />
      </div>
    </ProblemsProvider>
  );
}
