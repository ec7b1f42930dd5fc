/* Atelier Quiz — the phone page's answering widgets, one per question type.
 *
 * AQPhoneAnswers.build(card, screen, draft, send) returns the nodes for the answers part:
 * letter + shape buttons (single, multiple, true/false, poll), tap-in-order with undo
 * (ordering), a tap on the picture (hotspot), a short text (open). `draft` keeps what the
 * person is composing across re-renders of the same question; `send(answer)` posts it.
 * Once the screen is closed (reveal), the same widgets are drawn disabled with the right
 * answers marked by a drawn check AND a word. Text only through AQDom (text nodes). */
'use strict';

var AQPhoneAnswers = (function () {
  var el = AQDom.el;
  var t = AQI18n.t;

  function flag(kind, text) {
    return el('span', { class: 'flag ' + kind }, AQShapes.mark(kind === 'right' ? 'check' : 'cross'), text);
  }

  /** One lettered answer button: "B ◆ text", pressed state said by aria-pressed. */
  function answerButton(index, answer, opts) {
    var children = [
      opts.pos ? el('span', { class: 'pos', 'aria-hidden': 'true' }, opts.pos) : null,
      el('span', { class: 'letter' }, AQShapes.letter(index)),
      ' ',
      AQShapes.answerShape(index),
      el('span', { class: 'answer-text' }, answer.text),
    ];
    if (answer.image && answer.image.url) {
      children.push(el('img', { class: 'card-image', src: answer.image.url, alt: answer.image.alt || '' }));
    } else if (answer.image && answer.image.alt) {
      children.push(el('span', { class: 'alt' }, t('phone.image', { alt: answer.image.alt })));
    }
    if (opts.right) children.push(flag('right', t('phone.is_right')));
    else if (opts.chosenWrong) children.push(flag('wrong', t('phone.is_chosen')));
    var classes = 'answer' + (opts.right ? ' is-right' : '') + (opts.chosenWrong ? ' is-wrong' : '');
    return el('button', {
      type: 'button', class: classes, 'aria-pressed': opts.pressed ? 'true' : 'false',
      disabled: opts.disabled, 'data-focus': 'a' + index, onclick: opts.onclick,
    }, children);
  }

  function list(buttons) {
    return el('ul', { class: 'answers' }, buttons.map(function (b) { return el('li', {}, b); }));
  }

  function sendButton(enabled, onclick) {
    return el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', disabled: !enabled, 'data-focus': 'send', onclick: onclick }, t('phone.send')));
  }

  function chosenOf(screen) {
    var a = screen.answer;
    if (!a) return [];
    if (a.kind === 'choices') return a.shown;
    if (a.kind === 'true_false') return [a.value ? 0 : 1];
    return [];
  }

  function choices(card, screen, draft, send) {
    var closed = screen.closed;
    var correct = screen.reveal ? screen.reveal.correct : [];
    var sent = chosenOf(screen);
    var multiple = card.kind === 'multiple';
    if (multiple && !draft.touched) draft.shown = sent.slice();
    var pressed = multiple ? draft.shown : sent;
    var buttons = card.answers.map(function (answer, i) {
      var isPressed = pressed.indexOf(i) >= 0;
      var isRight = closed && card.kind !== 'poll' && correct.indexOf(i) >= 0;
      return answerButton(i, answer, {
        pressed: isPressed, disabled: closed, right: isRight,
        chosenWrong: closed && card.kind !== 'poll' && !isRight && sent.indexOf(i) >= 0,
        onclick: function () {
          if (!multiple) {
            send(card.kind === 'true_false' ? { kind: 'true_false', value: i === 0 } : { kind: 'choices', shown: [i] }, 'a' + i);
            return;
          }
          draft.touched = true;
          var at = draft.shown.indexOf(i);
          if (at >= 0) draft.shown.splice(at, 1); else draft.shown.push(i);
          draft.shown.sort(function (a, b) { return a - b; });
          draft.redraw('a' + i);
        },
      });
    });
    var nodes = [closed ? null : el('p', { class: 'help' }, t(multiple ? 'phone.choose_many' : 'phone.choose_one')), list(buttons)];
    if (multiple && !closed) {
      nodes.push(sendButton(draft.shown.length > 0, function () { send({ kind: 'choices', shown: draft.shown.slice() }, 'send'); }));
    }
    return nodes;
  }

  function ordering(card, screen, draft, send) {
    var closed = screen.closed;
    var sent = screen.answer && screen.answer.kind === 'order' ? screen.answer.shown : [];
    if (!draft.touched) draft.order = sent.slice();
    var buttons = card.answers.map(function (answer, i) {
      var at = draft.order.indexOf(i);
      return answerButton(i, answer, {
        pressed: at >= 0, disabled: closed || at >= 0, pos: at >= 0 ? t('phone.order_pos', { n: at + 1 }) : null,
        onclick: function () { draft.touched = true; draft.order.push(i); draft.redraw('a' + i); },
      });
    });
    var nodes = [el('p', { class: 'help' }, t('phone.order_help')), list(buttons)];
    if (!closed) {
      nodes.push(el('div', { class: 'actions' },
        el('button', { type: 'button', disabled: draft.order.length === 0, 'data-focus': 'undo',
          onclick: function () { draft.touched = true; draft.order.pop(); draft.redraw('undo'); } }, t('phone.order_undo')),
        el('button', { type: 'button', class: 'primary', 'data-focus': 'send', disabled: draft.order.length !== card.answers.length,
          onclick: function () { send({ kind: 'order', shown: draft.order.slice() }, 'send'); } }, t('phone.send'))));
    }
    if (screen.reveal) {
      nodes.push(el('p', {}, t('phone.right_order')),
        el('ol', {}, screen.reveal.right_order.map(function (item) { return el('li', {}, item); })));
    }
    return nodes;
  }

  function hotspot(card, screen, draft, send) {
    var closed = screen.closed;
    if (!draft.touched && screen.answer && screen.answer.kind === 'point') {
      draft.point = { x: screen.answer.x, y: screen.answer.y };
    }
    var img = el('img', { src: card.image ? card.image.url : '', alt: card.image ? card.image.alt : '', draggable: 'false' });
    var frame = el('div', { class: 'hotspot' }, img);
    if (draft.point) {
      var marker = el('span', { class: 'marker', role: 'img',
        'aria-label': t('phone.hotspot_marker', { x: Math.round(draft.point.x * 100), y: Math.round(draft.point.y * 100) }) });
      marker.style.left = (draft.point.x * 100) + '%';
      marker.style.top = (draft.point.y * 100) + '%';
      frame.appendChild(marker);
    }
    if (!closed) {
      frame.addEventListener('click', function (e) {
        var box = img.getBoundingClientRect();
        if (!box.width || !box.height) return;
        draft.touched = true;
        draft.point = {
          x: Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)),
          y: Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)),
        };
        draft.redraw('send');
      });
    }
    var nodes = [el('p', { class: 'help' }, t('phone.hotspot_help')), frame];
    if (!closed) {
      nodes.push(sendButton(Boolean(draft.point), function () {
        send({ kind: 'point', x: draft.point.x, y: draft.point.y }, 'send');
      }));
    }
    return nodes;
  }

  function open(card, screen, draft, send) {
    if (!draft.touched && screen.answer && screen.answer.kind === 'text') draft.text = screen.answer.text;
    var count = el('p', { class: 'help', 'aria-live': 'polite' });
    var area = el('textarea', { maxlength: '280', 'aria-label': t('phone.open_help'), disabled: screen.closed, 'data-focus': 'text' });
    area.value = draft.text || '';
    var update = function () {
      draft.touched = true;
      draft.text = area.value.slice(0, 280);
      AQDom.replace(count, t('phone.open_count', { n: draft.text.length }));
    };
    area.addEventListener('input', update);
    AQDom.replace(count, t('phone.open_count', { n: (draft.text || '').length }));
    var nodes = [el('p', { class: 'help' }, t('phone.open_help')), area, count];
    if (!screen.closed) {
      // Nothing to send until something is written: a button that does nothing confuses.
      var actions = sendButton(Boolean((draft.text || '').trim()), function () { if (draft.text.trim()) send({ kind: 'text', text: draft.text }, 'send'); });
      var button = actions.firstChild;
      area.addEventListener('input', function () { button.disabled = !draft.text.trim(); });
      nodes.push(actions);
    }
    if (screen.reveal && screen.reveal.expected) nodes.push(el('p', {}, t('phone.expected', { answer: screen.reveal.expected })));
    return nodes;
  }

  function build(card, screen, draft, send) {
    switch (card.kind) {
      case 'ordering': return ordering(card, screen, draft, send);
      case 'hotspot': return hotspot(card, screen, draft, send);
      case 'open': return open(card, screen, draft, send);
      default: return choices(card, screen, draft, send);
    }
  }

  return { build: build, flag: flag };
})();
