// Launching Debian's Chromium for the phone test: the same flags as the other browser tests
// (.ci/browser/ on the w11scorm branch): headless, no sandbox (root in CI), no network
// chatter of its own, a fresh profile each time. It never downloads a browser.
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

/** A fresh browser context (one phone: its own cookies). */
async function phone(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aq-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    ...options,
  });
  const page = context.pages()[0] || (await context.newPage());
  const seen = { errors: [], csp: [], outside: [] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:')) seen.outside.push(r.url()); });
  return {
    page,
    seen,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { phone, EXECUTABLE };
