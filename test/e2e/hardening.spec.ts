import { expect, test } from '@playwright/test';
import { defaultSample } from '../../src/scenario/samples';
import { watch } from './watch';

test('the page runs under its Content-Security-Policy, which blocks inline script', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  const blocked = await page.evaluate(() => new Promise<boolean>((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    setTimeout(() => resolve(false), 2_000);
  }));
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  // The app's own flows raise no violation (a violation is a console error).
  expect(seen.errors.filter((e) => !/__inlineRan|inline script/i.test(e))).toEqual([]);
});

test('a name with markup stays text', async ({ page }) => {
  await page.goto('/');
  const markup = '<img src=x onerror="window.__pwned=1"><b>Peak</b>';
  const name = page.locator('input[data-path="name"]');
  await name.fill(markup);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(markup);
  await expect(page.getByRole('heading', { level: 1 }).locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('cancel leaves no worker running; repeated runs keep the same workers', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  // The simulation's workers (the page's derive workers, idle, are not part of a run).
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'worker' && !t.url.includes('derive')).length;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const panel = page.getByTestId('simulate-panel');
  await panel.getByLabel('Replications').fill('4');
  const counts: number[] = [];
  for (let run = 0; run < 3; run++) {
    await panel.getByRole('button', { name: 'Simulate' }).click();
    await expect(page.getByTestId('simulate-progress')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('sim-label')).toBeVisible();
    counts.push(await workers());
  }
  expect(new Set(counts).size).toBe(1);
  await panel.getByLabel('Replications').fill('200');
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const progress = page.getByTestId('simulate-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(workers, { timeout: 5_000 }).toBe(0);
});

/** The largest scenario the app meets in practice: the default sample over a year at 15 minutes. */
function yearAt15Minutes(): Buffer {
  const doc = structuredClone(defaultSample.scenario) as unknown as {
    days: number; intervalMinutes: number;
    forecast: { intraday: Record<string, number[]>; intradayByWeekday: Record<string, { weights: number[] }[]> };
  };
  const double = (weights: number[]) => weights.flatMap((w) => [w, w]);
  Object.assign(doc, { days: 366, intervalMinutes: 15 });
  for (const id of Object.keys(doc.forecast.intraday)) doc.forecast.intraday[id] = double(doc.forecast.intraday[id]!);
  for (const overrides of Object.values(doc.forecast.intradayByWeekday)) for (const o of overrides) o.weights = double(o.weights);
  return Buffer.from(JSON.stringify(doc));
}

test('with a year at 15 minutes loaded, the step bar answers while the strategies are evaluated in their worker', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  const go = async (step: RegExp) => {
    const t0 = Date.now();
    await steps.getByRole('button', { name: step }).click();
    await expect(steps.getByRole('button', { name: step })).toHaveAttribute('aria-current', 'page');
    return Date.now() - t0;
  };
  // The default scenario's live figures first, so that the year's are awaited as an update.
  await go(/Strategies/);
  await expect(page.getByTestId('live-baseline').getByTestId('live-verdict')).toBeVisible();
  await go(/Scenario/);
  await page.getByTestId('load-scenario').setInputFiles({ name: 'year.json', mimeType: 'application/json', buffer: yearAt15Minutes() });
  await expect(page.getByRole('status').filter({ hasText: 'year.json loaded' })).toBeVisible();
  await go(/Strategies/);
  const updating = page.getByTestId('updating');
  await expect(updating).toBeVisible();
  // Back and forth on the step bar while the figures shown are still the default scenario's.
  const answers: number[] = [];
  let whileComputing = 0;
  for (let k = 0; k < 20 && (await updating.count()) > 0; k++) {
    answers.push(await go(/Comparison/), await go(/Strategies/));
    if ((await updating.count()) > 0) whileComputing++;
  }
  console.log(`step bar answered in ${answers.join(', ')} ms; ${whileComputing} round trips while the strategies were evaluated`);
  expect(whileComputing).toBeGreaterThan(0);
  // A generous freeze guard (the main-thread evaluation blocked for seconds), not a speed goal.
  expect(Math.max(...answers)).toBeLessThan(2_000);
  await expect(updating).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('live-baseline').getByTestId('live-verdict')).toBeVisible();
  expect(seen.errors).toEqual([]);
});

test('memory stays flat over 20 simulations, with the same workers', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'worker').length;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const panel = page.getByTestId('simulate-panel');
  await panel.getByLabel('Replications').fill('4');
  const simulate = async () => {
    await panel.getByRole('button', { name: 'Simulate' }).click();
    await expect(page.getByTestId('simulate-progress')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('sim-label')).toBeVisible();
  };
  await simulate(); // warm up: workers made, code compiled
  const before = await heap();
  const workersBefore = await workers();
  const sizes: number[] = [];
  for (let run = 0; run < 20; run++) {
    await simulate();
    if (run % 5 === 4) sizes.push(await heap());
  }
  const mb = (b: number) => (b / 1e6).toFixed(1);
  console.log(`page heap after a forced collection: ${mb(before)} MB after the first run, then ${sizes.map(mb).join(', ')} MB every 5 runs; ${workersBefore} workers before, ${await workers()} after`);
  expect(await workers()).toBe(workersBefore);
  // Generous: a leak of one result per run (hundreds of kB each) would pass 5 MB within 20 runs.
  expect(sizes[sizes.length - 1]! - before).toBeLessThan(5e6);
});
