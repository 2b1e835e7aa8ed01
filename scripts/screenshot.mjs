// Takes the README's screenshot: the built extension in Chromium, demo data loaded, the fullest
// sheet open in a side-panel-sized window. Run: npm run build && node scripts/screenshot.mjs
import fs from 'node:fs';
import path from 'node:path';
import { launch, ROOT } from '../tests/e2e/harness.mjs';

const b = await launch({ lang: process.env.SHOT_LANG === 'en' ? 'en' : 'fr' });
try {
  const page = await b.openPanel();
  await page.setViewportSize({ width: 400, height: 1300 });
  const demo = page.getByRole('button', { name: /demo|démo/i });
  await demo.click();
  await page.locator('#sheet-results li').first().waitFor();
  // The sheet with the most contacts makes the fullest picture.
  const rows = page.locator('#sheet-results li');
  await rows
    .filter({ hasText: process.env.SHOT_SHEET ?? 'Boulangerie' })
    .first()
    .click()
    .catch(() => rows.first().click());
  await page.getByTestId('sheet').waitFor();
  await page
    .getByTestId('toast')
    .getByRole('button')
    .last()
    .click()
    .catch(() => {});
  await page.waitForTimeout(300);
  fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png'), fullPage: false });
  console.log('docs/screenshot.png written');
} finally {
  await b.close();
}
