// From a 320 px phone to a wide screen, in light and dark: nothing pushes the
// page sideways, and the wide timeline chart scrolls inside its own labelled,
// focusable region instead.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const PAGES = ['', 'countries/', 'meetings/', 'countries/pol/', 'case-studies/cop-mascot/', 'case-studies/', 'meetings/cwg-cop-16/', 'search/'];

// Elements whose right edge passes the viewport, outside the regions meant to scroll.
const overflow = (page) =>
  page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll('body *')) {
      const r = e.getBoundingClientRect();
      if (r.width && r.right > w + 1 && !e.closest('.chart-scroll, table, .visually-hidden, .skip-link'))
        out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width: w, out: out.slice(0, 5) };
  });

for (const scheme of ['light', 'dark']) {
  test(`at 320 px in the ${scheme} scheme no page is wider than the screen`, async ({ browser, site }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: scheme });
    try {
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(site.url(path));
        const o = await overflow(page);
        assert.equal(o.scrollWidth, o.width, `/${path} scrolls sideways: ${o.out.join(', ')}`);
        assert.deepEqual(o.out, [], `/${path}`);
      }
    } finally {
      await context.close();
    }
  });
}

test('the dark scheme gives a dark page with light text', async ({ browser, site }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  try {
    const page = await context.newPage();
    await page.goto(site.url('countries/pol/'));
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, s.color];
    });
    const lum = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) / 3;
    assert.ok(lum(bg) < 60 && lum(fg) > 180, `background ${bg}, text ${fg}`);
  } finally {
    await context.close();
  }
});

test('at 320 px the timeline scrolls inside a labelled region the keyboard can focus and scroll', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  try {
    const page = await context.newPage();
    await page.goto(site.url('meetings/'));
    const region = page.locator('.chart-scroll');
    assert.equal(await region.getAttribute('role'), 'region');
    assert.ok((await region.getAttribute('aria-label')).length > 5, 'the region has a name');
    assert.equal(await region.getAttribute('tabindex'), '0');
    const { scroll, client } = await region.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    assert.ok(scroll > client, `the chart is wider than the region (${scroll} > ${client})`);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.chart-scroll').scrollLeft > 0);
  } finally {
    await context.close();
  }
});
