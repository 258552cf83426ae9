/** What every browser test watches for the whole test: console errors and requests that leave the local server. */
import { test, type Page } from '@playwright/test';

export const SHOTS = 'test/e2e/screenshots';

export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(err.message));
  const local = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4174').host;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.host !== local && !['data:', 'blob:'].includes(url.protocol)) foreign.push(req.url());
  });
  return { errors, foreign };
}
