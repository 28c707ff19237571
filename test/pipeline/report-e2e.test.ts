import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, openReport } from '../report/browser.ts';
import { ROOT, runQuiet, tempWorkspace } from './helpers.ts';

describe.skipIf(!hasChromium)(`the report of a pipeline run, in headless Chromium (${CHROMIUM})`, () => {
  it('draws every chart with no errors and no requests, and hostile comments stay text', async () => {
    const ws = tempWorkspace(path.join(ROOT, 'test/fixtures/hostile'));
    try {
      await runQuiet({ input: ws.input, derived: ws.derived, report: ws.report, site: 'https://criticalmas.org' });
      const html = readFileSync(path.join(ws.report, 'report.html'), 'utf8');
      const run = await openReport(html);
      expect(run.pageErrors).toEqual([]);
      expect(run.consoleErrors).toEqual([]);
      expect(run.outsideRequests).toEqual([]);
      expect(run.dialogs).toEqual([]);
      expect(run.pwned).toBeUndefined();
      const drawn = run.charts.filter((c) => c.rendered);
      expect(drawn.length).toBeGreaterThan(0);
      for (const c of drawn) expect(c.marks, c.id).toBeGreaterThan(0);
      expect(run.bodyText).toContain(`<img src=x onerror="window.__pwned='name'">`);
      expect(run.bodyText).toContain("Hostile <script>window.__pwned = 'title'</script> comments");
      expect(html).not.toMatch(/<a [^>]*href="javascript:/i);
      expect(html).not.toMatch(/<img src="?x/i);
    } finally {
      rmSync(ws.dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(hasChromium)('the report in a browser', () => {
  it.skip(`skipped: ${CHROMIUM} is absent (apt-get install chromium)`, () => {});
});
