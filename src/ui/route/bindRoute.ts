/**
 * Keeps the open step and the address in step: every change of step pushes a history entry
 * (so Back and Forward walk the steps), and Back, Forward or a typed address set the step.
 * A `#scenario=` fragment is handed to `onLink`; the address then goes back to the step's.
 */
import type { AppStore } from '../state/store';
import type { ViewId } from '../state/viewSlice';
import { parseHash, stepHash } from './hashRoute';

export interface RouteWindow {
  location: { hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/** Starts the binding; returns the function that stops it. */
export function bindRoute(store: AppStore, win: RouteWindow, onLink: (fragment: string) => void): () => void {
  const follow = () => {
    const route = parseHash(win.location.hash);
    if (route.kind === 'step') {
      if (store.getState().view !== route.view) store.getState().setView(route.view);
      return;
    }
    // A link or an unknown address: the address shows the open step again, without a new entry.
    win.history.replaceState(null, '', stepHash(store.getState().view));
    if (route.kind === 'link') onLink(route.fragment);
  };
  follow();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return;
    push(win, state.view);
  });
  win.addEventListener('popstate', follow);
  win.addEventListener('hashchange', follow);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', follow);
    win.removeEventListener('hashchange', follow);
  };
}

/** A new history entry for `view`, unless the address already shows it (Back, Forward). */
function push(win: RouteWindow, view: ViewId): void {
  const hash = stepHash(view);
  if (win.location.hash !== hash) win.history.pushState(null, '', hash);
}
