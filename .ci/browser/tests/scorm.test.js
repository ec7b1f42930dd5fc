// The SCORM 1.2 package (issue 11 §2) in real headless Chromium: `atelier-quiz convert IN
// OUT.zip --to scorm`, unzipped, its page framed by a mock LMS page on 127.0.0.1 that offers
// the SCORM 1.2 API and records each call. The status and the score must reach it; the same
// page opened alone (no API) must work unchanged.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { launch, watch, available } = require('../lib/browser');
const { serve } = require('../lib/serve');
const app = require('../lib/app');
const drive = require('../lib/quiz_page');

if (!available()) {
  test('SCORM package in Chromium', { skip: 'chromium is missing (not in CI)' }, () => {});
  return;
}

const SAMPLE = 'naviguer-en-securite.quiz.json';
let dir;
let browser;
let server;

before(async () => {
  dir = app.scratch('aq-scorm-');
  const zip = app.convert(path.join(app.REPO, 'quizzes', SAMPLE), path.join(dir, 'cours.zip'), 'scorm');
  const unpacked = path.join(dir, 'lms');
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, unpacked]);
  assert.deepEqual(fs.readdirSync(unpacked).sort(), ['imsmanifest.xml', 'index.html']);
  fs.copyFileSync(path.join(__dirname, '..', 'lib', 'mock_lms.html'), path.join(unpacked, 'lms.html'));
  fs.copyFileSync(path.join(__dirname, '..', 'lib', 'nested_frame.html'), path.join(unpacked, 'nested.html'));
  server = await serve(unpacked);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Plays the whole practice run in `root` (page or frame); question n right unless wrong(n). */
async function playAll(page, root, wrong, fromHome = true) {
  const quiz = app.sample(SAMPLE);
  let raw = 0;
  let max = 0;
  if (fromHome) await root.getByRole('button', { name: "S'entraîner" }).click();
  for (const [n, q] of drive.order(quiz).entries()) {
    await root.locator('p.progress').filter({ hasText: new RegExp(`^Question ${n + 1} (sur|of) `) }).waitFor();
    await drive.answerByMouse(page, q, !wrong(n), root);
    if (drive.scores(q, true)) { max += 1; if (!wrong(n)) raw += 1; }
    await root.getByRole('button', { name: /Question suivante|Voir le score/ }).click();
  }
  await root.locator('section.score').waitFor();
  return { raw, max };
}

test('in a mock LMS frame: initialize, incomplete, then score and status reach the API, finish on leaving', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  await page.goto(`${server.url}lms.html`);
  const frame = page.frameLocator('#sco');
  await frame.getByRole('button', { name: "S'entraîner" }).waitFor();
  const { raw, max } = await playAll(page, frame, (n) => n % 4 === 3);
  await frame.locator('p.scorm-note').filter({ hasText: 'transmis à la plateforme' }).waitFor();
  // Screen readers hear it too: the live region says the score, then that it was sent.
  await frame.locator('#aq-live').filter({ hasText: /^Votre score\u202f: \d+ sur \d+ Votre résultat a été transmis/ }).waitFor();
  await app.screenshot(page, 'scorm-lms-score');
  // A second, weaker run (all wrong): the better result stays.
  const before = (await page.evaluate(() => window.calls)).length;
  await frame.getByRole('button', { name: 'Recommencer' }).click();
  await playAll(page, frame, () => true, false);
  await frame.locator('p.scorm-note').waitFor();
  const again = (await page.evaluate(() => window.calls)).slice(before);
  assert.deepEqual(again.filter((c) => c[0] === 'LMSSetValue'), [], 'nothing replaced by the weaker run');
  assert.ok(again.some((c) => c[0] === 'LMSCommit'));
  // Leaving the module (the LMS closes its frame): LMSFinish, once.
  await page.evaluate(() => document.getElementById('sco').remove());
  const calls = await page.evaluate(() => window.calls);
  const values = await page.evaluate(() => window.values);
  const names = calls.map((c) => c[0]);
  assert.deepEqual(calls[0], ['LMSInitialize', '']);
  assert.equal(names.filter((n) => n === 'LMSInitialize').length, 1);
  const sets = calls.filter((c) => c[0] === 'LMSSetValue').map((c) => `${c[1]}=${c[2]}`);
  assert.equal(sets[0], 'cmi.core.lesson_status=incomplete', 'incomplete when the run begins');
  const percent = Math.round((100 * raw) / max);
  for (const expected of ['cmi.core.score.min=0', 'cmi.core.score.max=100', `cmi.core.score.raw=${percent}`, `cmi.core.lesson_status=${percent >= 50 ? 'passed' : 'failed'}`]) {
    assert.ok(sets.includes(expected), `${expected} in ${sets.join(', ')}`);
  }
  assert.match(values['cmi.core.session_time'], /^\d{4}:\d{2}:\d{2}$/);
  const lastScore = names.lastIndexOf('LMSSetValue');
  assert.ok(names.indexOf('LMSCommit', names.indexOf('LMSSetValue', 1)) > 0, 'committed');
  assert.deepEqual(names.slice(-1), ['LMSFinish'], 'LMSFinish last');
  assert.ok(lastScore < names.length - 1);
  assert.equal(names.filter((n) => n === 'LMSFinish').length, 1);
  // The page asked nothing of the network but itself (the LMS page is the test's).
  const own = seen.requests.filter((u) => !/^(data|blob):/.test(u));
  assert.deepEqual(own, [`${server.url}lms.html`, `${server.url}index.html`]);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.csp, []);
  assert.deepEqual(seen.cspConsole(), []);
  await page.close();
});

