// Search: the index written by copsite build, read by search.js in a real
// browser, over the shipped content.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const hitTitles = (page, list = '#search-results') =>
  page.locator(`${list} .search-hit-title a`).allTextContents();

async function searchFor(page, site, query) {
  await page.goto(site.url('search/'));
  await page.locator('#search-query').fill(query);
  await page.locator('#search-status').filter({ hasText: /result/ }).waitFor();
  return hitTitles(page);
}

test('search finds a case study by a word that only its body uses', async ({ page, site }) => {
  const titles = await searchFor(page, site, 'eighth');
  assert.ok(titles.includes('Safer Internet Day around the world'), `hits: ${titles}`);
  const hit = page.locator('.search-hit', { hasText: 'Safer Internet Day around the world' });
  assert.equal(await hit.locator('.badge').textContent(), 'Case study', 'each hit says what kind it is');
  assert.match(await hit.locator('.search-hit-snippet').textContent(), /INSAFE/, 'and shows a snippet');
});

test('search matches word prefixes and ranks title hits first', async ({ page, site }) => {
  const titles = await searchFor(page, site, 'safer intern');
  assert.equal(titles[0], 'Safer Internet Day around the world');
  assert.ok(titles.length > 1, 'body hits follow the title hit');
});

test('search is accent-insensitive both ways: "turkiye" and "Türkiye" find Türkiye', async ({ page, site }) => {
  for (const query of ['turkiye', 'Türkiye', 'TURK']) {
    const titles = await searchFor(page, site, query);
    assert.equal(titles[0], 'Türkiye', `first hit for ${query}: ${titles}`);
  }
});

test('the result count is announced in a live region and the query is kept in the address', async ({ page, site }) => {
  await searchFor(page, site, 'hotline');
  const status = page.locator('#search-status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  const count = await page.locator('#search-results > li').count();
  assert.match(await status.textContent(), new RegExp(`^${count} results? for “hotline”$`));
  assert.match(page.url(), /\/search\/\?q=hotline$/);
  await page.reload();
  await page.locator('#search-status').filter({ hasText: /result/ }).waitFor();
  assert.equal(await page.locator('#search-query').inputValue(), 'hotline');
  assert.equal(await page.locator('#search-results > li').count(), count, 'reloading shows the same results');
  await page.locator('#search-query').fill('zzzqqq');
  await page.locator('#search-status').filter({ hasText: 'No results' }).waitFor();
});

test('other pages load the index only when the header box is first used, then answer as you type', async ({ page, site }) => {
  const loaded = [];
  page.on('request', (r) => { if (r.url().endsWith('search-index.json')) loaded.push(r.url()); });
  await page.goto(site.url(''));
  await page.waitForLoadState('networkidle');
  assert.equal(loaded.length, 0, 'the home page does not download the search index');
  await page.locator('#site-search').focus();
  await page.waitForResponse((r) => r.url().endsWith('search-index.json'));
  await page.locator('#site-search').fill('safer');
  const panel = page.locator('#site-search-results');
  await panel.locator('.search-hit').first().waitFor();
  assert.ok((await hitTitles(page, '#site-search-results')).includes('Safer Internet Day around the world'));
  await page.keyboard.press('Escape');
  assert.ok(await panel.isHidden(), 'Escape closes the results');
});

test('without JavaScript the search page says so and offers the indexes', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(site.url('search/?q=safer'));
    assert.ok(await page.locator('[data-search-needs-js]').isVisible());
    const links = await page.locator('.search-browse a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const index of ['/countries/', '/case-studies/', '/meetings/', '/guidelines/', '/partners/'])
      assert.ok(links.includes(index), `links to ${index}`);
  } finally {
    await context.close();
  }
});
