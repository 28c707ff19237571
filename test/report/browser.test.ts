import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { hasChromium, openReport, type BrowserRun } from './browser.ts';
import { fixtureMeta, fixtureTables, readAssets, XSS_AUTHOR, XSS_TEXT } from './fixture.ts';

if (!hasChromium) console.warn('Skipping browser tests: /usr/bin/chromium is absent (apt-get install chromium).');

describe.skipIf(!hasChromium)('report in headless Chromium', () => {
  let run: BrowserRun | null = null;
  const opened = async (): Promise<BrowserRun> => {
    if (!run) {
      const { html } = buildReport({ tables: fixtureTables(), meta: fixtureMeta(), assets: readAssets() });
      run = await openReport(html, { screenshotPath: process.env.REPORT_SCREENSHOT || undefined });
    }
    return run;
  };

  it('renders every chart with drawn marks', async () => {
    const r = await opened();
    expect(r.charts.length).toBe(19);
    for (const chart of r.charts) expect({ id: chart.id, rendered: chart.rendered, error: chart.error, hasMarks: chart.marks > 0 }).toEqual({ id: chart.id, rendered: true, error: false, hasMarks: true });
  });

  it('logs no console errors and throws no page errors', async () => {
    const r = await opened();
    expect(r.consoleErrors).toEqual([]);
    expect(r.pageErrors).toEqual([]);
  });

  it('makes no request beyond the file itself', async () => {
    expect((await opened()).outsideRequests).toEqual([]);
  });

  it('runs none of the hostile comment: no global set, no dialog', async () => {
    const r = await opened();
    expect(r.pwned).toBeUndefined();
    expect(r.dialogs).toEqual([]);
  });

  it('shows the hostile comment text and name as text', async () => {
    const r = await opened();
    expect(r.bodyText).toContain(XSS_TEXT);
    expect(r.bodyText).toContain(XSS_AUTHOR);
  });
});