test('an LMS refusing the values: the page says the result was not accepted', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  await page.goto(`${server.url}lms.html?refuse=1`);
  const frame = page.frameLocator('#sco');
  await frame.getByRole('button', { name: "S'entraîner" }).waitFor();
  await playAll(page, frame, () => false);
  await frame.locator('p.scorm-note').filter({ hasText: "n'a pas accepté" }).waitFor();
  assert.deepEqual(seen.errors, []);
  await page.close();
});

/** The SCORM values set, as `name=value`, from the LMS page's record. */
async function setValues(lms) {
  const calls = await lms.evaluate(() => window.calls);
  return calls.filter((c) => c[0] === 'LMSSetValue').map((c) => `${c[1]}=${c[2]}`);
}

test('the API two frames up (an LMS frameset) is found', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  await page.goto(`${server.url}lms.html?frame=nested.html`);
  const frame = page.frameLocator('#sco').frameLocator('#inner');
  await frame.getByRole('button', { name: "S'entraîner" }).waitFor();
  await playAll(page, frame, () => false);
  await frame.locator('p.scorm-note').filter({ hasText: 'transmis' }).waitFor();
  const sets = await setValues(page);
  assert.ok(sets.includes('cmi.core.score.raw=100') && sets.includes('cmi.core.lesson_status=passed'), sets.join(', '));
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('in a window the LMS opened: the API is found on the opener, LMSFinish when it closes', async () => {
  const lms = await browser.context.newPage();
  await lms.goto(`${server.url}lms.html?popup=1`);
  const [popup] = await Promise.all([lms.waitForEvent('popup'), lms.getByRole('button', { name: 'Ouvrir le module' }).click()]);
  const seen = await watch(popup);
  await popup.getByRole('button', { name: "S'entraîner" }).waitFor();
  await playAll(popup, popup, (n) => n % 2 === 1);
  await popup.locator('p.scorm-note').filter({ hasText: 'transmis' }).waitFor();
  const sets = await setValues(lms);
  assert.ok(sets.includes('cmi.core.lesson_status=incomplete'), sets.join(', '));
  assert.ok(sets.some((v) => /^cmi\.core\.score\.raw=\d+$/.test(v)), sets.join(', '));
  await popup.close({ runBeforeUnload: true });
  await lms.waitForFunction(() => window.calls.some((c) => c[0] === 'LMSFinish'));
  assert.deepEqual(seen.errors, []);
  await lms.close();
});

test('the package page alone (no LMS): works unchanged, no SCORM note, nothing requested', async () => {
  const page = await browser.context.newPage();
  const seen = await watch(page);
  const url = pathToFileURL(path.join(dir, 'lms', 'index.html')).href;
  await page.goto(url);
  const { raw, max } = await playAll(page, page, (n) => n % 2 === 0);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Votre score\u202f: ${raw} sur ${max}`);
  assert.equal(await page.locator('p.scorm-note').count(), 0);
  assert.deepEqual(seen.foreign(url), []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.csp, []);
  assert.deepEqual(seen.dialogs, []);
  await page.close();
});
