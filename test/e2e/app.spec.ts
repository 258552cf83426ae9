import { expect, test } from '@playwright/test';
import { SHOTS, watch } from './watch';


test('opens on the default scenario with the forecast chart, no console error, no foreign request', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  // The guided path starts on the scenario; the forecast is the next step.
  await expect(page.getByRole('heading', { name: 'Scenario', level: 2 })).toBeVisible();
  await page.getByTestId('guide').getByRole('button', { name: /Next: Forecast/ }).click();
  await expect(page.getByRole('heading', { name: 'Forecast', level: 2 })).toBeVisible();
  const chart = page.getByTestId('forecast-chart');
  // One filled area and one line per channel, and the peak band is labelled.
  await expect(chart.locator('path[data-series]')).toHaveCount(3);
  await expect(chart.locator('g.bands text').first()).toBeVisible();
  await expect(page.getByTestId('day-totals')).toContainText('Phone');
  await page.screenshot({ path: `${SHOTS}/forecast.png`, fullPage: true });

  // Zoom on one day: the ticks become times of day.
  await page.getByRole('group', { name: 'Days shown' }).getByRole('button').nth(10).click();
  await expect(chart.locator('g.axes text', { hasText: '12:00' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/forecast-day.png`, fullPage: true });

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('navigates through the steps', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Steps' });
  await nav.getByRole('button', { name: /Staffing/ }).click();
  await expect(page.getByRole('heading', { name: 'Staffing', level: 2 })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Staffing/ })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('button', { name: /Strategies/ }).click();
  await expect(page.getByRole('heading', { name: 'Strategies', level: 2 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/strategies.png`, fullPage: true });
  await nav.getByRole('button', { name: /Comparison/ }).click();
  await expect(page.getByRole('heading', { name: 'Comparison', level: 2 })).toBeVisible();
  await nav.getByRole('button', { name: /Forecast/ }).click();
  await expect(page.getByTestId('forecast-chart')).toBeVisible();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('staffing shows required vs available, the gap map and the missing agent-hours', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const chart = page.getByTestId('staffing-chart');
  await expect(chart.locator('path[data-series="required"]')).toHaveCount(1);
  await expect(chart.locator('path[data-series="available"]')).toHaveCount(1);
  const heat = page.getByTestId('gap-heatmap');
  await expect(heat.locator('g.cells rect').first()).toBeVisible();
  // Verdicts are written out per day, not only coloured.
  await expect(heat.locator('g.labels text', { hasText: /^(OK|short .* agent-h)$/ }).first()).toBeVisible();
  const figure = page.getByTestId('missing-agent-hours');
  await expect(figure).toContainText('agent-hours missing');
  await expect(figure.locator('.value')).toHaveText(/^[\d,.]+$/);
  // The page says how verdicts are reached: per day, intervals only showing where.
  await expect(page.getByTestId('judging-rule')).toContainText('judged per day');
  await page.screenshot({ path: `${SHOTS}/staffing.png`, fullPage: true });

  await page.getByRole('tab', { name: /Chat/ }).click();
  await expect(chart).toContainText('Chat: agents required vs available');
  await page.screenshot({ path: `${SHOTS}/staffing-chat.png`, fullPage: true });
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the Erlang calculator recomputes on each keystroke and flags a bad field', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const calc = page.getByTestId('erlang-calculator');
  const agents = calc.getByLabel(/^Agents/);
  const sl = calc.locator('dt', { hasText: 'Service level' }).locator('xpath=following-sibling::dd');
  await expect(calc.locator('dt', { hasText: 'Service level' })).toHaveText(/within 20 s/);
  await expect(sl).toHaveText(/^\d+\.\d %$/);
  const before = await sl.textContent();
  await agents.press('End');
  await agents.press('Backspace');
  await agents.press('Digit6'); // 14 → 16 agents, one keystroke at a time
  await expect(sl).not.toHaveText(before ?? '');

  // Too few agents for Erlang C: explained in words, never NaN.
  await agents.fill('5');
  await expect(calc.getByTestId('unstable')).toContainText('Unstable');
  await expect(calc).not.toContainText('NaN');
  await page.screenshot({ path: `${SHOTS}/calculator-unstable.png`, fullPage: true });

  // A bad value: the message sits next to the field and the figures step aside.
  await calc.getByLabel(/^Average handle time/).fill('abc');
  await expect(calc.getByRole('alert')).toHaveText(/Average handle time must be a number/);
  await expect(calc.getByLabel(/^Average handle time/)).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.getByTestId('calc-results')).toHaveCount(0);
  await calc.getByLabel(/^Average handle time/).fill('180');
  await expect(calc.getByRole('alert')).toHaveCount(0);

  // One click loads the busiest interval of the channel shown, with its scheduled agents.
  await calc.getByRole('button', { name: /busiest interval/ }).click();
  await expect(calc.getByLabel(/^Contacts arriving/)).not.toHaveValue('100');
  await expect(calc.getByLabel(/^Mean patience/)).toHaveValue('150');
  await expect(calc.getByTestId('calc-results')).toContainText('Erlang A');
  await calc.screenshot({ path: `${SHOTS}/calculator.png` });
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('staffing simulates the current schedule and shows simulated figures beside the analytic ones', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const panel = page.getByTestId('simulate-panel');
  await panel.getByLabel('Replications').fill('6');
  await panel.getByRole('button', { name: 'Simulate' }).click();
  const results = page.getByTestId('simulate-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(results.getByTestId('sim-label')).toHaveText('simulated (6 replications, 95% interval)');
  // The default scenario misses its voice targets on the peak days, in both views.
  await expect(results).toContainText('✗ Misses a target');
  await expect(results).toContainText('analytic (Erlang): ✗ misses a target');
  await expect(results).not.toContainText('NaN');
  await page.screenshot({ path: `${SHOTS}/staffing-simulated.png`, fullPage: true });
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the Replications field behaves as a number field: typing replaces, out of range is named and not kept', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Staffing/ }).click();
  const field = page.getByTestId('simulate-panel').getByLabel('Replications');
  // Empty the field, then type 5 and 0 one key at a time: 50, not 250 or 500.
  await field.click();
  await field.press('Control+a');
  await field.press('Backspace');
  await expect(field).toHaveValue('');
  await field.pressSequentially('50');
  await expect(field).toHaveValue('50');
  await field.press('Enter');
  await field.blur();
  await expect(field).toHaveValue('50');
  // Out of range: the message names the field and its limits, and the last good value stays.
  await field.fill('1');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Replications must be a whole number from 2 to 500 (got 1)' })).toBeVisible();
  await field.fill('8');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Replications must be' })).toHaveCount(0);
  await page.getByTestId('simulate-panel').getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByTestId('simulate-results').getByTestId('sim-label')).toHaveText('simulated (8 replications, 95% interval)', { timeout: 60_000 });
  expect(seen.errors).toEqual([]);
});
