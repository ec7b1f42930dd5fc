// Three phones in real headless Chromium answer one question of a session run by the real
// binary (`present --phones --headless`, keys on its standard input): they join with the
// code, tap "B", "B", "A" by their visible names, the app's tally reads B = 2, A = 1 (its
// `status` line and the `--results` CSV), and the reveal reaches every phone.
// Only 127.0.0.1: the server is bound there and every request is checked. Uses the shared
// harness (lib/browser.js: Debian's Chromium, the same flags as every browser test).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { launch, watch, available } = require('../lib/browser');

const ROOT = path.resolve(__dirname, '../../..');

/** One phone: a fresh browser context (its own cookie) at 390×844, touch, French. */
async function phone() {
  const browser = await launch({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const seen = await watch(page);
  return { page, seen, close: () => browser.close() };
}
const BIN = path.join(ROOT, 'target/debug/atelier-quiz');

const QUIZ = {
  format: 'atelier-quiz',
  version: 1,
  title: 'Essai des téléphones',
  language: 'fr',
  license: 'CC0-1.0',
  levels: [{ id: 'l1', name: 'Niveau un' }],
  questions: [{
    id: 'q1',
    level: 'l1',
    type: 'single_choice',
    prompt: 'Quelle touche ouvre le menu des réglages ?',
    choices: [
      { text: 'La roue dentée', correct: false },
      { text: 'La loupe', correct: true },
      { text: 'Le haut-parleur', correct: false },
    ],
    explanation: 'La loupe cherche ; ici elle sert de bonne réponse pour le test.',
  }],
};

function session(dir) {
  const file = path.join(dir, 'essai.quiz.json');
  fs.writeFileSync(file, JSON.stringify(QUIZ));
  const results = path.join(dir, 'resultats.csv');
  const child = spawn(BIN, ['present', file, '--phones', '--bind', '127.0.0.1', '--port', '0',
    '--headless', '--results', results, '--lang', 'fr'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => {
    const i = waiting.findIndex((w) => w.test(line));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(line);
  });
  const line = (test) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${test}`)), 15000);
    waiting.push({ test: (l) => test.test(l), resolve: (l) => { clearTimeout(timer); resolve(l); } });
  });
  const key = (k) => child.stdin.write(`${k}\n`);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, line, key, exited, results };
}

test('three phones answer B, B, A and the tally reads B = 2, A = 1', { timeout: 90000, skip: !available() }, async () => {
  assert.ok(fs.existsSync(BIN), `${BIN} is built by cargo build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aq-phones-'));
  const s = session(dir);
  const phones = [];
  try {
    const joinLine = await s.line(/http:\/\/127\.0\.0\.1:\d+\/ \(code \d{4}\)/);
    const [, url, code] = joinLine.match(/(http:\/\/127\.0\.0\.1:\d+\/) \(code (\d{4})\)/);
    for (let i = 0; i < 3; i += 1) phones.push(await phone());
    for (const p of phones) {
      await p.page.goto(url);
      await p.page.getByLabel('Code de la séance').fill(code);
      await p.page.getByRole('button', { name: 'Rejoindre' }).click();
      await p.page.getByText('Vous êtes connecté').waitFor({ timeout: 10000 }).catch(async (e) => {
        throw new Error(`${e.message}\npage: ${await p.page.locator('body').innerText()}\n${JSON.stringify(p.seen.errors)}`);
      });
    }
    if (process.env.ATELIER_SHOTS) await phones[0].page.screenshot({ path: path.join(process.env.ATELIER_SHOTS, 'phone-waiting.png') });
    s.key('next'); // the prompt
    s.key('next'); // the answers
    const taps = ['B', 'B', 'A'];
    for (let i = 0; i < 3; i += 1) {
      const page = phones[i].page;
      const button = page.getByRole('button', { name: new RegExp(`^${taps[i]} `) });
      await button.waitFor();
      await button.click();
      await page.getByText('Réponse envoyée').waitFor();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
    }
    if (process.env.ATELIER_SHOTS) await phones[0].page.screenshot({ path: path.join(process.env.ATELIER_SHOTS, 'phone-question.png') });
    // The presenter's own tally (original order: roue dentée, loupe, haut-parleur).
    let status = null;
    for (let tries = 0; tries < 50; tries += 1) {
      s.key('status');
      status = JSON.parse(await s.line(/^\{"answered"/));
      if (status.answered === 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(status.counts, [1, 2, 0], JSON.stringify(status));
    assert.equal(status.connected, 3);
    s.key('next'); // the reveal
    await phones[0].page.getByText('Bonne réponse !').first().waitFor();
    await phones[1].page.getByText('Bonne réponse !').first().waitFor();
    await phones[2].page.getByText('Pas tout à fait.').waitFor();
    await phones[2].page.getByText('La loupe cherche').waitFor();
    if (process.env.ATELIER_SHOTS) await phones[0].page.screenshot({ path: path.join(process.env.ATELIER_SHOTS, 'phone-reveal.png') });
    for (const p of phones) {
      assert.deepEqual(p.seen.errors, []);
      assert.deepEqual(p.seen.csp, []);
      assert.deepEqual(p.seen.cspConsole(), []);
      const outside = [...p.seen.requests, ...p.seen.devtools].filter((u) => !u.startsWith(url));
      assert.deepEqual(outside, [], 'only the laptop, only 127.0.0.1');
    }
    s.key('quit');
    assert.equal(await s.exited, 0);
    const csv = fs.readFileSync(s.results, 'utf8');
    assert.match(csv, /La roue dentée : 1 \| La loupe : 2 \| Le haut-parleur : 0/);
  } finally {
    for (const p of phones) await p.close();
    if (s.child.exitCode === null) s.child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
