/**
 * Scenario page: what the scenario describes, then every input — channels and their targets,
 * pools and their schedules, costs — validated on each keystroke, with the plan's verdict beside
 * the form so an edit's effect shows at once.
 */
import { t } from '../i18n';
import { ChannelEditor } from '../editor/ChannelEditor';
import { CostsEditor } from '../editor/CostsEditor';
import { DraftBanner } from '../editor/DraftBanner';
import { TextField } from '../editor/fields';
import { Glance } from '../editor/Glance';
import { PoolEditor } from '../editor/PoolEditor';
import { ProblemsProvider } from '../editor/problemsContext';
import { ScenarioFileBar } from '../editor/ScenarioFileBar';
import { withNewChannel, withNewPool } from '../editor/structureEdit';
import { getAtPath } from '../editor/paths';
import { useScenarioEditor } from '../editor/useEditor';
import { dayLabel } from '../charts/time';
import { useAppState } from '../state/context';
import '../editor/editor.css';
import './views.css';

/** Adds a channel or a pool to the valid scenario (not while an edit waits, which it would drop). */
function AddButton({ label, make }: { label: string; make: typeof withNewPool }) {
  const { scenario, commit, hasDraft } = useScenarioEditor();
  return (
    <button type="button" className="small add-card" disabled={hasDraft} title={hasDraft ? t('editor.fixFirst') : undefined}
      onClick={() => commit(make(scenario))}>{label}</button>
  );
}

export function EditorView() {
  const scenario = useAppState((s) => s.scenario);
  // The cards follow what the form shows: a removal waiting as a draft has one card fewer.
  const { doc } = useScenarioEditor();
  const channels = (getAtPath(doc, 'channels') as { id?: unknown }[] | undefined) ?? [];
  const pools = (getAtPath(doc, 'pools') as { id?: unknown }[] | undefined) ?? [];
  return (
    <ProblemsProvider>
      <section className="view editor" aria-labelledby="editor-title">
        <h2 id="editor-title">{t('editor.title')}</h2>
        {scenario.description && <p className="lead" translate="no">{scenario.description}</p>}
        <p className="facts">
          {t('editor.facts', { days: scenario.days, start: dayLabel(scenario.startDate, 0), minutes: scenario.intervalMinutes, channels: scenario.channels.length, pools: scenario.pools.length })}
        </p>
        <div className="toolbar">
          <ScenarioFileBar />
        </div>
        <DraftBanner />
        <div className="editor-layout">
          <div className="editor-form">
            <fieldset className="card">
              <legend>{t('editor.nameAndDay')}</legend>
              <div className="row">
                <TextField path="name" label={t('editor.name')} size={40} />
                <TextField path="startDate" label={t('editor.firstDay')} size={10} placeholder="YYYY-MM-DD" />
              </div>
            </fieldset>
            <h3>{t('editor.channels')}</h3>
            {channels.map((c, k) => <ChannelEditor key={`${k}:${String(c.id)}`} index={k} />)}
            <AddButton label={t('editor.addChannel')} make={withNewChannel} />
            <h3>{t('editor.pools')}</h3>
            {pools.map((p, k) => <PoolEditor key={`${k}:${String(p.id)}`} index={k} />)}
            <AddButton label={t('editor.addPool')} make={withNewPool} />
            <h3>{t('editor.costs')}</h3>
            <CostsEditor />
          </div>
          <Glance />
        </div>
      </section>
    </ProblemsProvider>
  );
}
