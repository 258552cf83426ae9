/**
 * Where each validation problem is shown. Every input of the editor declares the path it edits;
 * a problem goes to the field with that exact path, else to the closest enclosing field on the
 * page (a whole target, a pool's skills list), else to the list at the top of the editor — so no
 * message is ever lost, and a message is shown once.
 */
import type { Problem } from '../../scenario/problems';
import { problemText } from '../i18n/problemWords';
import { isWithin } from './paths';

export interface PlacedProblems {
  /** Messages per field path, in the order validation gave them. */
  byField: Map<string, string[]>;
  /** Problems no field on the page holds. */
  unplaced: Problem[];
}

/** Sorts `problems` onto the fields in `fieldPaths`. */
export function placeProblems(problems: readonly Problem[], fieldPaths: Iterable<string>): PlacedProblems {
  const fields = [...fieldPaths];
  const byField = new Map<string, string[]>();
  const unplaced: Problem[] = [];
  for (const problem of problems) {
    let best: string | null = null;
    for (const field of fields) {
      // The deepest field that holds the problem's path; '' is never a field.
      if (field !== '' && isWithin(problem.path, field) && (best === null || field.length > best.length)) best = field;
    }
    if (best === null) {
      unplaced.push(problem);
      continue;
    }
    // A problem found deeper than the field (`…serviceLevel.share` on the `…serviceLevel` field)
    // keeps the rest of its path so the planner knows which part is wrong.
    const rest = problem.path.slice(best.length).replace(/^\./, '');
    const text = problemText(problem);
    const message = rest === '' ? text : `${rest}: ${text}`;
    const list = byField.get(best);
    if (list) {
      if (!list.includes(message)) list.push(message);
    } else byField.set(best, [message]);
  }
  return { byField, unplaced };
}

/**
 * A message about a value the field shows scaled (a share typed as a percentage): the bounds it
 * names are rescaled, so "must be ≤ 1" on a field showing 80 % reads "must be ≤ 100 %".
 */
export function scaledMessage(message: string, scale: number, unit: string): string {
  if (scale === 1) return message;
  return message.replace(/((?:must|doit) (?:be|être) [<>≤≥] )(-?\d+(?:[.,]\d+)?)/g, (_, lead: string, n: string) => {
    const scaled = Number((Number(n.replace(',', '.')) * scale).toPrecision(12));
    return `${lead}${lead.startsWith('doit') ? String(scaled).replace('.', ',') : scaled}${unit}`;
  });
}
