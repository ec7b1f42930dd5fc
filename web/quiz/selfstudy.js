/* Atelier Quiz web page — « S'entraîner »: one question at a time, answer, then the right
 * answer, the explanation and the source; a score at the end; never timed.
 *
 * Contract with the SCORM wrapper (and the browser tests): `atelier:started` when a run
 * begins, `atelier:finished` with {raw, min, max, passed} when its score is shown. Polls and
 * open questions are not scored. `passed` means at least PASS_RATIO of the scored questions
 * right (all questions unscored: passed). */
'use strict';

const AQStudy = (() => {
  const { el } = AQDom;
  const { t } = AQI18n;
  const { str } = AQData;
  const PASS_RATIO = 0.5;

  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent(name, { detail }));
  }

  /** Starts a run over `questions` in `root`; `onHome` goes back to the first screen. */
  function start(ctx, questions, onHome) {
    const results = [];
    let index = 0;
    emit('atelier:started', { questions: questions.length, level: ctx.levelId });

    function homeButton() {
      return el('button', { type: 'button', class: 'secondary', onclick: onHome }, t('web.home'));
    }

    function showQuestion() {
      const q = questions[index];
      const widget = AQAnswers.build(q, ctx.quiz, index + 1, (text) => AQDom.announce(ctx.live, text));
      const heading = el('h1', { class: 'prompt' }, str(q.prompt));
      const checkButton = el('button', { type: 'button', class: 'primary' }, t('web.check'));
      const after = el('div', { class: 'after' });
      const form = el('section', { class: 'question', 'aria-labelledby': 'aq-prompt' },
        el('p', { class: 'progress' }, t('web.progress', { n: index + 1, total: questions.length })),
        heading,
        q.type === 'hotspot' ? null : AQAnswers.image(ctx.quiz, q.image, 'question-image'),
        widget.node,
        el('div', { class: 'actions' }, checkButton),
        after);
      heading.id = 'aq-prompt';
      const hint = el('p', { class: 'hint' });
      checkButton.after(hint);
      checkButton.addEventListener('click', () => {
        if (widget.ready && !widget.ready()) {
          hint.textContent = widget.help;
          AQDom.announce(ctx.live, widget.help);
          widget.focusFirst();
          return;
        }
        hint.remove();
        const result = widget.check();
        results.push(result);
        checkButton.remove();
        feedback(q, widget, result, after);
      });
      AQDom.replace(ctx.root, form, el('nav', { class: 'bottom' }, homeButton()));
      AQDom.focus(heading);
      window.scrollTo(0, 0);
      AQDom.announce(ctx.live, t('web.progress', { n: index + 1, total: questions.length }));
    }

    function feedback(q, widget, result, after) {
      let verdict;
      if (q.type === 'poll') verdict = el('p', { class: 'verdict' }, t('web.poll_done'));
      else if (q.type === 'open') verdict = el('p', { class: 'verdict' }, t('web.open_done'));
      else {
        verdict = el('p', { class: `verdict ${result.right ? 'right' : 'wrong'}` },
          AQShapes.mark(result.right ? 'check' : 'cross'), t(result.right ? 'web.right' : 'web.wrong'));
      }
      const correct = widget.reveal();
      const source = AQData.sourceText(ctx.quiz, q.source);
      const last = index === questions.length - 1;
      const next = el('button', { type: 'button', class: 'primary', onclick: () => {
        if (last) showScore(); else { index += 1; showQuestion(); }
      } }, t(last ? 'web.see_score' : 'web.next'));
      AQDom.append(after,
        verdict,
        correct ? el('p', { class: 'correct' }, correct) : null,
        str(q.explanation) ? el('div', { class: 'explanation' }, el('h2', {}, t('web.explanation')), el('p', {}, str(q.explanation))) : null,
        source ? el('p', { class: 'source' }, t('web.source', { source })) : null,
        el('div', { class: 'actions' }, next));
      AQDom.announce(ctx.live, [verdict.textContent, correct].filter(Boolean).join(' '));
      next.focus();
    }

    function showScore() {
      const scored = results.filter((r) => r.scored);
      const raw = scored.filter((r) => r.right).length;
      const max = scored.length;
      const passed = max === 0 || raw / max >= PASS_RATIO;
      const heading = el('h1', {}, max ? t('web.score', { raw, max }) : t('web.score_none'));
      AQDom.replace(ctx.root, el('section', { class: 'score' },
        heading,
        el('p', {}, t('web.score_help')),
        el('div', { class: 'actions' },
          el('button', { type: 'button', class: 'primary', onclick: () => start(ctx, questions, onHome) }, t('web.restart')),
          homeButton(),
          el('button', { type: 'button', class: 'secondary', onclick: () => ctx.showCredits() }, t('web.credits')))));
      AQDom.focus(heading);
      AQDom.announce(ctx.live, heading.textContent);
      emit('atelier:finished', { raw, min: 0, max, passed });
    }

    showQuestion();
  }

  return { start, PASS_RATIO };
})();
