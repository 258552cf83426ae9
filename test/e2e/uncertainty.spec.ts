/**
 * Decisions that hold when the peak is uncertain (issue 15), on the default sample (its World Cup
 * uplift is between +20% and +80%): each strategy's probability of meeting the targets with its
 * interval, the recommendation at 90% with the price of certainty, the tornado chart and the
 * price-of-waiting chart, computed off the page's thread.
 */
import { expect, test } from '@playwright/test';
import { SHOTS, watch } from './watch';

test('the comparison of the default sample shows probabilities, the recommendation at 90%, the tornado and the price of waiting', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Comparison/ }).click();
  const replications = page.getByLabel('Replications');
  await replications.fill('10');
  await page.getByRole('button', { name: 'Compare' }).click();
  const rec = page.getByTestId('recommendation');
  await expect(rec).toBeVisible({ timeout: 180_000 });

  // Every row: how often it meets every target over the worlds, with its 95% interval.
  const table = page.getByTestId('kpi-table');
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  await expect(table.getByTestId('prob-meets')).toHaveCount(count);
  for (let k = 0; k < count; k++) {
    await expect(rows.nth(k).getByTestId('prob-meets')).toHaveText(/^met in \d+ % of the worlds95% interval \d+ % to \d+ %$/);
  }
  // The baseline misses the peak in every world.
  await expect(rows.first().getByTestId('prob-meets')).toContainText('met in 0 % of the worlds');

  // The recommendation at 90%, its probability, and what 80%, 90%, 95% sure cost.
  await expect(rec).toContainText(/at least 90 % of the simulated worlds|in 90 % of the simulated worlds/);
  await expect(rec.getByTestId('rec-certainty')).toContainText('confidence asked: 90 %');
  await expect(rec.getByTestId('price-of-certainty').locator('li')).toHaveCount(3);
  await expect(rec.getByTestId('price-of-certainty')).toContainText('80 % sure');
  await expect(rec.getByTestId('price-of-certainty')).toContainText('95 % sure');

  // The tornado: every key parameter and every uncertain input, the uplift among them.
  const tornado = page.getByTestId('tornado-chart');
  await expect(tornado.locator('g.bars g[data-row]')).toHaveCount(10, { timeout: 120_000 });
  await expect(tornado.locator('g.bars')).toContainText('Peak: World Cup kick-off');
  await expect(tornado.locator('g.bars')).toContainText('+80 %');
  await tornado.screenshot({ path: `${SHOTS}/comparison-tornado-sl.png` });
  await page.getByRole('group', { name: 'Figure shown' }).getByRole('button', { name: 'Extra cost' }).click();
  await expect(tornado.locator('svg')).toHaveAttribute('aria-label', /extra cost at each input's ends/);

  // The price of waiting: a line per lever decided ahead, each with its last date.
  const waiting = page.getByTestId('waiting-chart');
  await expect(waiting.locator('g.lines g[data-lever]')).toHaveCount(2);
  await expect(waiting.locator('line[data-last="yes"]')).toHaveCount(2);
  await expect(page.getByTestId('waiting-summary')).toContainText('Outsourcing: works if decided by');
  await expect(page.getByTestId('compare-results')).not.toContainText('NaN');
  await page.getByTestId('decision-insights').screenshot({ path: `${SHOTS}/comparison-uncertainty.png` });
  await rec.screenshot({ path: `${SHOTS}/comparison-recommendation-90.png` });
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the probabilities, the price of certainty, the tornado and the price of waiting speak French', async ({ page }) => {
    const seen = watch(page);
    await page.goto('/#/comparison');
    const replications = page.locator('.run-settings input').first();
    await replications.fill('2');
    await replications.press('Enter');
    await page.locator('.run-bar button.primary').click();
    await expect(page.getByTestId('recommendation')).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId('tornado-chart').locator('g.bars g[data-row]')).toHaveCount(10, { timeout: 120_000 });
    await expect(page.getByTestId('waiting-chart').locator('g.lines g[data-lever]')).toHaveCount(2);
    await expect(page.getByTestId('kpi-table').getByTestId('prob-meets').first()).toContainText('tenus dans 0 % des mondes');
    await expect(page.getByTestId('price-of-certainty')).toContainText('sûr à 80 %');
    const insights = (await page.getByTestId('decision-insights').allInnerTexts()).join('\n');
    const svgText = await page.getByTestId('decision-insights').locator('svg').evaluateAll((svgs) => svgs.map((s) => s.textContent ?? '').join(' '));
    const rec = (await page.getByTestId('recommendation').allInnerTexts()).join('\n');
    // The scenario's own words (the event's name) are the user's, in whatever language.
    const text = [insights, svgText, rec].join('\n').split('World Cup kick-off: subscriptions and streaming access').join(' ');
    for (const word of ['the', 'and', 'with', 'extra', 'cost', 'sure', 'worlds', 'low end', 'high end', 'last date', 'Handle time', 'Outsourcing', 'confidence', 'price']) {
      expect(text, word).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
    }
    expect(seen.errors).toEqual([]);
  });
});
