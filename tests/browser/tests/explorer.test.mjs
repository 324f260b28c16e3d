// The case-study explorer on the case-studies index.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const status = (page) => page.locator('#explorer-status').textContent();
const cardCount = (page) => page.locator('#explorer-results > li').count();

test('a filter narrows the explorer, and reloading its address reproduces the view', async ({ page, site }) => {
  await page.goto(site.url('case-studies/'));
  await page.locator('#explorer-status').filter({ hasText: /^All \d+ case studies/ }).waitFor();
  const all = await cardCount(page);
  assert.ok(all > 5, `all case studies listed (${all})`);

  await page.locator('summary', { hasText: 'Theme' }).click();
  const theme = page.getByLabel(/^Awareness raising \(\d+\)$/);
  const label = await page.locator('label[for^="filter-theme-"]', { hasText: 'Awareness raising' }).textContent();
  const expected = Number(label.match(/\((\d+)\)/)[1]);
  await theme.check();
  await page.locator('#explorer-status').filter({ hasText: 'match the filters' }).waitFor();
  const narrowed = await cardCount(page);
  assert.ok(narrowed > 0 && narrowed < all, `theme filter: ${narrowed} of ${all}`);
  assert.equal(narrowed, expected, 'the count beside the value is what the filter gives');
  assert.match(await status(page), new RegExp(`^${narrowed} of ${all} case studies`));
  // The static theme page lists the same case studies.
  const themePage = await page.context().newPage();
  await themePage.goto(site.url('themes/awareness-raising/'));
  assert.equal(await themePage.locator('main .cards > li').count(), narrowed);
  await themePage.close();

  await page.locator('summary', { hasText: 'Audience' }).click();
  await page.getByLabel(/^Children \(\d+\)$/).check();
  await page.waitForURL(/\?theme=awareness-raising&audience=children$/);
  const both = await cardCount(page);
  assert.ok(both <= narrowed, 'a second filter narrows further');
  const titles = await page.locator('#explorer-results h3').allTextContents();

  await page.reload();
  await page.locator('#explorer-status').filter({ hasText: 'match the filters' }).waitFor();
  assert.deepEqual(await page.locator('#explorer-results h3').allTextContents(), titles);
  assert.ok(await page.getByLabel(/^Awareness raising/).isChecked());
  assert.ok(await page.getByLabel(/^Children \(/).isChecked());
  // No shipped case study records an evaluation yet: a filter with nothing to find is not offered.
  assert.ok(await page.locator('summary', { hasText: 'Evaluation' }).isHidden());

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  assert.equal(await cardCount(page), all);
  assert.match(page.url(), /\/case-studies\/$/);
});

test('without JavaScript every filter value is a link to its own page', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.url('case-studies/'));
    const hrefs = await page.locator('.explorer .facet a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 10);
    for (const h of hrefs) assert.match(h, /^\/(themes|guidelines|regions|countries|case-studies\/(audience|scope|year|evaluation))\/[^/]+\/$/);
    for (const h of hrefs.slice(0, 5)) {
      const r = await page.request.get(site.url(h.slice(1)));
      assert.equal(r.status(), 200, h);
    }
  } finally {
    await context.close();
  }
});
