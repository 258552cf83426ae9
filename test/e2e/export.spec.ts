/**
 * Exports of a comparison (docs/keep-share-export.md): the CSV parses with the documented
 * columns (both dialects), a chart's PNG is a valid image of the chart's size, the report
 * prints to a PDF that holds every strategy's cost, and the results survive a reload.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { COMPARISON_CSV_COLUMNS } from '../../src/ui/export/comparisonCsv';
import { SHOTS, watch } from './watch';

// One comparison for the whole file: the tests read it, none changes it.
test.describe.configure({ mode: 'serial' });
let page: Page;
let seen: ReturnType<typeof watch>;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ acceptDownloads: true });
  seen = watch(page);
  await page.goto('/#/comparison');
  const field = page.getByLabel('Replications');
  await field.fill('4');
  await expect(field).toHaveValue('4');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-results')).toBeVisible({ timeout: 110_000 });
  await expect(page.getByTestId('cost-chart').locator('svg')).toBeVisible();
});

test.afterAll(async () => {
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  await page.close();
});

async function download(name: string | RegExp): Promise<{ file: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
  const path = await file.path();
  return { file: file.suggestedFilename(), bytes: readFileSync(path) };
}

const strategyNames = () => page.locator('#root').getByTestId('kpi-table').locator('tbody tr th').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent?.trim() ?? ''));

test('the comparison CSV parses with the documented columns, one row per strategy × channel × day', async () => {
  const { file, bytes } = await download('Download CSV');
  expect(file).toMatch(/-comparison\.csv$/);
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...COMPARISON_CSV_COLUMNS]);
  const names = await strategyNames();
  const channels = new Set(parsed.data.map((r) => r.channel));
  const dates = new Set(parsed.data.map((r) => r.date));
  expect(channels).toEqual(new Set(['voice', 'chat', 'email']));
  expect(dates.size).toBe(21);
  expect(parsed.data).toHaveLength(names.length * channels.size * dates.size);
  expect(new Set(parsed.data.map((r) => r.strategyName))).toEqual(new Set(names));
  for (const row of parsed.data) {
    expect(Number.isFinite(Number(row.offered)) && Number.isFinite(Number(row.strategyCost))).toBe(true);
    expect(row.extraCost).toMatch(/^-?\d+(\.\d+)?$/);
  }
  expect(parsed.data.filter((r) => r.source === 'baseline').every((r) => r.extraCost === '0')).toBe(true);

  const fr = await download('CSV for French Excel (;)');
  const frParsed = Papa.parse<Record<string, string>>(fr.bytes.toString('utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true, delimiter: ';' });
  expect(frParsed.errors).toEqual([]);
  expect(frParsed.meta.fields).toEqual([...COMPARISON_CSV_COLUMNS]);
  expect(frParsed.data).toHaveLength(parsed.data.length);
  expect(frParsed.data[0].strategyCost).toBe(parsed.data[0].strategyCost.replace('.', ','));
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every chart downloads as a PNG that is a valid image of the chart\'s size', async () => {
  for (const id of ['cost-chart', 'scatter-chart-voice', 'bands-chart']) {
    const chart = page.getByTestId(id);
    const size = await chart.locator('.chart-box svg').evaluate((svg) => ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));
    expect(size.width).toBeGreaterThan(100);
    const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await file.path());
    expect(pngSize(bytes)).toEqual(size);
    // The browser decodes it: a real image, not only a header.
    // (Through an image element: the page's CSP allows data: images, not fetching data: URLs.)
    const decoded = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, bytes.toString('base64'));
    expect(decoded).toEqual(size);
  }
});

test('the printable report prints to PDF with every strategy\'s cost, the table whole', async () => {
  await page.getByRole('button', { name: 'Printable report…' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(/World Cup/);
  await expect(report.getByTestId('recommendation')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: false });
  const costs = await report.getByTestId('report-costs').locator('tbody tr').evaluateAll((rows) => rows.map((r) => ({
    name: (r.querySelector('th')?.textContent ?? '').replace(' (recommended)', ''), cost: r.querySelectorAll('td')[1]?.textContent ?? '', extra: r.querySelectorAll('td')[2]?.textContent ?? '',
  })));
  const tableCosts = await report.getByTestId('kpi-table').getByTestId('cost').locator('.kpi-sim').allTextContents();
  expect(costs.length).toBe((await strategyNames()).length);
  expect(tableCosts.length).toBe(costs.length);

  // In print, at the page's width (A4 landscape less margins ≈ 1047 px), nothing overflows.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1047, height: 740 });
  const overflow = await report.evaluate((root) => {
    const limit = root.getBoundingClientRect().right + 0.5;
    return [...root.querySelectorAll('table, svg')].filter((el) => el.getBoundingClientRect().right > limit).map((el) => el.outerHTML.slice(0, 60));
  });
  expect(overflow).toEqual([]);
  expect(await page.locator('#root').isVisible()).toBe(false);
  await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1440, height: 900 });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  const flat = (s: string) => s.replace(/\s+/g, '');
  const all = flat(text);
  expect(all).toContain(flat('World Cup'));
  for (const c of costs) {
    expect(all, c.name).toContain(flat(c.name));
    expect(all, `${c.name} cost`).toContain(flat(c.cost));
    expect(all, `${c.name} extra cost`).toContain(flat(c.extra));
  }
  for (const cost of tableCosts) expect(all).toContain(flat(cost));
  expect(doc.numPages).toBeGreaterThan(1);
  await report.getByRole('button', { name: 'Close the report' }).click();
  await expect(report).toHaveCount(0);
});

test('the comparison comes back after a reload, as it was', async () => {
  const before = await strategyNames();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.getByTestId('compare-results')).toBeVisible();
  expect(await strategyNames()).toEqual(before);
  await expect(page.getByTestId('compare-outdated')).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('group', { name: 'Export the comparison' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/comparison-exports-1280.png` });
  await page.getByRole('button', { name: 'Printable report…' }).click();
  await page.screenshot({ path: `${SHOTS}/report-1280.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await page.setViewportSize({ width: 1440, height: 900 });
});
