/**
 * What the address's fragment says: a step (`#/forecast`), a shared scenario
 * (`#scenario=…`, see src/scenario/link.ts) or nothing. A hash route needs no server rule, so
 * `vite preview` and any static host serve every step from the same `index.html`.
 */
import { LINK_KEY } from '../../scenario/link';
import { VIEWS, type ViewId } from '../state/viewSlice';

export type HashRoute =
  | { kind: 'step'; view: ViewId }
  | { kind: 'link'; fragment: string }
  | { kind: 'none' };

/** The fragment of a step: `#/comparison`. */
export function stepHash(view: ViewId): string {
  return `#/${view}`;
}

/** Reads `location.hash` (with or without its `#`); anything unknown is `none`. */
export function parseHash(hash: string): HashRoute {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.startsWith(`${LINK_KEY}=`)) return { kind: 'link', fragment: body };
  const name = body.startsWith('/') ? body.slice(1) : '';
  return (VIEWS as readonly string[]).includes(name) ? { kind: 'step', view: name as ViewId } : { kind: 'none' };
}
