// The world map on /countries/: each shaded Member State is a link to its
// profile, for a pointer and for the keyboard.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const focusedMapLink = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || !e.closest('svg.world-map') || e.tagName.toLowerCase() !== 'a') return null;
    const shape = e.querySelector('path, circle');
    return {
      href: e.getAttribute('href'),
      code: e.getAttribute('data-code'),
      strokeWidth: parseFloat(getComputedStyle(shape).strokeWidth) || 0,
      restingStrokeWidth: parseFloat(getComputedStyle(document.querySelector('svg.world-map .map-land')).strokeWidth) || 0,
    };
  });

test('clicking a shaded country on the map opens its profile', async ({ page, site }) => {
  await page.goto(site.url('countries/'));
  const links = page.locator('svg.world-map a[href^="/countries/"]');
  assert.ok((await links.count()) >= 10, 'the map links every Member State with a profile');
  // Brazil is large enough that the middle of its box lies inside its shape.
  const brazil = page.locator('svg.world-map a[data-code="BRA"]');
  assert.match(await brazil.getAttribute('class'), /^map-l[1-3]$/, 'Brazil is shaded by its efforts');
  await brazil.click();
  await page.waitForURL(/\/countries\/bra\/$/);
  assert.match(await page.locator('main h1').textContent(), /Brazil/);
});

test('every shaded country on the map is a link to a profile that exists', async ({ page, site }) => {
  await page.goto(site.url('countries/'));
  const hrefs = await page.locator('svg.world-map a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const listed = await page.locator('main a[href^="/countries/"]:not(svg a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) {
    assert.match(h, /^\/countries\/[a-z]{3}\/$/);
    assert.ok(listed.includes(h), `${h} on the map is also a plain link on the page`);
    const r = await page.request.get(site.url(h.slice(1)));
    assert.equal(r.status(), 200, h);
  }
});

test('the keyboard reaches the map links, shows which one has focus, and Enter opens it', async ({ page, site }) => {
  await page.goto(site.url('countries/'));
  const total = await page.locator('svg.world-map a').count();
  let first = null;
  for (let i = 0; i < 60 && !first; i++) {
    await page.keyboard.press('Tab');
    first = await focusedMapLink(page);
  }
  assert.ok(first, 'a map link is reachable with Tab within 60 presses');
  assert.ok(first.strokeWidth > first.restingStrokeWidth, `the focused country is outlined (${first.strokeWidth} vs ${first.restingStrokeWidth})`);
  const seen = new Set([first.code]);
  for (let i = 1; i < total; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedMapLink(page);
    assert.ok(f, `Tab moves through all ${total} map links in turn (stopped after ${seen.size})`);
    seen.add(f.code);
  }
  assert.equal(seen.size, total, 'each map link is reached once');
  await page.keyboard.press('Shift+Tab');
  const target = await focusedMapLink(page);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`${target.href}$`));
  assert.equal(new URL(page.url()).pathname, target.href);
  assert.ok(await page.locator('main h1').isVisible());
});
