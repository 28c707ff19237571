import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Where Debian's chromium lives; the browser tests skip when it is absent. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether a chromium binary is available for the browser tests. */
export const hasChromium = existsSync(CHROMIUM);

/** What happened when the report was opened in headless Chromium. */
export type BrowserRun = {
  charts: { id: string; rendered: boolean; error: boolean; marks: number }[];
  consoleErrors: string[];
  pageErrors: string[];
  outsideRequests: string[];
  dialogs: string[];
  pwned: unknown;
  bodyText: string;
  readyMs: number;
  /** In-page times (ms since navigation): DOMContentLoaded, and all charts drawn. */
  timing: { domContentLoaded: number; chartsDrawn: number };
  screenshot: Buffer | null;
};

/** Writes `html` to a temp dir, opens it via file:// in headless Chromium, waits for every chart, and reports what it saw. */
export async function openReport(html: string, options: { screenshotPath?: string } = {}): Promise<BrowserRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'threadlens-report-'));
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const run: BrowserRun = { charts: [], consoleErrors: [], pageErrors: [], outsideRequests: [], dialogs: [], pwned: undefined, bodyText: '', readyMs: 0, timing: { domContentLoaded: 0, chartsDrawn: 0 }, screenshot: null };
    page.on('console', (m) => { if (m.type() === 'error') run.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => run.pageErrors.push(String(e)));
    page.on('request', (r) => { if (r.url() !== url) run.outsideRequests.push(r.url()); });
    page.on('dialog', (d) => { run.dialogs.push(d.message()); void d.dismiss(); });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-charts-ready]', { timeout: 30_000 });
    run.readyMs = Math.round(performance.now() - started);
    run.timing = await page.evaluate(() => ({
      domContentLoaded: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
      chartsDrawn: Number(document.body.getAttribute('data-charts-ms')),
    }));
    // Hover every mark type once so tooltips get exercised too.
    const firstMark = page.locator('[data-chart] svg .mark-rect path, [data-chart] svg .mark-rect rect').first();
    if ((await firstMark.count()) > 0) await firstMark.hover({ force: true }).catch(() => undefined);
    run.charts = await page.$$eval('[data-chart]', (nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute('data-chart') ?? '',
        rendered: n.getAttribute('data-rendered') === 'true',
        error: n.getAttribute('data-error') === 'true',
        marks: n.querySelectorAll('svg g.mark-rect > path, svg g.mark-symbol > path, svg g.mark-line > path, svg g.mark-rule > line, svg g.mark-area > path').length,
      })),
    );
    run.pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    run.bodyText = await page.evaluate(() => document.body.innerText);
    if (options.screenshotPath) {
      run.screenshot = await page.screenshot({ path: options.screenshotPath, clip: { x: 0, y: 0, width: 1280, height: 1400 } });
    }
    return run;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
