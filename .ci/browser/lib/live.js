// A phones session of the real binary (`present --phones --headless --bind 127.0.0.1`, keys
// on its standard input, one JSON `status` line on demand) and phones in headless Chromium.
// Shared by the phone-page tests; every wait is bounded.
'use strict';

const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { launch, watch } = require('./browser');
const { BIN } = require('./app');

/** One phone: a fresh browser context (its own cookie) at 390×844, touch, French.
 * `init` (optional) runs in the page before its own scripts (to take an API away). */
async function phone(init) {
  const browser = await launch({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  if (init) await page.addInitScript(init);
  const seen = await watch(page);
  return { page, seen, close: () => browser.close() };
}

/** Starts the session on `quizFile`; `url`/`code` come from its first line (`ready()`). */
function session(quizFile, results) {
  const args = ['present', quizFile, '--phones', '--bind', '127.0.0.1', '--port', '0', '--headless', '--lang', 'fr'];
  if (results) args.push('--results', results);
  const child = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => {
    const i = waiting.findIndex((w) => w.test(line));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(line);
  });
  const line = (re) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${re}`)), 15000);
    waiting.push({ test: (l) => re.test(l), resolve: (l) => { clearTimeout(timer); resolve(l); } });
  });
  const key = (k) => child.stdin.write(`${k}\n`);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  async function ready() {
    const joinLine = await line(/http:\/\/127\.0\.0\.1:\d+\/ \(code \d{4}\)/);
    const [, url, code] = joinLine.match(/(http:\/\/127\.0\.0\.1:\d+\/) \(code (\d{4})\)/);
    return { url, code };
  }
  /** The `status` JSON once `check(status)` holds (asks again every 100 ms, 5 s at most). */
  async function status(check = () => true) {
    let last = null;
    for (let tries = 0; tries < 50; tries += 1) {
      key('status');
      last = JSON.parse(await line(/^\{"answered"/));
      if (check(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`status never matched: ${JSON.stringify(last)}`);
  }
  function stop() {
    if (child.exitCode === null) child.kill();
  }
  return { child, line, key, exited, ready, status, stop };
}

/** Joins `p` to the session with `code`; fails with the page's text when it does not. */
async function join(p, url, code) {
  await p.page.goto(url);
  await p.page.getByLabel('Code de la séance').fill(code);
  await p.page.getByRole('button', { name: 'Rejoindre' }).click();
  await p.page.getByText('Vous êtes connecté').waitFor({ timeout: 10000 }).catch(async (e) => {
    throw new Error(`${e.message}\npage: ${await p.page.locator('body').innerText()}\n${JSON.stringify(p.seen.errors)}`);
  });
}

module.exports = { phone, session, join, BIN: path.resolve(BIN) };
