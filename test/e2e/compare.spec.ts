import { cpus, loadavg } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { SHOTS, watch } from './watch';

/** What every test watches, plus every long task (> 50 ms) of the main thread. */
async function watchWithLongTasks(page: Page) {
  const seen = watch(page);
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return seen;
}

/**
 * The long-task limit. A long task is wall time, so on a machine whose cores are all busy with
 * other work the page's thread is descheduled mid-task and short tasks look long: the 50 ms goal
 * is checked when the machine has a core to spare, and a looser bound (still failing on real
 * blocking, e.g. a search or a summary on the main thread, hundreds of ms to seconds) otherwise.
 */
function longTaskLimit(): { limit: number; load: number } {
  const load = loadavg()[0]! / Math.max(1, cpus().length);
  return { limit: load < 1 ? 50 : 150, load };
}

const now = (page: Page) => page.evaluate(() => performance.now());
/** The longest main-thread task that overlapped [from, to] (0 when none passed 50 ms). */
const longestTask = async (page: Page, from: number, to: number) => {
  const tasks = await page.evaluate(([a, b]) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
    .filter((t) => t.start + t.duration >= a && t.start <= b), [from, to] as const);
  if (process.env.LONG_TASKS) console.log(JSON.stringify(tasks.map((t) => ({ at: Math.round(t.start - from), ms: Math.round(t.duration), end: Math.round(to - from) }))));
  return Math.max(0, ...tasks.map((t) => t.duration));
};

async function open(page: Page, step: RegExp) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: step }).click();
}

async function setReplications(page: Page, n: number) {
  const field = page.getByLabel('Replications');
  await field.fill(String(n));
  await expect(field).toHaveValue(String(n));
}

