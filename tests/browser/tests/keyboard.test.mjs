// Keyboard-only use: a reader who never touches a mouse reaches the skip
// link, the search box and the main content, and sees where the focus is.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e && { tag: e.tagName, id: e.id, cls: e.className, text: (e.textContent || '').trim(), type: e.type || '', inMain: !!e.closest('main') };
  });

const outlineWidth = (page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.activeElement).outlineWidth) || 0);

test('the first Tab reaches a visible skip link that moves focus to the main content', async ({ page, site }) => {
  await page.goto(site.url('countries/'));
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.cls, 'skip-link', `first Tab focused ${JSON.stringify(first)}`);
  const box = await page.locator('.skip-link').boundingBox();
  assert.ok(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen');
  assert.ok((await outlineWidth(page)) >= 2, 'the skip link shows a focus outline');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main', 'Enter on the skip link focuses <main>');
  await page.keyboard.press('Tab');
  const next = await focused(page);
  assert.ok(next.inMain, `the Tab after the skip link lands inside <main>, not on ${JSON.stringify(next)}`);
  assert.ok((await outlineWidth(page)) >= 2, 'the link in main shows a focus outline');
});

test('Tab reaches the search box in the header, and typing there opens the search page', async ({ page, site }) => {
  await page.goto(site.url(''));
  let reached = null;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'INPUT' && f.type === 'search') reached = f;
  }
  assert.ok(reached, 'the header search box is reachable with Tab within 15 presses');
  assert.ok((await outlineWidth(page)) >= 2, 'the search box shows a focus outline');
  await page.keyboard.type('safer');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=safer/);
  assert.ok(await page.locator('main h1').isVisible());
});
