// Printing a country profile or a case study: the content with its addresses,
// without the header, its search box, the navigation or the footer.
import assert from 'node:assert/strict';
import { test } from '../lib/harness.mjs';

const printed = (page) =>
  page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0);
    const links = [...document.querySelectorAll('main a[href^="/"], main a[href^="http"]')].filter((a) => !a.closest('svg'));
    return {
      header: shown('.site-header'),
      search: shown('.header-search input'),
      nav: shown('.site-nav'),
      breadcrumbs: shown('.breadcrumbs'),
      footer: shown('.site-footer'),
      source: document.querySelector('.print-source') && getComputedStyle(document.querySelector('.print-source')).display !== 'none'
        ? document.querySelector('.print-source').textContent : null,
      canonical: document.querySelector('link[rel="canonical"]').href,
      links: links.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
    };
  });

for (const path of ['countries/pol/', 'case-studies/cop-mascot/']) {
  test(`printing ${path} shows the page's address and each link's, without the site chrome`, async ({ page, site }) => {
    await page.goto(site.url(path));
    const screen = await printed(page);
    assert.equal(screen.source, null, 'the page address line is for paper only');
    assert.ok(screen.header && screen.nav && screen.search);
    await page.emulateMedia({ media: 'print' });
    const paper = await printed(page);
    for (const part of ['header', 'search', 'nav', 'breadcrumbs', 'footer']) assert.equal(paper[part], false, `${part} is not printed`);
    assert.ok(paper.source && paper.source.endsWith(paper.canonical), `the address is printed: ${paper.source}`);
    assert.ok(paper.links.length > 3, 'the page has links');
    for (const l of paper.links) assert.equal(l.after, `"(" "${l.href}" ")"`.replace(/" "/g, ''), `${l.href} is printed after its link (${l.after})`);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10000, 'the page prints to PDF');
  });
}
