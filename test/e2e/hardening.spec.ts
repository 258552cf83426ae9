import { expect, test } from '@playwright/test';
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
  const workers = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'worker').length;
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
