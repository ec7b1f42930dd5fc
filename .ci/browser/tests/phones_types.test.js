// The phone page's other question types, in real headless Chromium against the real binary
// (`present --phones --headless`, 127.0.0.1 only), with tests/data/live/phones-types.quiz.json
// (our own text and picture): ordering by tapping the items in order with an undo, a hotspot
// by tapping the picture (right or wrong decided on the laptop: its `status` tally), an open
// answer (≤ 280 characters; it reaches the console's list — `status.texts` — and never another
// phone), and a third phone without EventSource that follows the projector by polling.
// axe-core (WCAG 2.2 A/AA) runs on every screen a phone shows: join, each question, each reveal.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { available } = require('../lib/browser');
const { REPO, scratch } = require('../lib/app');
const { violations } = require('../lib/axe');
const { phone, session, join, BIN } = require('../lib/live');

const QUIZ = path.join(REPO, 'tests/data/live/phones-types.quiz.json');
const ITEMS = ['Ouvrir la galerie', 'Choisir la photo', 'Toucher Partager', 'Choisir le destinataire'];
const SHOTS = process.env.ATELIER_SHOTS;

/** The button of an ordering item by its visible text. */
const item = (page, text) => page.getByRole('button', { name: new RegExp(text) });

test('ordering, hotspot and open answers from phones; a phone without EventSource polls', { timeout: 120000, skip: !available() }, async () => {
  assert.ok(fs.existsSync(BIN), `${BIN} is built by cargo build`);
  const dir = scratch('aq-phones-types-');
  const s = session(QUIZ, path.join(dir, 'r.csv'));
  const phones = [];
  const a11y = [];
  const check = async (p, screen) => {
    for (const v of await violations(p.page)) a11y.push(`${screen}: ${v}`);
  };
  try {
    const { url, code } = await s.ready();
    const [a, b] = [await phone(), await phone()];
    // No EventSource at all (an old browser, or a proxy that kills streams): the page polls.
    const c = await phone(() => { delete window.EventSource; });
    phones.push(a, b, c);
    await a.page.goto(url);
    await a.page.getByLabel('Code de la séance').waitFor();
    await check(a, 'join');
    for (const p of phones) await join(p, url, code);
    await check(a, 'waiting');

    // 1. Ordering: shown shuffled; A taps one wrong item first, undoes it, then the right order.
    s.key('next');
    s.key('next');
    await item(a.page, ITEMS[0]).waitFor();
    await check(a, 'ordering');
    const send = a.page.getByRole('button', { name: 'Envoyer' });
    await item(a.page, ITEMS[2]).click();
    assert.equal(await item(a.page, ITEMS[2]).getAttribute('aria-pressed'), 'true');
    assert.ok(await item(a.page, ITEMS[2]).isDisabled(), 'a tapped item cannot be tapped twice');
    await a.page.getByRole('button', { name: 'Annuler le dernier' }).click();
    assert.equal(await item(a.page, ITEMS[2]).getAttribute('aria-pressed'), 'false');
    assert.ok(await item(a.page, ITEMS[2]).isEnabled(), 'undo gives the item back');
    for (const [i, text] of ITEMS.entries()) {
      assert.ok(await send.isDisabled(), `send waits for every item (${i} tapped)`);
      await item(a.page, text).click();
    }
    await send.click();
    await a.page.getByText('Réponse envoyée').waitFor();
    // B sends the first two swapped.
    for (const text of [ITEMS[1], ITEMS[0], ITEMS[2], ITEMS[3]]) await item(b.page, text).click();
    await b.page.getByRole('button', { name: 'Envoyer' }).click();
    await b.page.getByText('Réponse envoyée').waitFor();
    // The laptop decides: one right, one wrong (fields: right, wrong).
    let st = await s.status((x) => x.answered === 2);
    assert.deepEqual(st.counts, [1, 1], JSON.stringify(st));
    assert.equal(st.connected, 3);
    await item(c.page, ITEMS[0]).waitFor({ timeout: 8000 }); // C polled its way to the answers
    if (SHOTS) await a.page.screenshot({ path: path.join(SHOTS, 'phone-ordering.png') });
    s.key('next'); // reveal
    await a.page.getByText('Bonne réponse !').waitFor();
    await b.page.getByText('Pas tout à fait.').waitFor();
    await b.page.getByText('Le bon ordre :').waitFor();
    assert.deepEqual(await b.page.locator('ol li').allInnerTexts(), ITEMS);
    await c.page.getByText('Vous n\'avez pas répondu.').waitFor({ timeout: 8000 });
    await check(a, 'ordering reveal');
    await check(b, 'ordering reveal (wrong)');

    // 2. Hotspot: the right half of the picture is yellow (the region); A taps it, B the left.
    s.key('next'); // explanation
    s.key('next'); // question 2
    const tap = async (p, fx) => {
      const img = p.page.locator('.hotspot img');
      await img.waitFor();
      await p.page.waitForFunction(() => document.querySelector('.hotspot img').complete
        && document.querySelector('.hotspot img').naturalWidth > 0);
      const box = await img.boundingBox();
      await img.click({ position: { x: box.width * fx, y: box.height / 2 } });
      await p.page.getByRole('img', { name: new RegExp(`Votre point : ${Math.round(fx * 100)} % de la largeur`) }).waitFor();
      await p.page.getByRole('button', { name: 'Envoyer' }).click();
      await p.page.getByText('Réponse envoyée').waitFor();
    };
    await a.page.getByRole('img', { name: /bleu foncé à gauche/ }).waitFor();
    await check(a, 'hotspot');
    await tap(a, 0.75);
    await tap(b, 0.25);
    await check(a, 'hotspot with a point');
    st = await s.status((x) => x.question === 1 && x.answered === 2);
    assert.deepEqual(st.counts, [1, 1], JSON.stringify(st));
    if (SHOTS) await a.page.screenshot({ path: path.join(SHOTS, 'phone-hotspot.png') });
    s.key('next'); // reveal
    await a.page.getByText('Bonne réponse !').waitFor();
    await b.page.getByText('Pas tout à fait.').waitFor();
    await check(a, 'hotspot reveal');

    // 3. Open: A writes more than 280 characters (kept to 280), B a short answer.
    s.key('next');
    s.key('next');
    const area = a.page.getByRole('textbox', { name: /280 caractères au plus/ });
    await area.waitFor();
    await check(a, 'open');
    const openSend = a.page.getByRole('button', { name: 'Envoyer' });
    assert.ok(await openSend.isDisabled(), 'nothing to send before something is written');
    await area.fill('   ');
    assert.ok(await openSend.isDisabled(), 'spaces alone are not an answer');
    const long = `Je ne touche à rien <b>et</b> j'appelle quelqu'un. ${'x'.repeat(300)}`;
    await area.fill(long);
    await a.page.getByText('280 caractères sur 280').waitFor();
    await a.page.getByRole('button', { name: 'Envoyer' }).click();
    await a.page.getByText('Réponse envoyée').waitFor();
    const mine = 'Attendre et demander à un proche';
    await b.page.getByRole('textbox').fill(mine);
    await b.page.getByRole('button', { name: 'Envoyer' }).click();
    await b.page.getByText('Réponse envoyée').waitFor();
    st = await s.status((x) => x.question === 2 && x.answered === 2);
    assert.deepEqual(st.texts, [long.slice(0, 280), mine].sort(), JSON.stringify(st));
    if (SHOTS) await a.page.screenshot({ path: path.join(SHOTS, 'phone-open.png') });
    s.key('next'); // reveal
    await a.page.getByText(/Réponse attendue/).waitFor();
    await c.page.getByText(/Réponse attendue/).waitFor({ timeout: 8000 });
    await check(a, 'open reveal');
    // Open answers are for the console only: no phone ever sees another phone's text.
    assert.ok(!(await a.page.locator('body').innerText()).includes(mine));
    assert.ok(!(await b.page.locator('body').innerText()).includes('Je ne touche'));
    assert.ok(!(await c.page.locator('body').innerText()).includes(mine));

    s.key('end');
    await c.page.getByText('Le quiz est terminé').waitFor({ timeout: 8000 });
    await a.page.getByText('Le quiz est terminé').waitFor();
    await check(a, 'ended');

    assert.deepEqual(c.seen.requests.filter((u) => u.includes('/api/events')), [], 'C never opened a stream');
    assert.ok(c.seen.requests.filter((u) => u.endsWith('/api/state')).length >= 3, 'C polled');
    for (const p of phones) {
      assert.deepEqual(p.seen.errors, []);
      assert.deepEqual(p.seen.csp, []);
      assert.deepEqual(p.seen.cspConsole(), []);
      const outside = [...p.seen.requests, ...p.seen.devtools].filter((u) => !u.startsWith(url));
      assert.deepEqual(outside, [], 'only the laptop, only 127.0.0.1');
    }
    assert.deepEqual(a11y, [], 'WCAG 2.2 AA (axe-core)');
    s.key('quit');
    assert.equal(await s.exited, 0);
  } finally {
    for (const p of phones) await p.close();
    s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
