// Explorer timing in headless Chromium (Debian's chromium, driven by playwright-core).
// usage: node explorer.mjs BASE_URL KEYS_FILE RUNS TARGET_NODES [QUERY]
// For each of RUNS researchers (the most cited first): opens /researchers/{key}/graph[QUERY] ("?limit=50": up to 50
// neighbours of each kind in the first slice and every expansion), times navigation start ->
// the first slice drawn and interactive (data-state="ready"), then expands the nearest unexpanded nodes one at a
// time, timing each click -> its slice drawn, until the graph holds TARGET_NODES nodes. Prints one line per run:
// "RUN first_ms nodes expansions last_expansion_ms" and a summary of the expansions at >= TARGET_NODES * 0.8 nodes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.PLAYWRIGHT_CORE_DIR + '/');
const { chromium } = require('playwright-core');
const [base, keysFile, runs = '10', target = '200', query = ''] = process.argv.slice(2);
const keys = readFileSync(keysFile, 'utf8').split('\n').filter(Boolean).slice(0, Number(runs));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const firsts = [];
const firstSizes = [];
const large = [];
for (const key of keys) {
  await page.goto(`${base}/researchers/${key}/graph${query}`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-state="ready"]', { timeout: 30000 });
  const first = await page.evaluate(() => performance.now());
  firsts.push(first);
  firstSizes.push(await page.evaluate(() => window.peerscopeGraph.cy.nodes().length));
  let expansions = 0;
  let last = 0;
  for (;;) {
    const nodes = await page.evaluate(() => window.peerscopeGraph.cy.nodes().length);
    if (nodes >= Number(target) || expansions >= 80) {
      console.log(`RUN ${key} first ${first.toFixed(0)} ms, ${nodes} nodes after ${expansions} expansions, last ${last.toFixed(0)} ms`);
      break;
    }
    // The next node to open: an unexpanded one, most connected first.
    const elapsed = await page.evaluate(async () => {
      const cy = window.peerscopeGraph.cy;
      const candidates = cy.nodes().filter((n) => !n.data('expanded') && !n.data('focus'));
      if (candidates.length === 0) return -1;
      const next = candidates.sort((a, b) => b.degree() - a.degree())[0];
      const started = performance.now();
      await window.peerscopeGraph.expand(next.id());
      // Interactive: the layout has run and the browser has painted the new frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - started;
    });
    if (elapsed < 0) break;
    expansions++;
    last = elapsed;
    const nodesNow = await page.evaluate(() => window.peerscopeGraph.cy.nodes().length);
    if (nodesNow >= Number(target) * 0.8) large.push(elapsed);
  }
}
await browser.close();
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
};
console.log(`FIRST p50 ${pct(firsts, 0.5).toFixed(0)} p95 ${pct(firsts, 0.95).toFixed(0)} n ${firsts.length} nodes ${pct(firstSizes, 0.5)}`);
console.log(`LARGE p50 ${pct(large, 0.5).toFixed(0)} p95 ${pct(large, 0.95).toFixed(0)} n ${large.length}`);
