import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
const [path, field, value, root = 'build-dbg'] = process.argv.slice(2);
const { url, server } = await serve({ root });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const agg = new Map(); const aggSelf = new Map(); let total = 0;
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(url + path, { waitUntil: 'networkidle' });
await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
await page.waitForTimeout(500);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const ms = await page.evaluate(async ({ field, value }) => {
  const input = document.querySelector(field);
  const start = performance.now();
  input.value = value; input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - start;
}, { field, value });
const { profile: p } = await cdp.send('Profiler.stop');
console.log('keystroke+frame', ms.toFixed(1), 'ms');
const byId = new Map(p.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
p.samples.forEach((id, i) => { const t = p.timeDeltas[i] || 0; const n0 = byId.get(id); if (['(idle)','(program)'].includes(n0.callFrame.functionName)) return; total += t; const k0 = `${n0.callFrame.functionName || '(anon)'} ${n0.callFrame.url.split('/').pop()}:${n0.callFrame.lineNumber}`; aggSelf.set(k0, (aggSelf.get(k0) || 0) + t); const seen = new Set(); let cur = id; while (cur !== undefined) { const n = byId.get(cur); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); agg.set(k, (agg.get(k) || 0) + t); } cur = parent.get(cur); } });
await context.close();
}
console.log('busy ms (3 runs)', (total / 1000).toFixed(1));
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((t / 3000).toFixed(1).padStart(6), 'incl', ((aggSelf.get(k) || 0) / 3000).toFixed(1).padStart(6), 'self', k);
await browser.close(); server.close();
