import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
const cases = [['/retribution','#employerMonthlyAmount','700'],['/vacances','#fullTimeHoursPerWeek','40'],['/stage-insertion','#requestDate','20/07/2028'],['/horaires','#centreHoursPerWeek','20'],['/contrat','#signingDate','26/08/2025'],['/allocations-familiales','#month','10/2027']];
const { url, server } = await serve({ root: 'build' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [path, field, value] of cases) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
    await page.waitForTimeout(300);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    times.push(await page.evaluate(async ({ field, value, path }) => {
      const input = document.querySelector(field);
      const target = document.querySelector(path === '/allocations-familiales' ? '#month-title' : '[data-testid="answer"]');
      const before = target.textContent;
      const changed = new Promise((r) => new MutationObserver(() => target.textContent !== before && r()).observe(target, { subtree: true, childList: true, characterData: true }));
      const start = performance.now();
      input.value = value; input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed; await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - start;
    }, { field, value, path }));
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(path.padEnd(26), times.map((t) => t.toFixed(0)).join(' '), 'median', times[2].toFixed(1));
}
await browser.close(); server.close();
