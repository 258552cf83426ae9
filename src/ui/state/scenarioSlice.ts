/**
 * Scenario slice: the scenario being worked on, its undo history, and the editor's draft.
 *
 * `scenario` is always valid: every view resolves it without checks. An edit arrives as a
 * candidate (any JSON-like value built by the editor); `parseScenario` validates it. A valid
 * candidate becomes the scenario and a step of the history; an invalid one is kept as the
 * `draft`, with its problems, and never replaces the scenario the results use — the planner sees
 * the message next to the field while every figure still shows the last valid scenario.
 *
 * History holds valid scenarios only. Keystrokes in one field are one step: consecutive edits
 * with the same `key` replace the newest entry instead of adding one, until `endEdit` (the field
 * loses focus) or any other action.
 */
import type { StateCreator } from 'zustand';
import { parseScenario } from '../../scenario/parse';
import type { Problem } from '../../scenario/problems';
import type { ScenarioFile } from '../../scenario/schema';
import { getDeriveClient } from '../derive/client';

/** Undo steps kept; older ones are dropped (a scenario is a few tens of kB). */
export const HISTORY_LIMIT = 100;

/** An edit that did not validate: what the editor shows in place of the scenario. */
export interface ScenarioDraft {
  candidate: unknown;
  problems: Problem[];
}

export type EditOutcome = { ok: true; scenario: ScenarioFile } | { ok: false; problems: Problem[] };

/** An edit validated in the worker: its outcome, or `null` when a newer edit or an undo replaced it. */
export type ProposeOutcome = EditOutcome | { ok: null };

/** An edit on its way to the validation worker: the form shows it meanwhile. */
export interface PendingEdit {
  candidate: unknown;
  seq: number;
}

export interface ScenarioSlice {
  scenario: ScenarioFile;
  draft: ScenarioDraft | null;
  /** Earlier valid scenarios, oldest first. */
  past: ScenarioFile[];
  /** Undone scenarios, the next redo last. */
  future: ScenarioFile[];
  /** Key of the edit in progress (see `endEdit`); null between edits. */
  editKey: string | null;
  /** The newest edit sent to the validation worker and not answered yet. */
  pending: PendingEdit | null;
  /** Replace the scenario with an already valid one (a sample, a loaded file): one undo step. */
  setScenario: (scenario: ScenarioFile) => void;
  /** Validate `candidate`; apply it when valid, else keep it as the draft. */
  editScenario: (candidate: unknown, key?: string) => EditOutcome;
  /**
   * `editScenario` with the validation in the derive worker (a large scenario takes longer than a
   * frame to validate): the candidate is `pending` meanwhile; an answer to an edit that a newer
   * one, an undo or a replaced scenario overtook is dropped.
   */
  proposeScenario: (candidate: unknown, key?: string) => Promise<ProposeOutcome>;
  /** The scenario once every edit sent to the worker is answered (what "Save as a file" writes). */
  whenSettled: () => Promise<ScenarioFile>;
  /** The current field edit is over: the next edit starts a new undo step. */
  endEdit: () => void;
  /** Drop the draft: the editor shows the valid scenario again. */
  discardDraft: () => void;
  /** Drop the draft if any, else go back one step. */
  undo: () => void;
  redo: () => void;
}

type Slice = Pick<ScenarioSlice, 'scenario' | 'draft' | 'past' | 'future' | 'editKey'>;

/** `past` with `scenario` pushed, trimmed to the limit. */
function pushed(past: ScenarioFile[], scenario: ScenarioFile): ScenarioFile[] {
  const next = [...past, scenario];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** The state after a valid edit (pure, for the store and for tests). */
export function applyValid(state: Slice, next: ScenarioFile, key: string | null): Slice {
  const coalesce = key !== null && state.editKey === key && state.past.length > 0;
  return {
    scenario: next,
    draft: null,
    past: coalesce ? state.past : pushed(state.past, state.scenario),
    future: [],
    editKey: key,
  };
}

export function createScenarioSlice(initial: ScenarioFile): StateCreator<ScenarioSlice & object, [], [], ScenarioSlice> {
  return (set, get) => {
    // Proposals are numbered; `overtaken` is the newest number an undo, a redo or a replaced
    // scenario has made obsolete, and `applied` the newest whose answer was applied.
    let proposals = 0;
    let overtaken = 0;
    let applied = 0;
    // The newest proposal's answer: `whenSettled` waits for it.
    let latest: Promise<unknown> = Promise.resolve();
    const settle = (candidate: unknown, key: string | undefined, parsed: ReturnType<typeof parseScenario>): EditOutcome => {
      if (parsed.ok) {
        set((state) => applyValid(state, parsed.scenario, key ?? null));
        return { ok: true, scenario: get().scenario };
      }
      // The edit in progress continues: fixing the field merges into the same undo step.
      set({ draft: { candidate, problems: parsed.problems } });
      return { ok: false, problems: parsed.problems };
    };
    const dropPending = () => {
      overtaken = proposals;
      return { pending: null };
    };
    return {
    scenario: initial,
    draft: null,
    past: [],
    future: [],
    editKey: null,
    pending: null,
    setScenario: (scenario) => set((state) => ({ ...applyValid(state, scenario, null), ...dropPending() })),
    editScenario: (candidate, key) => {
      set(dropPending());
      return settle(candidate, key, parseScenario(candidate));
    },
    whenSettled: async () => {
      let seen: Promise<unknown> | null = null;
      while (seen !== latest) {
        seen = latest;
        await seen;
      }
      return get().scenario;
    },
    proposeScenario: async (candidate, key) => {
      const seq = ++proposals;
      set({ pending: { candidate, seq } });
      const asked = getDeriveClient().request('validate', candidate);
      latest = asked.then(() => new Promise((resolve) => setTimeout(resolve, 0)));
      const answer = await asked;
      if (seq <= overtaken || seq < applied || answer.kind === 'superseded') {
        if (get().pending?.seq === seq) set({ pending: null });
        return { ok: null };
      }
      applied = seq;
      if (get().pending?.seq === seq) set({ pending: null });
      // A validation that failed or hung keeps the edit as a draft, with why, instead of losing it.
      const parsed = answer.kind === 'done'
        ? answer.value
        : { ok: false as const, problems: [{ path: '', message: `could not be checked (${answer.message}): try again, or undo` }] };
      return settle(candidate, key, parsed);
    },
    endEdit: () => set({ editKey: null }),
    discardDraft: () => set({ draft: null, editKey: null, ...dropPending() }),
    undo: () => set((state) => {
      if (state.pending !== null) return { editKey: null, ...dropPending() };
      if (state.draft !== null) return { draft: null, editKey: null };
      if (state.past.length === 0) return {};
      return {
        scenario: state.past[state.past.length - 1],
        past: state.past.slice(0, -1),
        future: [...state.future, state.scenario],
        editKey: null,
      };
    }),
    redo: () => set((state) => {
      if (state.future.length === 0) return {};
      return {
        scenario: state.future[state.future.length - 1],
        future: state.future.slice(0, -1),
        past: pushed(state.past, state.scenario),
        draft: null,
        editKey: null,
        ...dropPending(),
      };
    }),
    };
  };
}
