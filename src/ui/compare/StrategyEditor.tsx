/**
 * Edit one strategy: its name and its levers, a form per lever kind. Every change is checked as
 * the engines will check it; a valid strategy goes into the scenario at once, an invalid draft
 * stays here with each message next to its field, and the scenario keeps the last valid version.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { LEVER_KINDS } from '../../scenario/levers';
import type { StrategyFile } from '../../scenario/schema';
import { useAppState } from '../state/context';
import { selectResolved } from '../state/derived';
import { useTranslation } from '../i18n/useTranslation';
import { leverTitle, newLever, type DefaultsContext } from './leverFields';
import { LeverForm } from './LeverForm';
import { checkDraft, replaceStrategy } from './strategies';


export function StrategyEditor({ strategy }: { strategy: StrategyFile }) {
  const scenario = useAppState((s) => s.scenario);
  const setScenario = useAppState((s) => s.setScenario);
  const resolved = selectResolved(scenario);
  const [name, setName] = useState(strategy.name);
  const [levers, setLevers] = useState<Record<string, unknown>[]>(() => structuredClone(strategy.levers) as Record<string, unknown>[]);
  // What this editor last put into the scenario: a different stored strategy (an undo, a redo,
  // a loaded file) replaces the draft; our own commits coming back do not.
  const stored = JSON.stringify({ name: strategy.name, levers: strategy.levers });
  const lastCommitted = useRef(stored);
  useEffect(() => {
    if (stored === lastCommitted.current) return;
    lastCommitted.current = stored;
    setName(strategy.name);
    setLevers(structuredClone(strategy.levers) as Record<string, unknown>[]);
  }, [stored, strategy]);
  const check = useMemo(() => checkDraft(resolved, levers), [resolved, levers]);
  const { t } = useTranslation();
  const nameProblem = name.trim() === '' ? t('strategies.nameEmpty') : null;
  const defaults: DefaultsContext = {
    startDate: resolved.startDate,
    days: resolved.days,
    channels: resolved.channels,
    channelOfKind: (kind) => resolved.channels.find((c) => c.kind === kind)?.id,
  };

  const commit = (nextName: string, nextLevers: Record<string, unknown>[]) => {
    setName(nextName);
    setLevers(nextLevers);
    if (nextName.trim() === '' || !checkDraft(resolved, nextLevers).ok) return;
    // The raw levers go into the file (as typed: defaults stay implicit, like a hand-written file).
    const next = { ...strategy, name: nextName.trim(), levers: nextLevers as StrategyFile['levers'] };
    lastCommitted.current = JSON.stringify({ name: next.name, levers: next.levers });
    setScenario(replaceStrategy(scenario, next));
  };

  return (
    <div className="strategy-editor" data-testid="strategy-editor">
      <div className={`field name-field${nameProblem ? ' invalid' : ''}`}>
        <label htmlFor="strategy-name" className="field-label">{t('strategies.name')}</label>
        <input id="strategy-name" type="text" value={name} aria-invalid={nameProblem ? true : undefined} onChange={(e) => commit(e.target.value, levers)} />
        {nameProblem && <span className="field-msg" role="alert">{nameProblem}</span>}
      </div>
      {!check.ok && (
        <p className="draft-note" role="status">
          {t('strategies.draftProblems')}
        </p>
      )}
      {levers.length === 0 && <p className="muted">{t('strategies.noLeverYet')}</p>}
      {levers.map((lever, k) => (
        <LeverForm
          key={k}
          lever={lever}
          problems={check.problems[k] ?? new Map()}
          words={check.words[k] ?? null}
          channels={resolved.channels}
          pools={resolved.pools.filter((p) => p.kind === 'inhouse')}
          defaults={defaults}
          onChange={(next) => commit(name, levers.map((l, j) => (j === k ? next : l)))}
          onRemove={() => commit(name, levers.filter((_, j) => j !== k))}
        />
      ))}
      <div className="add-lever" role="group" aria-label={t('strategies.addLever')}>
        <span>{t('strategies.addLeverLabel')}</span>
        {LEVER_KINDS.map((kind) => (
          <button type="button" key={kind} onClick={() => commit(name, [...levers, newLever(kind, defaults)])}>+ {leverTitle(kind)}</button>
        ))}
      </div>
    </div>
  );
}
