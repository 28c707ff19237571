// Measures the report on archive-sized synthetic tables: build time, page size, time until interactive in
// headless Chromium. Run: TZ=America/New_York npx tsx test/report/measure-synthetic.ts [screenshot.png]
import { buildReport } from '../../src/report/build.ts';
import { hasChromium, openReport } from './browser.ts';
import { fixtureMeta, readAssets } from './fixture.ts';
import { syntheticTables } from './synthetic.ts';

const tables = syntheticTables();
const assets = readAssets();
buildReport({ tables, meta: fixtureMeta(), assets });
const t0 = performance.now();
const { html, specs } = buildReport({ tables, meta: fixtureMeta(), assets });
const buildMs = Math.round(performance.now() - t0);
console.log(`build ${buildMs} ms, html ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB, ${Object.keys(specs).length} specs`);
if (hasChromium) {
  const run = await openReport(html, { screenshotPath: process.argv[2] });
  const bad = run.charts.filter((c) => !c.rendered || c.marks === 0).map((c) => c.id);
  console.log(`in page: DOMContentLoaded ${run.timing.domContentLoaded} ms, all charts drawn ${run.timing.chartsDrawn} ms; from goto: ${run.readyMs} ms (load to data-charts-ready, file:// navigation included); not drawn: ${bad.join(', ') || 'none'}; console errors ${run.consoleErrors.length}; requests ${run.outsideRequests.length}`);
}
