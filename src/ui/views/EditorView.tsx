/**
 * Scenario page: what the scenario describes, then every input — channels and their targets,
 * pools and their schedules, costs — validated on each keystroke, with the plan's verdict beside
 * the form so an edit's effect shows at once.
 */
import { ChannelEditor } from '../editor/ChannelEditor';
import { CostsEditor } from '../editor/CostsEditor';
import { DraftBanner } from '../editor/DraftBanner';
import { TextField } from '../editor/fields';
import { Glance } from '../editor/Glance';
import { PoolEditor } from '../editor/PoolEditor';
import { ProblemsProvider } from '../editor/problemsContext';
import { ScenarioFileBar } from '../editor/ScenarioFileBar';
import { dayLabel } from '../charts/time';
import { useAppState } from '../state/context';
import '../editor/editor.css';
import './views.css';

export function EditorView() {
  const scenario = useAppState((s) => s.scenario);
  return (
    <ProblemsProvider>
      <section className="view editor" aria-labelledby="editor-title">
        <h2 id="editor-title">Scenario</h2>
        {scenario.description && <p className="lead">{scenario.description}</p>}
        <p className="facts">
          {scenario.days} days from {dayLabel(scenario.startDate, 0)}, {scenario.intervalMinutes}-minute intervals,
          {' '}{scenario.channels.length} channels, {scenario.pools.length} pools.
        </p>
        <div className="toolbar">
          <ScenarioFileBar />
        </div>
        <DraftBanner />
        <div className="editor-layout">
          <div className="editor-form">
            <fieldset className="card">
              <legend>Name and first day</legend>
              <div className="row">
                <TextField path="name" label="Name" size={40} />
                <TextField path="startDate" label="First day" size={10} placeholder="YYYY-MM-DD" />
              </div>
            </fieldset>
            <h3>Channels</h3>
            {scenario.channels.map((c, k) => <ChannelEditor key={c.id} index={k} />)}
            <h3>Pools of agents</h3>
            {scenario.pools.map((p, k) => <PoolEditor key={p.id} index={k} />)}
            <h3>Costs</h3>
            <CostsEditor />
          </div>
          <Glance />
        </div>
      </section>
    </ProblemsProvider>
  );
}
