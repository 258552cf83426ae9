/**
 * The guided path for a newcomer: which step this is, what to do here in one sentence, and a
 * button to the next step — so the app can be used without reading anything first.
 */
import { useAppState } from '../state/context';
import { VIEWS, viewAfter, type ViewId } from '../state/viewSlice';
import './GuidedStrip.css';

/** One sentence per step: what the planner does on that page. */
export const GUIDE: Record<ViewId, { title: string; sentence: string }> = {
  scenario: {
    title: 'Scenario',
    sentence: 'Check the channels and their targets, the teams and their shifts, and the costs: every change re-plans at once.',
  },
  forecast: {
    title: 'Forecast',
    sentence: 'See the contacts coming per channel and the peak days; build the forecast from daily totals, or import it from a CSV file.',
  },
  staffing: {
    title: 'Staffing',
    sentence: 'Compare the agents each channel needs with the agents scheduled: the gap shows when the peak is short, and by how much.',
  },
  strategies: {
    title: 'Strategies',
    sentence: 'Choose ways to absorb the peak: outsourcing, moving agents between channels, temps, overtime.',
  },
  comparison: {
    title: 'Comparison',
    sentence: 'Simulate the strategies side by side and find the cheapest one that meets the targets.',
  },
};

export function GuidedStrip() {
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  const next = viewAfter(view);
  const step = VIEWS.indexOf(view) + 1;
  return (
    <div className="guided-strip" role="region" aria-label="Guide" data-testid="guide">
      <span className="guide-step">Step {step} of {VIEWS.length}</span>
      <p className="guide-sentence">{GUIDE[view].sentence}</p>
      {next !== null
        ? <button type="button" className="guide-next" onClick={() => { setView(next); window.scrollTo({ top: 0 }); }}>Next: {GUIDE[next].title} →</button>
        : <button type="button" className="guide-next" onClick={() => setView(VIEWS[0])}>Back to the start</button>}
    </div>
  );
}
