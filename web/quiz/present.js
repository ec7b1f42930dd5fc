/* Atelier Quiz web page — « Présenter »: full screen for a group, with the app's keys.
 *
 * The same deck as the app (src/presenter/deck.rs): a title screen, then for each question
 * its steps — the prompt, the answers, the reveal, the explanation and source — and an end
 * screen with the credits. → / Space / Page Down go on, ← / Page Up go back, B blacks the
 * screen out, Esc leaves. Answers carry their letter and shape; the reveal adds a drawn mark
 * and a word, never colour alone. Full screen is asked on the click that starts (browsers
 * only grant it on a user gesture); without it the presentation fills the window. */
'use strict';

const AQPresent = (() => {
  const { el } = AQDom;
  const { t } = AQI18n;
  const { str, list } = AQData;

  function stepsOf(q) {
    const steps = ['prompt'];
    if (q.type !== 'hotspot' && q.type !== 'open') steps.push('answers');
    if (q.type !== 'poll') steps.push('reveal');
    if (str(q.explanation) || q.source) steps.push('explain');
    return steps;
  }

  function deckOf(questions) {
    const deck = [{ kind: 'title' }];
    questions.forEach((q, i) => stepsOf(q).forEach((step) => deck.push({ kind: 'question', q, i, step })));
    deck.push({ kind: 'end' });
    return deck;
  }

  function answersOf(q, seed) {
    if (q.type === 'true_false') {
      return [{ text: t('true_false.true'), correct: q.answer === true }, { text: t('true_false.false'), correct: q.answer === false }];
    }
    if (q.type === 'ordering') {
      const items = list(q.items).map(str);
      return AQData.shuffled(items.length, seed).map((v) => ({ text: items[v], correct: false }));
    }
    return list(q.choices).map((c) => ({ text: str(c && c.text), image: c && c.image, correct: Boolean(c && c.correct) && q.type !== 'poll' }));
  }

  function start(ctx, questions, onHome) {
    const stage = document.getElementById('aq-present');
    const deck = deckOf(questions);
    let at = 0;
    let black = false;
    const say = (text) => AQDom.announce(ctx.live, text);

    function answersList(q, i, revealed) {
      return el('ul', { class: 'p-answers' }, answersOf(q, i + 1).map((a, k) => {
        const right = revealed && a.correct;
        return el('li', { class: right ? 'p-answer is-right' : 'p-answer' }, AQAnswers.lettered(k, a.text),
          AQAnswers.image(ctx.quiz, a.image), right ? el('span', { class: 'status right' }, AQShapes.mark('check'), t('web.is_right')) : null);
      }));
    }

    function hotspotImage(q, revealed) {
      const img = AQAnswers.image(ctx.quiz, q.image, 'p-image');
      const frame = el('div', { class: 'hotspot-frame p-frame' }, img);
      if (revealed) {
        list(q.regions).forEach((r) => {
          const box = el('div', { class: 'region', 'aria-hidden': 'true' });
          Object.assign(box.style, { left: `${r.x * 100}%`, top: `${r.y * 100}%`, width: `${r.w * 100}%`, height: `${r.h * 100}%` });
          frame.appendChild(box);
        });
      }
      return frame;
    }

    function revealText(q) {
      if (q.type === 'ordering') return el('div', { class: 'p-reveal' }, el('p', {}, t('web.order_is')), el('ol', {}, list(q.items).map((x) => el('li', {}, str(x)))));
      if (q.type === 'open') return el('div', { class: 'p-reveal' }, el('p', {}, t('web.expected')), el('p', {}, str(q.answer_text)));
      if (q.type === 'hotspot') return el('p', { class: 'p-reveal' }, t('web.hotspot_shown'));
      return null;
    }

    function questionSlide(s) {
      const { q, i } = s;
      const steps = stepsOf(q);
      const reached = (name) => steps.indexOf(name) >= 0 && steps.indexOf(name) <= steps.indexOf(s.step);
      const revealed = reached('reveal');
      return [
        el('p', { class: 'p-counter' }, t('web.present.question', { n: i + 1, total: questions.length })),
        el('h1', { class: 'p-prompt' }, str(q.prompt)),
        q.type === 'hotspot' ? hotspotImage(q, revealed) : AQAnswers.image(ctx.quiz, q.image, 'p-image'),
        reached('answers') && q.type !== 'ordering' ? answersList(q, i, revealed) : null,
        reached('answers') && q.type === 'ordering' && !revealed ? answersList(q, i, false) : null,
        revealed ? revealText(q) : null,
        reached('explain') ? el('div', { class: 'p-explain' },
          str(q.explanation) ? el('p', {}, str(q.explanation)) : null,
          AQData.sourceText(ctx.quiz, q.source) ? el('p', { class: 'source' }, t('web.source', { source: AQData.sourceText(ctx.quiz, q.source) })) : null) : null,
      ];
    }

    function slide(s) {
      if (s.kind === 'title') {
        const names = list(ctx.quiz.authors).map((a) => str(a && a.name)).filter(Boolean);
        return [el('h1', { class: 'p-title' }, str(ctx.quiz.title)),
          names.length ? el('p', {}, t('web.authors', { names: names.join(', ') })) : null,
          el('p', {}, t('web.license', { license: str(ctx.meta.license) })),
          el('p', { class: 'p-count' }, t('web.start.count', { n: questions.length }))];
      }
      if (s.kind === 'end') {
        const sources = list(ctx.quiz.sources).map((x) => str(x && x.title)).filter(Boolean);
        return [el('h1', { class: 'p-title' }, t('web.present.end')), el('p', {}, t('web.present.end_help')),
          el('h2', {}, t('web.credits')), el('p', {}, str(ctx.quiz.title), ' — ', t('web.license', { license: str(ctx.meta.license) })),
          sources.length ? el('ul', { class: 'p-sources' }, sources.map((x) => el('li', {}, x))) : null];
      }
      return questionSlide(s);
    }

    function spoken(s) {
      if (s.kind === 'title') return str(ctx.quiz.title);
      if (s.kind === 'end') return t('web.present.end');
      if (s.step === 'prompt') return `${t('web.present.question', { n: s.i + 1, total: questions.length })}. ${str(s.q.prompt)}`;
      if (s.step === 'answers') return answersOf(s.q, s.i + 1).map((a, k) => t('web.letter', { letter: AQShapes.letter(k), text: a.text })).join(' ; ');
      if (s.step === 'reveal') {
        const good = answersOf(s.q, s.i + 1).map((a, k) => (a.correct ? t('web.letter', { letter: AQShapes.letter(k), text: a.text }) : null)).filter(Boolean);
        return good.length ? t('web.correct_is', { answer: good.join(' ; ') }) : (revealText(s.q) || {}).textContent || '';
      }
      return str(s.q.explanation);
    }

    const toolbar = () => el('div', { class: 'p-toolbar' },
      el('button', { type: 'button', onclick: () => go(-1), disabled: at === 0 }, t('web.present.previous')),
      el('button', { type: 'button', class: 'primary', onclick: () => go(1), disabled: at === deck.length - 1 }, t('web.present.next')),
      el('button', { type: 'button', onclick: toggleBlack }, t('web.present.black')),
      el('button', { type: 'button', onclick: leave }, t('web.present.exit')),
      el('span', { class: 'p-keys' }, t('web.present.keys')));

    function draw() {
      const screen = black
        ? el('div', { class: 'p-black' }, el('p', { class: 'visually-hidden' }, t('web.present.black_on')))
        : el('div', { class: 'p-slide' }, slide(deck[at]));
      AQDom.replace(stage, screen, toolbar());
    }

    function go(delta) {
      const next = Math.min(deck.length - 1, Math.max(0, at + delta));
      if (next === at && !black) return;
      at = next;
      black = false;
      draw();
      say(spoken(deck[at]));
    }

    function toggleBlack() {
      black = !black;
      draw();
      say(black ? t('web.present.black_on') : spoken(deck[at]));
    }

    function onKey(e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onButton = e.target && e.target.tagName === 'BUTTON';
      if ((e.key === ' ' || e.key === 'Enter') && onButton) return;
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') go(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
      else if (e.key === 'b' || e.key === 'B') toggleBlack();
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    }

    function leave() {
      document.removeEventListener('keydown', onKey);
      stage.hidden = true;
      ctx.root.hidden = false;
      const fs = document.fullscreenElement || document.webkitFullscreenElement;
      if (fs) {
        const done = (document.exitFullscreen || document.webkitExitFullscreen).call(document);
        if (done && done.catch) done.catch(() => {});
      }
      onHome();
    }

    const page = document.documentElement;
    const ask = page.requestFullscreen || page.webkitRequestFullscreen;
    if (ask) {
      try {
        const pending = ask.call(page);
        if (pending && pending.catch) pending.catch(() => {});
      } catch (_) { /* no full screen: the presentation fills the window */ }
    }
    ctx.root.hidden = true;
    stage.hidden = false;
    document.addEventListener('keydown', onKey);
    draw();
    stage.setAttribute('tabindex', '-1');
    stage.focus();
    say(spoken(deck[at]));
  }

  return { start, deckOf };
})();
