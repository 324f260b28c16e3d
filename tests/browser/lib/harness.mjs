// The browser-test harness: builds the shipped content with the freshly built
// copsite into a temporary folder, serves it over HTTP from a tiny static
// server on 127.0.0.1, and runs the registered tests in Debian's Chromium
// through playwright-core. Every test gets a fresh browser context and fails
// on a JavaScript error, a console error (a CSP violation is one) or a request
// to any other origin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const tests = [];

// Registers a test: test('search finds …', async ({ page, site }) => { … }).
// `site.url('search/?q=x')` is the address of a page of the built site,
// `site.dir` the folder it was built into; `browser` opens other contexts
// (e.g. { javaScriptEnabled: false }).
export function test(name, fn) {
  tests.push({ name, fn });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function buildSite(copsite, root, dir) {
  execFileSync(copsite, ['build', '--root', root, '--out', dir, '--threads', '2'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Watches one page for what must never happen on the site.
function watch(page, origin) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`JavaScript error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:'))
      problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

export async function run({ copsite, root, files }) {
  const work = mkdtempSync(path.join(tmpdir(), 'copsite-browser-'));
  const siteDir = path.join(work, 'site');
  let server;
  let browser;
  let failed = 0;
  try {
    buildSite(copsite, root, siteDir);
    server = await startServer(siteDir);
    const site = { dir: siteDir, origin: server.origin, url: (p = '') => `${server.origin}/${p}` };
    for (const file of files) await import(path.resolve(file));
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    for (const { name, fn } of tests) {
      const started = Date.now();
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      page.setDefaultTimeout(10000);
      const problems = watch(page, server.origin);
      try {
        await fn({ page, context, site, browser });
        if (problems.length) throw new Error(problems.join('\n'));
        console.log(`ok - ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed += 1;
        console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    if (browser) await browser.close();
    if (server) await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${tests.length - failed} passed, ${failed} failed`);
  return failed === 0 && tests.length > 0;
}
