/* Atelier Quiz web page — one answering widget per question type, for self-study.
 *
 * AQAnswers.build(question, quiz, seed) returns {node, check(), reveal(result)}: `node` is
 * the form part, check() reads what the person chose and says {scored, right, summary},
 * reveal() marks the right answers on screen (a drawn mark AND a word, never colour alone).
 * Every control is a real <input> or <button> with a name; quiz text only as text nodes. */
'use strict';

const AQAnswers = (() => {
  const { el } = AQDom;
  const { t } = AQI18n;
  const { str, list } = AQData;

  /** "A : text" for screen readers, with the visible letter and shape beside it. */
  function lettered(index, text) {
    return [
      el('span', { class: 'letter', 'aria-hidden': 'true' }, AQShapes.letter(index)),
      AQShapes.answerShape(index),
      el('span', { class: 'visually-hidden' }, t('web.letter', { letter: AQShapes.letter(index), text: '' })),
      el('span', { class: 'answer-text' }, text),
    ];
  }

  function image(quiz, ref, className) {
    if (!ref || typeof ref !== 'object') return null;
    const url = AQData.imageUrl(quiz, str(ref.asset));
    if (!url) return str(ref.alt) ? el('p', { class: 'alt' }, t('web.image', { alt: str(ref.alt) })) : null;
    return el('img', { src: url, alt: str(ref.alt), class: className || 'answer-image', draggable: 'false' });
  }

  function statusLine(kind, text) {
    return el('span', { class: `status ${kind}` }, AQShapes.mark(kind === 'right' ? 'check' : 'cross'), text);
  }

  /** Single choice, multiple choice, poll and true/false: a group of radios or check boxes. */
  function choices(q, quiz, options, multiple, help) {
    const name = `q-${Math.random().toString(36).slice(2)}`;
    const rows = options.map((option, i) => {
      const input = el('input', { type: multiple ? 'checkbox' : 'radio', name, value: String(i) });
      const label = el('label', { class: 'choice' }, input, lettered(i, option.text), image(quiz, option.image));
      return { input, label, option };
    });
    const legend = el('legend', { class: 'help' }, help);
    const node = el('fieldset', { class: 'choices' }, legend, rows.map((r) => r.label));
    const chosen = () => rows.filter((r) => r.input.checked);
    return {
      node,
      /** False while nothing is chosen: « Valider » then asks for an answer. */
      ready() { return chosen().length > 0; },
      help,
      focusFirst() { rows[0]?.input.focus(); },
      check() {
        rows.forEach((r) => { r.input.disabled = true; });
        const right = rows.every((r) => r.input.checked === Boolean(r.option.correct));
        return { scored: q.type !== 'poll', right, answered: chosen().length > 0 };
      },
      reveal() {
        const good = [];
        rows.forEach((r, i) => {
          if (q.type !== 'poll' && r.option.correct) {
            r.label.classList.add('is-right');
            r.label.appendChild(statusLine('right', t('web.is_right')));
            good.push(t('web.letter', { letter: AQShapes.letter(i), text: r.option.text }));
          } else if (r.input.checked && q.type !== 'poll') {
            r.label.classList.add('is-wrong');
            r.label.appendChild(statusLine('wrong', t('web.is_chosen')));
          }
        });
        return good.length ? t('web.correct_is', { answer: good.join(' ; ') }) : '';
      },
    };
  }

  /** Ordering: rows to drag, or to move with the Up/Down buttons (tap and keyboard). */
  function ordering(q, seed, announce) {
    const items = list(q.items).map(str);
    let order = AQData.shuffled(items.length, seed);
    const ol = el('ol', { class: 'ordering' });
    let dragged = null;
    let locked = false;
    const move = (from, to, focusButton) => {
      if (locked || to < 0 || to >= order.length || from === to) return;
      const [v] = order.splice(from, 1);
      order.splice(to, 0, v);
      draw(to, focusButton);
      announce(t('web.moved', { item: items[v], n: to + 1, total: order.length }));
    };
    function draw(focusIndex, focusButton) {
      AQDom.replace(ol, order.map((v, pos) => {
        const up = el('button', { type: 'button', class: 'move', 'aria-label': t('web.move_up_item', { item: items[v] }),
          disabled: pos === 0 || locked, onclick: () => move(pos, pos - 1, 'up') }, t('web.move_up'));
        const down = el('button', { type: 'button', class: 'move', 'aria-label': t('web.move_down_item', { item: items[v] }),
          disabled: pos === order.length - 1 || locked, onclick: () => move(pos, pos + 1, 'down') }, t('web.move_down'));
        const li = el('li', { class: 'order-item', draggable: locked ? 'false' : 'true' },
          el('span', { class: 'grip', 'aria-hidden': 'true' }, '⠿'), el('span', { class: 'answer-text' }, items[v]),
          el('span', { class: 'moves' }, up, down));
        li.addEventListener('dragstart', (e) => { dragged = pos; e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(pos)); });
        li.addEventListener('dragover', (e) => { e.preventDefault(); });
        li.addEventListener('drop', (e) => { e.preventDefault(); if (dragged !== null) move(dragged, pos); dragged = null; });
        if (pos === focusIndex) {
          const target = focusButton === 'down' && !down.disabled ? down : (up.disabled ? down : up);
          window.setTimeout(() => target.focus(), 0);
        }
        return li;
      }));
    }
    draw(-1);
    const node = el('div', { class: 'ordering-box' }, el('p', { class: 'help' }, t('web.order_help')), ol);
    return {
      node,
      check() {
        locked = true;
        draw(-1);
        return { scored: true, right: order.every((v, i) => v === i), answered: true };
      },
      reveal() {
        node.appendChild(el('div', { class: 'expected' }, el('p', {}, t('web.order_is')),
          el('ol', { class: 'right-order' }, items.map((item) => el('li', {}, item)))));
        return '';
      },
    };
  }

  /** Hotspot: a marker placed by clicking/tapping the image, or moved with the arrow keys. */
  function hotspot(q, quiz) {
    const img = image(quiz, q.image, 'hotspot-image');
    const pos = { x: 50, y: 50 };
    const marker = el('button', { type: 'button', class: 'marker' });
    const frame = el('div', { class: 'hotspot-frame' }, img, marker);
    let locked = false;
    const place = () => {
      marker.style.left = `${pos.x}%`;
      marker.style.top = `${pos.y}%`;
      marker.setAttribute('aria-label', t('web.marker', { x: Math.round(pos.x), y: Math.round(pos.y) }));
    };
    frame.addEventListener('click', (e) => {
      if (locked || e.target === marker) return;
      const box = frame.getBoundingClientRect();
      pos.x = Math.min(100, Math.max(0, ((e.clientX - box.left) / box.width) * 100));
      pos.y = Math.min(100, Math.max(0, ((e.clientY - box.top) / box.height) * 100));
      place();
    });
    marker.addEventListener('keydown', (e) => {
      if (locked) return;
      const step = e.shiftKey ? 1 : 5;
      const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (!moves[e.key]) return;
      e.preventDefault();
      pos.x = Math.min(100, Math.max(0, pos.x + moves[e.key][0]));
      pos.y = Math.min(100, Math.max(0, pos.y + moves[e.key][1]));
      place();
    });
    place();
    const regions = list(q.regions);
    const node = el('div', { class: 'hotspot-box' }, el('p', { class: 'help' }, t('web.hotspot_help')), frame);
    return {
      node,
      check() {
        locked = true;
        marker.disabled = true;
        const x = pos.x / 100;
        const y = pos.y / 100;
        const right = regions.some((r) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
        return { scored: true, right, answered: true };
      },
      reveal() {
        regions.forEach((r) => {
          const box = el('div', { class: 'region', 'aria-hidden': 'true' });
          Object.assign(box.style, { left: `${r.x * 100}%`, top: `${r.y * 100}%`, width: `${r.w * 100}%`, height: `${r.h * 100}%` });
          frame.appendChild(box);
        });
        return t('web.hotspot_shown');
      },
    };
  }

  /** Open question: a free text box for oneself, then the expected answer. */
  function open(q) {
    const id = `open-${Math.random().toString(36).slice(2)}`;
    const area = el('textarea', { id, rows: '4' });
    const node = el('div', { class: 'open-box' }, el('label', { for: id }, t('web.open_label')), area);
    return {
      node,
      check() { area.readOnly = true; return { scored: false, right: false, answered: area.value.trim() !== '' }; },
      reveal() {
        node.appendChild(el('div', { class: 'expected' }, el('p', {}, t('web.expected')), el('p', { class: 'answer-text' }, str(q.answer_text))));
        return '';
      },
    };
  }

  function build(q, quiz, seed, announce) {
    const opts = list(q.choices).map((c) => ({ text: str(c && c.text), image: c && c.image, correct: Boolean(c && c.correct) }));
    switch (q.type) {
      case 'single_choice': return choices(q, quiz, opts, false, t('web.pick_one'));
      case 'multiple_choice': return choices(q, quiz, opts, true, t('web.pick_many'));
      case 'poll': return choices(q, quiz, opts, false, t('web.pick_poll'));
      case 'true_false': return choices(q, quiz, [
        { text: t('true_false.true'), correct: q.answer === true },
        { text: t('true_false.false'), correct: q.answer === false },
      ], false, t('web.pick_one'));
      case 'ordering': return ordering(q, seed, announce);
      case 'hotspot': return hotspot(q, quiz);
      default: return open(q);
    }
  }

  return { build, image, lettered };
})();
