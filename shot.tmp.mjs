import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
for (const path of ['/employeur', '/calendrier']) {
  await page.goto('http://localhost:4173' + path);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot${path.replace('/', '-')}.png`, fullPage: true });
  console.log(path, (await page.getByTestId('answer').textContent()).trim());
}
console.log(errors);
await browser.close();
