// Launching Debian's Chromium for a test: headless, no sandbox (root in CI), no network
// chatter of its own (no component updates, sync, first-run pages, QUIC), a fresh profile
// each time. playwright-core drives it over the DevTools protocol; it never downloads a
// browser (executablePath is Debian's).
//
// Shared by every browser test (the quiz page, the phone page): launch() gives a context,
// watch(page) records what a test asserts on (requests, console, errors, CSP reports,
// dialogs).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.ATELIER_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser is there; in CI (ATELIER_CI=1) its absence is a failure. */
function available() {
  if (fs.existsSync(EXECUTABLE)) return true;
  if (process.env.ATELIER_CI === '1') throw new Error(`${EXECUTABLE} is missing (apt-get install chromium)`);
  return false;
}

/** A fresh browser: `{context, close()}`. `options` go to the context (viewport, locale…). */
async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    ...options,
  });
  // A page that is broken shows in seconds, not in Playwright's 30 s per step.
  context.setDefaultTimeout(10000);
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records everything `page` asks of a network or a file (Playwright's request events and
 * the DevTools protocol's Network log), what it logs, its uncaught errors,
 * CSP violations (reported in the page by `securitypolicyviolation`, and in the console) and
 * dialogs (alert() from an injected handler would be one; each is dismissed). */
async function watch(page) {
  const seen = { requests: [], devtools: [], console: [], errors: [], csp: [], dialogs: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  // The DevTools protocol's own log too (every frame of the tab, below Playwright's layer).
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e) => seen.devtools.push(e.request.url));
  await cdp.send('Network.enable');
  page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  await page.exposeBinding('__aqCsp', (_source, text) => { seen.csp.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__aqCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  /** Requests other than the page itself and data:/blob: URLs it made from its own bytes. */
  seen.foreign = (pageUrl) => [...seen.requests, ...seen.devtools]
    .filter((u) => u !== pageUrl && !/^(data|blob):/.test(u));
  seen.cspConsole = () => seen.console.filter((l) => /Content Security Policy/i.test(l));
  return seen;
}

module.exports = { launch, watch, available, EXECUTABLE, ARGS };
