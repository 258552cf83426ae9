/**
 * The forecast page's tools: build the forecast from daily totals × intraday profile × peak
 * events, import or export it as CSV, paste one day from a spreadsheet.
 */
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
        <p>
          This forecast is a volume per interval (imported or pasted). To work with daily totals, a profile and peak events instead,
          start from an ordinary week of these volumes: each weekday's median total and its intraday shape.
        </p>
        <button type="button" onClick={() => commit({ ...scenario, forecast: profileFromIntervals(scenario) })}>Build from daily totals</button>
      </div>
    );
  }
  return (
    <>
      <h4>Contacts per day, ordinary week</h4>
      <WeeklyTotals />
      <h4>Intraday profile</h4>
      <IntradayEditor />
      <h4>Peak events</h4>
      <EventsEditor />
    </>
  );
}

export function ForecastTools() {
  return (
    <ProblemsProvider>
      <div className="forecast-tools">
        <DraftBanner />
        <h3>Build the forecast</h3>
        <p className="hint">Daily totals × intraday profile × peak events. The chart above and the table of contacts per day below follow every change.</p>
        <Builder />
        <h3>Import or export a CSV file</h3>
        <CsvPanel />
        <h3>Paste one day from a spreadsheet</h3>
        <PasteVolumes />
      </div>
    </ProblemsProvider>
  );
}
