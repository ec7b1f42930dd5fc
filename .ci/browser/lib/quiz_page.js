// Driving the exported quiz page like a person: the first screen's buttons, one self-study
// question of each type answered right or wrong, by mouse or by keyboard only.
'use strict';

/** The questions the page will ask, in its order (level order, then file order). */
function order(quiz) {
  const levels = (quiz.levels || []).map((l) => l.id);
  const rank = (q) => { const i = levels.indexOf(q.level); return i < 0 ? levels.length : i; };
  return quiz.questions.map((q, i) => ({ q, i })).sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i).map(({ q }) => q);
}

/** Center of the first region, in % of the image, for a hotspot answered right. */
function regionCenter(q) {
  const r = q.regions[0];
  return { x: (r.x + r.w / 2) * 100, y: (r.y + r.h / 2) * 100 };
}

/** Answers the question on screen by clicks; `right` chooses the right or a wrong answer. */
async function answerByMouse(page, q, right, root = page) {
  const labels = root.locator('fieldset.choices label.choice');
  if (['single_choice', 'multiple_choice', 'poll'].includes(q.type)) {
    const picks = q.choices.map((c, i) => ({ c, i }))
      .filter(({ c }) => (q.type === 'poll' ? true : (right ? c.correct : !c.correct)))
      .map(({ i }) => i);
    const chosen = q.type === 'multiple_choice' ? picks : [picks[0]];
    for (const i of chosen) await labels.nth(i).click();
  } else if (q.type === 'true_false') {
    await labels.nth((q.answer === true) === right ? 0 : 1).click();
  } else if (q.type === 'open') {
    await root.locator('.open-box textarea').fill('Ma réponse');
  } else if (q.type === 'ordering') {
    await sortOrdering(page, q, right, 'mouse', root);
  } else if (q.type === 'hotspot') {
    const frame = root.locator('.hotspot-frame');
    // The mouse clicks at page coordinates: the image must be on screen (frames included).
    await frame.scrollIntoViewIfNeeded();
    const box = await frame.boundingBox();
    const c = right ? regionCenter(q) : farFrom(q);
    await page.mouse.click(box.x + (box.width * c.x) / 100, box.y + (box.height * c.y) / 100);
  }
  await root.getByRole('button', { name: /^(Valider|Check)$/ }).click();
}

/** A point outside every region (the corner farthest from the first one). */
function farFrom(q) {
  const c = regionCenter(q);
  const x = c.x > 50 ? 2 : 98;
  const y = c.y > 50 ? 2 : 98;
  const inside = q.regions.some((r) => x / 100 >= r.x && x / 100 <= r.x + r.w && y / 100 >= r.y && y / 100 <= r.y + r.h);
  if (inside) throw new Error(`no point outside the regions of ${q.id}`);
  return { x, y };
}

/** Reads the order on screen and moves rows with the « Monter » buttons (clicked, or pressed
 * with Enter once focused) until it is right (or, for `right` false, until it is not). */
async function sortOrdering(page, q, right, how, root = page) {
  const want = right ? q.items : [...q.items].reverse();
  for (let target = 0; target < want.length; target += 1) {
    const texts = await root.locator('ol.ordering .answer-text').allTextContents();
    let at = texts.indexOf(want[target]);
    while (at > target) {
      const up = root.locator('ol.ordering li').nth(at).locator('button.move').first();
      if (how === 'keyboard') {
        await up.focus();
        await page.keyboard.press('Enter');
      } else {
        await up.click();
      }
      at -= 1;
    }
  }
  const now = await root.locator('ol.ordering .answer-text').allTextContents();
  if (JSON.stringify(now) !== JSON.stringify(want)) throw new Error(`ordering not sorted: ${now}`);
}

/** Answers the question on screen with the keyboard only (Tab, arrows, Space, Enter). */
async function answerByKeyboard(page, q, right, root = page) {
  const kb = page.keyboard;
  if (['single_choice', 'poll', 'true_false'].includes(q.type)) {
    const options = q.type === 'true_false'
      ? [q.answer === true, q.answer === false]
      : q.choices.map((c) => Boolean(c.correct));
    const want = q.type === 'poll' ? 0 : options.findIndex((c) => c === right);
    await root.locator('fieldset.choices input').first().focus();
    await kb.press('Space');
    for (let i = 0; i < want; i += 1) await kb.press('ArrowDown');
  } else if (q.type === 'multiple_choice') {
    const inputs = root.locator('fieldset.choices input');
    for (let i = 0; i < q.choices.length; i += 1) {
      if (i === 0) await inputs.first().focus(); else await kb.press('Tab');
      if (Boolean(q.choices[i].correct) === right) await kb.press('Space');
    }
  } else if (q.type === 'open') {
    await root.locator('.open-box textarea').focus();
    await kb.type('Au clavier');
  } else if (q.type === 'ordering') {
    await sortOrdering(page, q, right, 'keyboard', root);
  } else if (q.type === 'hotspot') {
    // The keyboard alternative: focus the marker (starts at 50 %, 50 %), arrows move it by 5.
    await root.locator('.hotspot-frame .marker').focus();
    // Steps of 5 % (arrows), then of 1 % (Shift + arrows) for the rest.
    const c = right ? regionCenter(q) : farFrom(q);
    for (const [axis, from, plus, minus] of [[c.x, 50, 'ArrowRight', 'ArrowLeft'], [c.y, 50, 'ArrowDown', 'ArrowUp']]) {
      const big = Math.trunc((axis - from) / 5);
      const small = Math.round(axis - from - big * 5);
      for (let i = 0; i < Math.abs(big); i += 1) await kb.press(big > 0 ? plus : minus);
      for (let i = 0; i < Math.abs(small); i += 1) await kb.press(`Shift+${small > 0 ? plus : minus}`);
    }
  }
  // Tab to « Valider » from the control in focus, then Enter.
  for (let i = 0; i < 40; i += 1) {
    const onCheck = await root.evaluate(() => document.activeElement && /^(Valider|Check)$/.test(document.activeElement.textContent));
    if (onCheck) break;
    await kb.press('Tab');
  }
  await kb.press('Enter');
}

/** Whether answering `q` with `right` scores a point (polls and open questions never do). */
function scores(q, right) {
  return right && !['poll', 'open'].includes(q.type);
}

module.exports = { order, answerByMouse, answerByKeyboard, scores, regionCenter };
