/**
 * Workshop mode: one screen, sliders that move the analytic figures (from a worker), snapshots
 * that line up side by side, everything from the keyboard (a presenter's clicker sends keys).
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SHOTS, watch } from './watch';

test('workshop mode: a slider moves a verdict and an extra cost; snapshots line up; keys only', async ({ page }) => {
  const seen = watch(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  const workshop = page.getByTestId('workshop');
  await expect(workshop).toBeVisible();
  await expect(workshop.getByTestId('workshop-gap')).toContainText(/agent-hours missing/);
  const temps = workshop.getByTestId('workshop-temps');
  await expect(temps.getByTestId('live-extra')).toHaveText(/extra$/);

  // Keyboard only: Tab to the temps slider, arrows move it; the figures follow from the derive worker.
  const slider = workshop.getByRole('slider', { name: 'Number of temps' });
  await slider.focus();
  const start = Number(await slider.inputValue());
  const frame = () => page.evaluate(async () => {
    const card = document.querySelector('[data-testid="workshop-temps"] [data-testid="live-extra"]')!;
    const before = card.textContent;
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Number of temps"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(Number(input.value) - 10));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t0 = performance.now();
    let frames = 0;
    do { await new Promise(requestAnimationFrame); frames++; }
    while ((card.textContent === before || document.querySelector('[data-testid="updating"]') !== null) && performance.now() - t0 < 10_000);
    return { before, after: card.textContent, ms: performance.now() - t0, frames };
  });
  const moved = await frame();
  console.log(`workshop slider to new figures: ${moved.ms.toFixed(0)} ms (${moved.frames} frames)`);
  expect(moved.after).not.toBe(moved.before);
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(start - 10 + 1));
  await expect(workshop.getByTestId('value-temps')).toHaveText(String(start - 9));

  // S: freeze under a name; a second one after another move; both lined up.
  await slider.press('s');
  await page.keyboard.type('Fewer temps');
  await page.keyboard.press('Enter');
  await slider.focus();
  for (let k = 0; k < 20; k++) await slider.press('ArrowRight');
  await slider.press('s');
  await page.keyboard.type('More temps');
  await page.keyboard.press('Enter');
  const table = workshop.getByTestId('snapshot-table');
  await expect(table.locator('thead th')).toHaveText(['Strategy', 'Fewer temps', 'More temps']);
  // The two snapshots froze different figures for the temps strategy.
  const row = table.locator('tbody tr').filter({ hasText: 'Hire 25 temps for voice' });
  const [a, b] = await row.locator('td').allTextContents();
  expect(a).not.toBe(b);
  // A key per snapshot: 1 hides the first.
  await workshop.press('1');
  await expect(table.locator('thead th')).toHaveText(['Strategy', 'More temps']);
  await page.screenshot({ path: `${SHOTS}/workshop-1280.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SHOTS}/workshop-1024.png` });

  // Escape leaves; the moved assumptions are ordinary scenario edits, kept.
  await workshop.press('Escape');
  await expect(workshop).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Undo/ })).toBeEnabled();

  // The snapshots are kept with the scenario: back after a reload.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await expect(workshop.getByRole('group', { name: 'Snapshots' }).getByRole('button')).toHaveText(['1 · Fewer temps', '2 · More temps']);

  // A slider acts on the channel picked: the handle time of the second channel, the first unchanged.
  const ahtSlider = workshop.getByRole('slider', { name: 'Handle time' });
  const firstAht = await ahtSlider.inputValue();
  await workshop.getByRole('combobox', { name: 'Handle time: acts on' }).selectOption({ index: 1 });
  const secondAht = Number(await ahtSlider.inputValue());
  await ahtSlider.focus();
  await ahtSlider.press('ArrowRight');
  await expect(ahtSlider).toHaveValue(String(secondAht + 5));
  await workshop.press('Escape');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Scenario/ }).click();
  await expect(page.locator('input[data-path="channels[1].aht.mean"]')).toHaveValue(String(secondAht + 5));
  await expect(page.locator('input[data-path="channels[0].aht.mean"]')).toHaveValue(firstAht);

  // The snapshots are in the scenario file: saved with it, and back when the file is opened again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.workshop.snapshots.map((x: { name: string }) => x.name)).toEqual(['Fewer temps', 'More temps']);
  const fresh = await page.context().newPage();
  await fresh.goto('/');
  await fresh.getByTestId('load-scenario').setInputFiles({ name: 'kept.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await fresh.getByRole('button', { name: 'Workshop mode' }).click();
  await expect(fresh.getByTestId('workshop').getByRole('group', { name: 'Snapshots' }).getByRole('button')).toHaveText(['1 · Fewer temps', '2 · More temps']);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  test('le mode atelier parle français', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Mode atelier' }).click();
    const workshop = page.getByTestId('workshop');
    await expect(workshop.getByRole('slider', { name: 'Nombre d’intérimaires' })).toBeVisible();
    await expect(workshop.getByTestId('workshop-gap')).toContainText('heures-conseiller manquantes');
    await expect(workshop.getByRole('button', { name: 'Confirmer par simulation' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/fr-workshop-1440.png` });
  });
});
