// The one-file web quiz (issue 11 §1) in real headless Chromium, exported by the real binary
// and opened from file:// as a person opens an e-mail attachment. Every test also proves the
// page asked nothing of any network or file, broke no CSP rule, threw nothing and opened no
// dialog. Screenshots go to target/browser-shots/ to be looked at.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { launch, watch, available } = require('../lib/browser');
const app = require('../lib/app');
const axe = require('../lib/axe');
const drive = require('../lib/quiz_page');

if (!available()) {
  test('web page in Chromium', { skip: 'chromium is missing (not in CI)' }, () => {});
  return;
}

const SAMPLE_1 = 'naviguer-en-securite.quiz.json';
const SAMPLE_2 = 'premiers-pas-smartphone-courriel.quiz.json';
let dir;
let browser;
const pages = {};

before(async () => {
  dir = app.scratch();
  for (const [name, file] of [['sample1', SAMPLE_1], ['sample2', SAMPLE_2]]) {
    pages[name] = app.convert(path.join(app.REPO, 'quizzes', file), path.join(dir, `${name}.html`));
  }
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens `file` in a new tab of `ctx` (the shared browser by default), watched. */
async function open(file, ctx = browser.context) {
  const page = await ctx.newPage();
  const seen = await watch(page);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, seen, url };
}

/** Nothing but the page itself was requested, no CSP report, no error, no dialog. */
function assertClean({ seen, url }) {
  assert.deepEqual(seen.foreign(url), [], 'requests beyond the page');
  assert.ok(seen.devtools.includes(url), 'the DevTools log works: it saw the page itself');
  assert.deepEqual(seen.csp, [], 'CSP violations reported in the page');
  assert.deepEqual(seen.cspConsole(), [], 'CSP messages in the console');
  assert.deepEqual(seen.errors, [], 'uncaught errors');
  assert.deepEqual(seen.dialogs, [], 'dialogs');
}

async function assertAccessible(page, screen, found) {
  for (const v of await axe.violations(page)) found.push(`${screen}: ${v}`);
}

/** Plays a whole practice run of `quiz` on `page`, answering with `answer` (mouse or
 * keyboard); question n is answered right unless `wrong(n)`. Runs axe on the first question
 * of each type, before and after « Valider ». Returns the expected score. */
async function playAll(page, quiz, answer, wrong, a11y, shotPrefix) {
  const questions = drive.order(quiz);
  const seenTypes = new Set();
  let raw = 0;
  let max = 0;
  for (const [n, q] of questions.entries()) {
    await page.locator('p.progress').filter({ hasText: new RegExp(`^Question ${n + 1} (sur|of) `) }).waitFor();
    assert.equal(await page.locator('h1.prompt').textContent(), q.prompt);
    const first = !seenTypes.has(q.type);
    seenTypes.add(q.type);
    if (first && a11y) await assertAccessible(page, `${q.type} (question)`, a11y);
    const right = !wrong(n);
    await answer(page, q, right);
    const verdict = page.locator('p.verdict');
    await verdict.waitFor();
    if (!['poll', 'open'].includes(q.type)) {
      max += 1;
      if (right) raw += 1;
      assert.match(await verdict.textContent(), right ? /Bonne réponse|Right answer/ : /Pas tout à fait|Not quite/, `${q.id} (${q.type}) answered ${right ? 'right' : 'wrong'}`);
    }
    if (first && a11y) await assertAccessible(page, `${q.type} (answered)`, a11y);
    if (first && shotPrefix) await app.screenshot(page, `${shotPrefix}-${q.type}`, { fullPage: true });
    const next = page.getByRole('button', { name: /Question suivante|Voir le score|Next question|See the score/ });
    if (answer === drive.answerByKeyboard) {
      assert.match(await page.evaluate(() => document.activeElement.textContent), /Question suivante|Voir le score/, 'focus on the next button');
      await page.keyboard.press('Enter');
    } else {
      await next.click();
    }
  }
  assert.deepEqual([...seenTypes].sort(), ['hotspot', 'multiple_choice', 'open', 'ordering', 'poll', 'single_choice', 'true_false']);
  return { raw, max };
}

test("s'entraîner by mouse: every question type, score at the end, no axe violation", async () => {
  const opened = await open(pages.sample1);
  const { page } = opened;
  const a11y = [];
  await assertAccessible(page, 'first screen', a11y);
  await app.screenshot(page, 'home', { fullPage: true });
  await page.getByRole('button', { name: "S'entraîner" }).click();
  const quiz = app.sample(SAMPLE_1);
  const { raw, max } = await playAll(page, quiz, drive.answerByMouse, (n) => n % 3 === 2, a11y, 'study');
  const score = page.getByRole('heading', { level: 1 });
  assert.equal(await score.textContent(), `Votre score\u202f: ${raw} sur ${max}`);
  assert.ok(raw > 0 && raw < max, `a mixed run: ${raw}/${max}`);
  await assertAccessible(page, 'score', a11y);
  await app.screenshot(page, 'study-score');
  assert.deepEqual(a11y, [], 'axe (WCAG 2.2 AA) violations');
  assertClean(opened);
  await page.close();
});

test("s'entraîner by keyboard only: ordering with Monter, hotspot with the arrow keys", async () => {
  const opened = await open(pages.sample2);
  const { page } = opened;
  // From the top of the page, Tab until « S'entraîner » has the focus, then Enter.
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.textContent === "S'entraîner")) break;
  }
  await page.keyboard.press('Enter');
  const quiz = app.sample(SAMPLE_2);
  const { raw, max } = await playAll(page, quiz, drive.answerByKeyboard, () => false, null, null);
  assert.equal(raw, max);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Votre score\u202f: ${max} sur ${max}`);
  assertClean(opened);
  await page.close();
});

test('présenter: → Space PageDown go on, ← goes back, B blacks out, the reveal marks the answer', async () => {
  const opened = await open(pages.sample1);
  const { page } = opened;
  const a11y = [];
  await page.getByRole('button', { name: 'Présenter' }).click();
  const stage = page.locator('#aq-present');
  await stage.locator('h1.p-title').waitFor();
  const quiz = app.sample(SAMPLE_1);
  const q1 = drive.order(quiz)[0];
  await page.keyboard.press('ArrowRight');
  assert.equal(await stage.locator('h1.p-prompt').textContent(), q1.prompt);
  assert.equal(await stage.locator('.p-counter').textContent(), `Question 1 / ${quiz.questions.length}`);
  await assertAccessible(page, 'present prompt', a11y);
  await page.keyboard.press('Space');
  assert.equal(await stage.locator('li.p-answer').count(), q1.choices.length, 'answers step');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await stage.locator('li.p-answer').count(), 0, 'back to the prompt');
  await page.keyboard.press('PageDown');
  assert.equal(await stage.locator('li.p-answer').count(), q1.choices.length);
  await page.keyboard.press('b');
  assert.equal(await stage.locator('.p-black').count(), 1, 'black screen');
  assert.equal(await stage.locator('.p-slide').count(), 0);
  await page.keyboard.press('B');
  assert.equal(await stage.locator('li.p-answer').count(), q1.choices.length, 'same step after B');
  // Walk to the first question with a right answer to reveal (q1 is a poll: no reveal).
  const q2 = drive.order(quiz)[1];
  const counter = async () => ((await stage.locator('.p-counter').count()) ? stage.locator('.p-counter').textContent() : '');
  for (let i = 0; i < 10 && (await counter()) !== `Question 2 / ${quiz.questions.length}`; i += 1) {
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const right = stage.locator('li.p-answer.is-right');
  assert.equal(await right.count(), 1, `${q2.type} revealed`);
  assert.match(await right.textContent(), /bonne réponse/i, 'a word, not colour alone');
  assert.equal(await right.locator('svg').count() >= 2, true, 'shape and mark drawn');
  await assertAccessible(page, 'present reveal', a11y);
  await app.screenshot(page, 'present-reveal');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Présenter' }).waitFor();
  assert.deepEqual(a11y, []);
  assertClean(opened);
  await page.close();
});

test('Sources et crédits, and « Télécharger le quiz » gives the embedded quiz.json byte for byte', async () => {
  const opened = await open(pages.sample1);
  const { page } = opened;
  await page.getByRole('button', { name: 'Sources et crédits' }).click();
  const credits = page.locator('section.credits');
  await credits.waitFor();
  const quiz = app.sample(SAMPLE_1);
  for (const s of quiz.sources.filter((x) => x.title)) {
    assert.ok((await credits.textContent()).includes(s.title), `source ${s.title}`);
  }
  assert.match(await credits.textContent(), /Atkinson Hyperlegible/);
  const a11y = [];
  await assertAccessible(page, 'credits', a11y);
  assert.deepEqual(a11y, []);
  await app.screenshot(page, 'credits', { fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le quiz (Atelier Quiz)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'naviguer-en-securite.quiz.json');
  const got = fs.readFileSync(await download.path());
  // What the page embeds is what `atelier-quiz` writes for this quiz; it is the sample file
  // itself, byte for byte (the samples are saved by the app).
  const original = fs.readFileSync(path.join(app.REPO, 'quizzes', SAMPLE_1));
  assert.equal(Buffer.compare(got, original), 0, 'downloaded bytes differ from the quiz file');
  assertClean(opened);
  await page.close();
});

test('hostile quiz text stays text: no markup, no script, no dialog', async () => {
  const quiz = app.sample(SAMPLE_1);
  quiz.title = '</title><script>alert("title")</script>';
  const q = quiz.questions.find((x) => x.type === 'single_choice');
  q.prompt = '<img src=x onerror=alert(1)>';
  q.choices[0].text = '</script><script>alert(2)</script>';
  q.explanation = '<b onmouseover=alert(3)>gras</b>';
  quiz.questions = [q];
  const opened = await open(app.exportPage(dir, 'hostile', quiz));
  const { page } = opened;
  assert.equal(await page.locator('h1.title').textContent(), quiz.title);
  assert.equal(await page.title(), quiz.title);
  await page.getByRole('button', { name: "S'entraîner" }).click();
  assert.equal(await page.locator('h1.prompt').textContent(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> made of the prompt');
  assert.equal(await page.locator('#aq-app script, #aq-app b').count(), 0);
  await page.locator('label.choice').first().click();
  await page.getByRole('button', { name: 'Valider' }).click();
  assert.ok((await page.locator('.explanation').textContent()).includes('<b onmouseover=alert(3)>gras</b>'));
  assert.equal(await page.locator('script').count(), 4, 'the page has its 4 blocks, no more');
  await app.screenshot(page, 'hostile');
  assertClean(opened);
  await page.close();
});

test('English when the quiz says so, and when the browser says so', async () => {
  const quiz = app.sample(SAMPLE_2);
  quiz.language = 'en';
  const english = await open(app.exportPage(dir, 'english', quiz));
  assert.equal(await english.page.locator('html').getAttribute('lang'), 'en');
  await english.page.getByRole('button', { name: 'Practise' }).waitFor();
  await english.page.getByRole('button', { name: 'Sources and credits' }).waitFor();
  assertClean(english);
  await english.page.close();

  // A quiz in a language the page does not speak: the browser's language decides.
  quiz.language = 'de';
  const file = app.exportPage(dir, 'deutsch', quiz);
  const us = await launch({ locale: 'en-US' });
  try {
    const opened = await open(file, us.context);
    assert.equal(await opened.page.evaluate(() => navigator.language), 'en-US');
    await opened.page.getByRole('button', { name: 'Practise' }).waitFor();
    await opened.page.getByRole('button', { name: 'Present' }).waitFor();
    assertClean(opened);
  } finally {
    await us.close();
  }
  const fr = await open(file);
  await fr.page.getByRole('button', { name: "S'entraîner" }).waitFor();
  await fr.page.close();
});

test('phone (390×844): the first screen and a question fit the width', async () => {
  const phone = await launch({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const opened = await open(pages.sample2, phone.context);
    const { page } = opened;
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'no sideways scrolling on the first screen');
    await app.screenshot(page, 'phone-home');
    await page.getByRole('button', { name: "S'entraîner" }).tap();
    await page.locator('h1.prompt').waitFor();
    // The first hotspot, tapped: the image fits and the marker is reachable.
    const quiz = app.sample(SAMPLE_2);
    for (const q of drive.order(quiz)) {
      if (q.type === 'hotspot') break;
      await drive.answerByMouse(page, q, true);
      await page.getByRole('button', { name: /Question suivante/ }).click();
    }
    assert.ok(await fits(), 'no sideways scrolling on a hotspot question');
    await app.screenshot(page, 'phone-hotspot', { fullPage: true });
    const a11y = [];
    await assertAccessible(page, 'phone hotspot', a11y);
    assert.deepEqual(a11y, []);
    assertClean(opened);
  } finally {
    await phone.close();
  }
});

test('axe itself finds a violation where there is one (the harness can fail)', async () => {
  const page = await browser.context.newPage();
  await page.setContent('<html><body><img src="data:,"><button></button></body></html>');
  const found = await axe.violations(page);
  assert.ok(found.some((v) => v.startsWith('image-alt')), found.join('\n'));
  assert.ok(found.some((v) => v.startsWith('button-name')), found.join('\n'));
  await page.close();
});

test('présenter: every slide to the end and back, axe on each kind of slide and the black screen', async () => {
  const opened = await open(pages.sample2);
  const { page } = opened;
  const a11y = [];
  await page.getByRole('button', { name: 'Présenter' }).click();
  const stage = page.locator('#aq-present');
  await stage.locator('h1.p-title').waitFor();
  await assertAccessible(page, 'present title', a11y);
  await page.keyboard.press('b');
  await assertAccessible(page, 'present black', a11y);
  await page.keyboard.press('b');
  const kinds = new Set();
  let slides = 0;
  for (; slides < 200; slides += 1) {
    await page.keyboard.press('ArrowRight');
    const title = stage.locator('h1.p-title');
    if ((await title.count()) && (await title.textContent()) === 'Merci\u202f!') break;
    const q = await stage.locator('.p-counter').textContent();
    const kind = [
      (await stage.locator('.p-explain').count()) ? 'explain' : null,
      (await stage.locator('.is-right, .p-reveal').count()) ? 'reveal' : null,
      (await stage.locator('li.p-answer').count()) ? 'answers' : 'prompt',
      (await stage.locator('.hotspot-frame').count()) ? 'hotspot' : null,
    ].filter(Boolean).join('+');
    if (!kinds.has(kind)) {
      kinds.add(kind);
      await assertAccessible(page, `present ${q} ${kind}`, a11y);
    }
  }
  assert.ok(slides > 22 * 2 && slides < 200, `${slides} slides`);
  await assertAccessible(page, 'present end', a11y);
  await app.screenshot(page, 'present-end');
  // PageUp goes back from the end screen to the last question.
  await page.keyboard.press('PageUp');
  assert.match(await stage.locator('.p-counter').textContent(), /^Question 22 \/ 22$/);
  assert.deepEqual(a11y, []);
  assertClean(opened);
  await page.close();
});

test('ordering by dragging a row with the mouse', async () => {
  const opened = await open(pages.sample1);
  const { page } = opened;
  await page.getByRole('button', { name: "S'entraîner" }).click();
  const quiz = app.sample(SAMPLE_1);
  for (const q of drive.order(quiz)) {
    if (q.type === 'ordering') break;
    await drive.answerByMouse(page, q, true);
    await page.getByRole('button', { name: /Question suivante/ }).click();
  }
  const rows = page.locator('ol.ordering li');
  const before = await page.locator('ol.ordering .answer-text').allTextContents();
  const last = before.length - 1;
  await rows.nth(last).dragTo(rows.nth(0));
  const after = await page.locator('ol.ordering .answer-text').allTextContents();
  assert.equal(after[0], before[last], `dragged to the top: ${after}`);
  assert.deepEqual([...after].sort(), [...before].sort());
  assertClean(opened);
  await page.close();
});
