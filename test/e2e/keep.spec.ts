/**
 * Keep and share (docs/keep-share-export.md): autosave survives a reload and a browser restart,
 * each step has its own address, a link made by `wfm link` opens its scenario in a fresh
 * profile, and a damaged link changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Page, test } from '@playwright/test';
import config from '../../playwright.config';
import { SHOTS, watch } from './watch';

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

/** Renames the scenario and changes the phone's handle time, as a newcomer would. */
async function editScenario(page: Page, name: string, aht: string) {
  await page.getByRole('textbox', { name: 'Name', exact: true }).first().fill(name);
  await page.getByTestId('channel-voice').getByLabel('Average handle time (AHT)').fill(aht);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('an edit and the step survive a reload', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await expect(page).toHaveURL(/#\/scenario$/);
  await editScenario(page, 'My peak plan', '345');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  await expect(page).toHaveURL(/#\/staffing$/);
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My peak plan');
  await expect(page.getByRole('heading', { name: 'Staffing', level: 2 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Scenario/ }).click();
  await expect(page.getByTestId('channel-voice').getByLabel('Average handle time (AHT)')).toHaveValue('345');
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('Back and Forward walk the steps, and a reload lands on the same step', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Steps' });
  const heading = (name: string) => expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await nav.getByRole('button', { name: /Forecast/ }).click();
  await page.getByTestId('guide').getByRole('button', { name: /Next: Staffing/ }).click();
  await nav.getByRole('button', { name: /Comparison/ }).click();
  await heading('Comparison');
  await expect(page).toHaveURL(/#\/comparison$/);
  await page.goBack();
  await heading('Staffing');
  await expect(nav.getByRole('button', { name: /Staffing/ })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await heading('Forecast');
  await page.goBack();
  await heading('Scenario');
  await page.goForward();
  await heading('Forecast');
  await page.reload();
  await heading('Forecast');
  // An address typed by hand opens its step.
  await page.goto('/#/strategies');
  await heading('Strategies');
  expect(seen.errors).toEqual([]);
});

test('an edit survives a browser restart (new browser, same profile)', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'renfort-profile-'));
  const use = config.use!;
  const launch = () => chromium.launchPersistentContext(profile, {
    executablePath: use.launchOptions!.executablePath, args: use.launchOptions!.args, viewport: use.viewport!, baseURL: use.baseURL!,
  });
  try {
    let browser = await launch();
    let page = browser.pages()[0] ?? await browser.newPage();
    await page.goto('/');
    await editScenario(page, 'Kept across restarts', '360');
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Forecast/ }).click();
    await saved(page);
    await browser.close();

    browser = await launch();
    page = browser.pages()[0] ?? await browser.newPage();
    const seen = watch(page);
    // The bare address: the saved step comes back with the scenario.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kept across restarts');
    await expect(page.getByRole('heading', { name: 'Forecast', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/#\/forecast$/);
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Scenario/ }).click();
    await expect(page.getByTestId('channel-voice').getByLabel('Average handle time (AHT)')).toHaveValue('360');
    expect(seen.errors).toEqual([]);
    await browser.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a link made by wfm link opens its scenario in a fresh profile, and can be kept', async ({ page }) => {
  const seen = watch(page);
  const dir = mkdtempSync(join(tmpdir(), 'renfort-link-'));
  try {
    const scenario = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/wfm.ts', 'sample', 'product-recall'], { encoding: 'utf8' }));
    scenario.name = 'Recall — shared by a script';
    writeFileSync(join(dir, 's.json'), JSON.stringify(scenario));
    const fragment = execFileSync('npx', ['tsx', 'src/cli/wfm.ts', 'link', join(dir, 's.json')], { encoding: 'utf8' }).trim();
    expect(fragment).toMatch(/^#scenario=[A-Za-z0-9_-]+$/);
    await page.goto(`/${fragment}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recall — shared by a script');
    // The address shows the step again; the scenario is on screen but not kept until asked.
    await expect(page).toHaveURL(/#\/scenario$/);
    const banner = page.getByTestId('link-opened');
    await expect(banner).toContainText('Recall — shared by a script');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'unkept');
    await page.screenshot({ path: `${SHOTS}/link-opened.png` });
    await banner.getByRole('button', { name: 'Keep it in my scenarios' }).click();
    await saved(page);
    await page.getByRole('button', { name: /My scenarios/ }).click();
    const list = page.getByTestId('saved-scenarios');
    await expect(list.locator('li')).toHaveCount(2);
    await expect(list.locator('li.current')).toContainText('Recall — shared by a script');
    await page.screenshot({ path: `${SHOTS}/saved-scenarios.png` });
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupted link is refused with its problems and the current scenario stays', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await editScenario(page, 'Before the bad link', '340');
  await saved(page);
  const good = await page.evaluate(async () => {
    const bytes = new TextEncoder().encode('{"schemaVersion": 1, "name": "half"');
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const out = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...out)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  for (const [fragment, reason] of [['#scenario=%%%not-base64', /outside base64url/], [`#scenario=${good}`, /not valid JSON/]] as const) {
    await page.goto(`/${fragment}`);
    const refused = page.getByTestId('link-refused');
    await expect(refused).toContainText('The link was not opened');
    await expect(refused).toContainText(reason);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before the bad link');
    await refused.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before the bad link');
  expect(seen.errors).toEqual([]);
});

test('saved scenarios: new, rename, duplicate, open, delete with undo, each with its date', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await saved(page);
  const menu = page.getByRole('button', { name: /My scenarios/ });
  await menu.click();
  const list = page.getByTestId('saved-scenarios');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list.locator('li').first()).toContainText(/changed .*\d/);
  await list.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New scenario');
  await expect(list.locator('li')).toHaveCount(2);
  await list.locator('li.current').getByRole('button', { name: 'Rename' }).click();
  await list.getByRole('textbox', { name: 'New name' }).fill('Plan B');
  await list.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan B');
  await list.locator('li.current').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan B (copy)');
  await expect(list.locator('li')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/saved-scenarios-three.png` });
  // Delete the one on screen: the next one opens, and Undo brings it back.
  await list.locator('li.current').getByRole('button', { name: 'Delete' }).click();
  await expect(list.locator('li')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Plan B (copy)');
  await page.getByTestId('removed').getByRole('button', { name: 'Undo' }).click();
  await expect(list.locator('li')).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan B (copy)');
  await list.locator('li', { hasText: 'World Cup' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  expect(seen.errors).toEqual([]);
});

test('two tabs on one scenario: the second is told and keeps both versions, nothing overwritten', async ({ page, context }) => {
  const seen = watch(page);
  await page.goto('/');
  await saved(page);
  const other = await context.newPage();
  const seenOther = watch(other);
  await other.goto('/');
  await saved(other);
  await editScenario(page, 'Edited in tab A', '331');
  await saved(page);
  const conflict = other.getByTestId('save-conflict');
  await expect(conflict).toContainText('changed in another tab');
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  await other.screenshot({ path: `${SHOTS}/two-tabs.png` });
  // Tab B edits anyway: still not saved over A.
  await editScenario(other, 'Edited in tab B', '332');
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-status', 'conflict');
  await conflict.getByRole('button', { name: 'Keep mine as a new scenario' }).click();
  await saved(other);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Edited in tab B (this tab)');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited in tab A');
  await page.getByRole('button', { name: /My scenarios/ }).click();
  await expect(page.getByTestId('saved-scenarios').locator('li')).toHaveCount(2);
  expect(seen.errors).toEqual([]);
  expect(seenOther.errors).toEqual([]);
});

test('at 1280×720 the header holds its tools on one row, the list and the link box inside the page', async ({ page }) => {
  const seen = watch(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await saved(page);
  await page.getByRole('button', { name: /My scenarios/ }).click();
  const tools = page.locator('.header-tools');
  const box = await tools.boundingBox();
  expect(box!.height).toBeLessThan(60);
  const panel = await page.getByTestId('saved-scenarios').boundingBox();
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: `${SHOTS}/saved-scenarios-1280.png` });
  await page.getByRole('button', { name: /My scenarios/ }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = page.getByTestId('share-link');
  await expect(link.getByRole('textbox', { name: 'Share link' })).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#scenario=[A-Za-z0-9_-]+$/);
  const linkBox = await link.boundingBox();
  expect(linkBox!.x).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: `${SHOTS}/copy-link-1280.png` });
  expect(seen.errors).toEqual([]);
});

test('storage full or blocked is shown with what to do, and the work stays on screen', async ({ page, context }) => {
  const seen = watch(page);
  // Every write refused as a full disk would refuse it.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull !== false) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/');
  const problem = page.getByTestId('save-problem');
  await expect(problem).toContainText('storage for this site is full');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await editScenario(page, 'Still here', '333');
  await expect(problem).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/storage-full.png` });
  // Space freed: Try again saves.
  await page.evaluate(() => { (window as unknown as { storageFull?: boolean }).storageFull = false; });
  await problem.getByRole('button', { name: 'Try again' }).click();
  await saved(page);
  await expect(problem).toHaveCount(0);
  expect(seen.errors).toEqual([]);

  // A browser that blocks storage altogether (no IndexedDB): the app still opens and says so.
  const blocked = await context.newPage();
  const seenBlocked = watch(blocked);
  await blocked.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  await blocked.goto('/');
  await expect(blocked.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  await expect(blocked.getByTestId('save-problem')).toContainText('does not let the app keep data');
  expect(seenBlocked.errors).toEqual([]);
});