test('a simulation shows its progress, can be cancelled and rerun, and never blocks the page', async ({ page }) => {
  const seen = await watchWithLongTasks(page);
  await open(page, /Strategies/);
  await expect(page.getByRole('heading', { name: 'Strategies', level: 2 })).toBeVisible();
  const panel = page.getByTestId('simulate-panel');
  await expect(panel.getByRole('heading', { name: /Simulate “Baseline”/ })).toBeVisible();

  // Many replications, so there is time to cancel.
  await setReplications(page, 400);
  const t0 = await now(page);
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const progress = page.getByTestId('simulate-progress');
  await expect(progress.getByTestId('run-count')).toHaveText(/^[1-9]\d* \/ 400 replications$/, { timeout: 30_000 });
  await expect(progress).toContainText(/left/);
  await page.screenshot({ path: `${SHOTS}/simulate-progress.png`, fullPage: true });
  const cancelAt = Date.now();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('run-cancelled')).toBeVisible();
  await expect(progress).toHaveCount(0);
  expect(Date.now() - cancelAt).toBeLessThan(1000);
  await expect(page.getByTestId('simulate-results')).toHaveCount(0);

  // Rerun to the end with few replications.
  await setReplications(page, 12);
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const results = page.getByTestId('simulate-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  const t1 = await now(page);
  await expect(results.getByTestId('sim-label')).toHaveText('simulated (12 replications, 95% interval)');
  await expect(results).toContainText('analytic (Erlang)');
  await expect(results.locator('.kpi-sim').first()).toHaveText(/^\d+\.\d % ± [\d.]+$/);
  await expect(results.locator('.kpi-verdict').first()).toHaveText(/^(✓ met|✗ missed (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+.*)$/);
  await expect(results).not.toContainText('NaN');
  await page.screenshot({ path: `${SHOTS}/simulate-results.png`, fullPage: true });

  const longest = await longestTask(page, t0, t1);
  const { limit, load } = longTaskLimit();
  console.log(`longest main-thread task during the simulations: ${longest.toFixed(0)} ms (limit ${limit} ms, load ${load.toFixed(1)} per core)`);
  expect(longest).toBeLessThan(limit);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a web call-back lever is edited like the others, and its simulation shows the promises kept and its story', async ({ page }) => {
  const seen = await watchWithLongTasks(page);
  await open(page, /Strategies/);
  await page.getByRole('button', { name: /^Web call back on peak days/ }).click();
  const editor = page.getByTestId('strategy-editor');
  const promise = editor.getByLabel('Promise: called back within (min)', { exact: true });
  await expect(promise).toHaveValue('120');
  await expect(editor.locator('.lever-words')).toContainText('promise 120 min');
  await promise.fill('2000');
  await expect(editor.getByRole('alert').first()).toContainText('must be ≤ 1,440 min');
  await promise.fill('90');
  await expect(editor.locator('.lever-words')).toContainText('promise 90 min');
  await setReplications(page, 4);
  const panel = page.getByTestId('simulate-panel');
  await panel.getByRole('button', { name: /Simulate/ }).click();
  const results = page.getByTestId('simulate-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results).toContainText('Web call-back promises kept, at least 95 %');
  await expect(results.getByTestId('callback-stories')).toContainText(/absorbed [\d,]+ callers by call back/);
  await expect(results).not.toContainText('NaN');
  expect(seen.errors).toEqual([]);
});

test('changing a lever changes the strategy\'s cost; a bad value is flagged next to its field', async ({ page }) => {
  const seen = await watchWithLongTasks(page);
  await open(page, /Strategies/);
  await page.getByRole('button', { name: /^Overtime on peak days/ }).click();
  const editor = page.getByTestId('strategy-editor');
  const hours = editor.getByLabel('Extra hours per agent per day', { exact: true });
  await expect(hours).toHaveValue('1.5');
  await expect(editor.locator('.lever-words')).toContainText('1.5 extra hour(s)');

  await setReplications(page, 8);
  const panel = page.getByTestId('simulate-panel');
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const results = page.getByTestId('simulate-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  const costBefore = (await results.locator('p').first().textContent())!.match(/Cost (\S+)/)![1];

  // A value the schema refuses: the message sits next to the field, the scenario keeps the last valid one.
  const e0 = await now(page);
  await hours.fill('3');
  await expect(editor.getByRole('alert').first()).toContainText('must be ≤ capHoursPerDay (2)');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'keeps the last valid version' })).toBeVisible();
  await expect(results).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/strategies-invalid.png`, fullPage: true });

  await hours.fill('0.5');
  await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('.lever-words')).toContainText('0.5 extra hour(s)');
  // Each edit is checked (schema, references, words) and goes into the scenario on the main thread.
  const editing = await longestTask(page, e0, await now(page));
  console.log(`longest main-thread task while editing a lever: ${editing.toFixed(0)} ms`);
  expect(editing).toBeLessThan(longTaskLimit().limit);
  // The old result came from other inputs: it is not shown as this strategy's any more.
  await expect(results).toHaveCount(0);
  await expect(panel).toContainText('The scenario changed');
  await panel.getByRole('button', { name: /Simulate/ }).click();
  await expect(results).toBeVisible({ timeout: 60_000 });
  const costAfter = (await results.locator('p').first().textContent())!.match(/Cost (\S+)/)![1];
  const amount = (text: string) => Number(text.replace(/[^\d.]/g, ''));
  expect(amount(costAfter)).toBeLessThan(amount(costBefore));
  await page.screenshot({ path: `${SHOTS}/strategies.png`, fullPage: true });

  // Undo while the form is open brings the stored lever back into the form.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(hours).toHaveValue('1.5');
  await expect(editor.locator('.lever-words')).toContainText('1.5 extra hour(s)');
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the comparison runs in workers with progress and shows the recommendation, the table and the charts', async ({ page }) => {
  const seen = await watchWithLongTasks(page);
  await open(page, /Comparison/);
  await expect(page.getByRole('heading', { name: 'Comparison', level: 2 })).toBeVisible();
  await expect(page.getByTestId('judging-rule')).toContainText('judged per day');
  await setReplications(page, 8);
  const progress = page.getByTestId('compare-progress');
  // Cancelling during the analytic search (seconds of work in the worker) stops it at once.
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(progress).toContainText('analytic engine');
  const cancelAt = Date.now();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('run-cancelled')).toBeVisible();
  expect(Date.now() - cancelAt).toBeLessThan(1000);
  await expect(page.getByRole('button', { name: 'Compare' })).toBeEnabled();

  const t0 = await now(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(progress).toContainText('analytic engine');
  await expect(progress.getByTestId('run-count')).toHaveText(/\/ \d+ replications/, { timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/compare-progress.png`, fullPage: true });
  const rec = page.getByTestId('recommendation');
  await expect(rec).toBeVisible({ timeout: 120_000 });
  // Measured until the last chart is drawn, before the checks below (they run in the page too).
  await expect(page.getByTestId('scatter-chart-voice').locator('g.marks g')).not.toHaveCount(0);
  const t1 = await now(page);
  await expect(rec.locator('.rec-reasons li').first()).toBeVisible();
  // How far each strategy was simulated (the sequential comparison): a row each, with why it stopped.
  const seq = page.getByTestId('seq-final');
  await seq.locator('summary').click();
  await expect(seq.getByTestId('seq-row').first()).toContainText(/\d+ replications · /);

  const table = page.getByTestId('kpi-table');
  const rows = table.locator('tbody tr');
  // The recommendation is the table's cheapest row that meets every target in simulation, and the
  // card says so; only when no row meets them does it name the closest, and say that instead.
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute('data-strategy'),
    recommended: tr.classList.contains('recommended'),
    meets: tr.querySelector('[data-testid="verdict"] .verdict')?.textContent?.includes('meets all') ?? false,
    cost: Number((tr.querySelector('[data-testid="cost"] .kpi-sim')?.textContent ?? '').split('±')[0]!.replace(/[^\d.]/g, '')),
    // With uncertain inputs (the default sample has some), the share of worlds meeting every target.
    prob: tr.hasAttribute('data-prob') ? Number(tr.getAttribute('data-prob')) : null,
  })));
  const recommended = shown.filter((r) => r.recommended);
  expect(recommended).toHaveLength(1);
  const passing = shown.filter((r) => r.meets);
  const sure = shown.filter((r) => r.prob !== null && r.prob >= 0.9);
  if (shown.some((r) => r.prob !== null)) {
    // At 90% confidence: the cheapest row met in at least 90% of the worlds, or, when none is, the card says so.
    if (sure.length > 0) {
      expect(recommended[0]!.prob).toBeGreaterThanOrEqual(0.9);
      expect(recommended[0]!.cost).toBe(Math.min(...sure.map((r) => r.cost)));
      await expect(rec).toContainText('cheapest strategy that meets every target in at least 90 % of the simulated worlds');
    } else {
      await expect(rec).toContainText('No strategy meets every target in 90 %');
    }
  } else if (passing.length > 0) {
    expect(recommended[0]!.meets).toBe(true);
    expect(recommended[0]!.cost).toBe(Math.min(...passing.map((r) => r.cost)));
    await expect(rec).toContainText('cheapest strategy that meets every target');
  } else {
    await expect(rec).toContainText('No strategy meets every target');
  }
  expect(await rows.count()).toBeGreaterThanOrEqual(8); // baseline + the sample's seven strategies (+ the search's finds)
  // Web call back beside the others: its verdict, its promises kept, and its result in words.
  const callbackRow = table.locator('tbody tr[data-strategy="web-callback"]');
  await expect(callbackRow.getByTestId('verdict')).toContainText(/✓ meets all|✗ misses/);
  await expect(callbackRow.getByTestId('extra-cost')).toContainText(/€[\d,]+ ± €[\d,]+/);
  await expect(table.locator('thead')).toContainText('promises kept');
  await expect(page.getByTestId('callback-stories')).toContainText(/absorbed [\d,]+ callers by call back/);
  await expect(page.getByTestId('callback-stories')).toContainText(/Promises kept: [\d.]+ %/);
  await expect(rows.first()).toHaveAttribute('data-strategy', 'baseline');
  // Pass/fail in words and marks, not colour alone.
  await expect(rows.first().getByTestId('verdict')).toContainText(/✓ meets all|✗ misses/);
  await expect(table).toContainText('Erlang');
  await expect(table).not.toContainText('NaN');
  // Decision dates: in the recommendation only for the lever kinds it uses; the others on their rows.
  const recommendedRow = table.locator('tbody tr.recommended');
  await expect(recommendedRow).toHaveCount(1);
  const kinds = (await recommendedRow.getAttribute('data-lever-kinds'))!.split(' ');
  if (!kinds.includes('temps')) await expect(rec).not.toContainText(/temps by|Temps: the latest/);
  if (!kinds.includes('outsourcing')) await expect(rec).not.toContainText(/outsourcing contract by|Outsourcing: the latest/);
  const tempsRow = table.locator('tbody tr[data-strategy="temps"]');
  if (!kinds.includes('temps')) await expect(tempsRow.getByTestId('decide-by')).toContainText('decide on temps by');
  // The comparison leads with the extra cost over doing nothing, paired, with its interval.
  await expect(rec.getByTestId('rec-extra')).toHaveText(/^(\+€[\d,]+|€0)( ± €[\d,]+)?$/);
  await expect(rec).toContainText(/total €[\d,]+ over the horizon/);
  await expect(rows.first().getByTestId('extra-cost')).toHaveText(/^€0 ± €0$/);
  await expect(recommendedRow.getByTestId('extra-cost')).toHaveText(/^(\+€[\d,]+|€0) ± €[\d,]+$/);
  await expect(table.locator('thead')).toContainText('Extra cost');
  // The cost column is in view without scrolling sideways, at 1440×900, 1280×720 and 1024×768.
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    const frame = (await page.locator('.table-scroll').first().boundingBox())!;
    const cost = (await table.locator('thead th').filter({ hasText: 'Extra cost' }).boundingBox())!;
    expect(cost.x + cost.width, `cost column at ${size.width}×${size.height}`).toBeLessThanOrEqual(frame.x + frame.width + 1);
    await table.screenshot({ path: `${SHOTS}/comparison-table-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  // The total is one click away.
  await page.getByRole('group', { name: 'Costs shown' }).getByRole('button', { name: 'Total over the horizon' }).click();
  await expect(table.locator('thead')).not.toContainText('Extra cost');
  await expect(recommendedRow.getByTestId('cost')).toContainText(/€[\d,]+ ± €[\d,]+/);
  await page.getByRole('group', { name: 'Costs shown' }).getByRole('button', { name: 'Extra over doing nothing' }).click();

  const bands = page.getByTestId('bands-chart');
  await expect(bands.locator('path[data-series="baseline"]')).toHaveCount(1);
  await expect(bands.locator('g.target text')).toContainText('Target 80 %');
  await expect(page.getByTestId('cost-chart').locator('g.bars g[data-row]')).toHaveCount(await rows.count());
  await expect(page.getByTestId('scatter-chart-voice').locator('g.frontier path')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/comparison.png`, fullPage: true });
  for (const id of ['bands-chart', 'cost-chart', 'scatter-chart-voice']) await page.getByTestId(id).screenshot({ path: `${SHOTS}/comparison-${id}.png` });

  // Search strategies are named in words and dates, and can be adopted; the figures stay, marked "before".
  await expect(table).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  const found = table.locator('tbody tr').filter({ has: page.getByRole('button', { name: 'Add to my strategies' }) }).first();
  const foundId = (await found.getAttribute('data-strategy'))!;
  await found.getByRole('button', { name: 'Add to my strategies' }).click();
  await expect(page.getByTestId('compare-outdated')).toContainText('Before');
  await expect(page.getByTestId('compare-results')).toHaveAttribute('data-before', 'true');
  await expect(table.locator('tbody tr')).toHaveCount(await rows.count());
  await expect(table.locator(`tbody tr[data-strategy="${foundId}"]`)).toContainText('in your strategies');

  const longest = await longestTask(page, t0, t1);
  const { limit, load } = longTaskLimit();
  console.log(`longest main-thread task during the comparison: ${longest.toFixed(0)} ms (limit ${limit} ms, load ${load.toFixed(1)} per core)`);
  expect(longest).toBeLessThan(limit);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a lever slider moves its strategy\'s analytic verdict and extra cost, computed off the page\'s thread; the simulated figures stay "before" until compared again, which simulates only that strategy', async ({ page }) => {
  const seen = await watchWithLongTasks(page);
  await open(page, /Comparison/);
  await setReplications(page, 4);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('recommendation')).toBeVisible({ timeout: 120_000 });
  // The table may render a moment after the recommendation: count its rows once they are there.
  await expect(page.getByTestId('kpi-table').locator('tbody tr').first()).toBeVisible();
  const count = await page.getByTestId('kpi-table').locator('tbody tr').count();

  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Strategies/ }).click();
  const card = page.getByRole('button', { name: /^Outsource voice overflow/ });
  const live = card.getByTestId('live-outsource-voice');
  const sim = card.getByTestId('sim-outsource-voice');
  await expect(live.getByTestId('live-extra')).toHaveText(/^(\+|−)?€[\d,]+ extra$/);
  await expect(sim).toBeVisible();
  await expect(sim).not.toHaveAttribute('data-before', 'true');
  await card.click();
  const slider = page.getByRole('slider', { name: 'Contracted agents (slider)' });

  // Move the slider as a hand would (an input event), then watch frame by frame until the new
  // figures are on the card (validation and evaluation run in the derive workers).
  const move = (value: number) => page.evaluate(async ([v]) => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Contracted agents (slider)"]')!;
    const card = document.querySelector('[data-testid="live-outsource-voice"]')!;
    const before = card.textContent;
    const t0 = performance.now();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    let frames = 0;
    do { await new Promise(requestAnimationFrame); frames++; }
    while ((card.textContent === before || document.querySelector('[data-testid="updating"]') !== null) && performance.now() - t0 < 10_000);
    return { before, after: card.textContent, ms: performance.now() - t0, frames };
  }, [value] as const);
  const e0 = await now(page);
  const results = [];
  for (const v of [1, 60, 2, 40]) results.push(await move(v));
  const e1 = await now(page);
  for (const r of results) expect(r.after, 'the figures changed').not.toBe(r.before);
  console.log(`slider move to new figures on screen: ${results.map((r) => `${r.ms.toFixed(0)} ms (${r.frames} frames)`).join(', ')}`);
  // 1 agent and 60 agents are different decisions: the extra cost says so.
  const extra = (text: string | null) => Number(text!.match(/([+−]?)€([\d,]+) extra/)!.slice(1).join('').replace('−', '-').replace(/,/g, ''));
  expect(extra(results[1]!.after)).toBeGreaterThan(extra(results[0]!.after));
  await expect(slider).toHaveValue('40');
  await expect(page.getByLabel('Contracted agents', { exact: true })).toHaveValue('40');
  // The evaluation runs in a worker: the page's own tasks stay short while the figures follow.
  // Here it only guards against a freeze (docs/workshop-and-languages.md has the figures).
  const longest = await longestTask(page, e0, e1);
  console.log(`longest main-thread task while moving the slider: ${longest.toFixed(0)} ms`);
  expect(longest).toBeLessThan(1000);

  // The simulated figures of the last comparison stay beside the new ones, marked "before".
  await expect(sim).toHaveAttribute('data-before', 'true');
  await expect(sim).toContainText('before');
  // A strategy not edited keeps its simulated figures as they are: nothing in them changed.
  await expect(page.getByTestId('sim-temps')).toBeVisible();
  await expect(page.getByTestId('sim-temps')).not.toHaveAttribute('data-before', 'true');
  await page.screenshot({ path: `${SHOTS}/strategies-live.png`, fullPage: true });

  // Compared again: only the edited strategy is simulated, the others keep their results.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Comparison/ }).click();
  await expect(page.getByTestId('compare-outdated')).toBeVisible();
  await page.getByRole('button', { name: 'Compare again' }).or(page.getByRole('button', { name: 'Compare', exact: true })).click();
  await expect(page.getByTestId('compare-outdated')).toHaveCount(0, { timeout: 120_000 });
  await expect(page.getByTestId('resimulated')).toContainText(`Simulated this time: 1 of ${count}`);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Strategies/ }).click();
  await expect(sim).not.toHaveAttribute('data-before', 'true');
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
