/* Atelier Quiz — the phone page: join with the session code, then follow the projector.
 *
 * State comes from the laptop only (GET /api/state, then Server-Sent Events at every change
 * of screen; polling every 3 s where EventSource is missing or gave up). The page never
 * decides anything: it shows the state, sends taps, and shows the reply. It comes back by
 * itself after a sleep or a dropped Wi-Fi (the cookie keeps the phone's place). */
'use strict';

(function () {
  var el = AQDom.el;
  var t = AQI18n.t;
  var app = document.getElementById('app');
  var status = document.getElementById('status');
  var strings = JSON.parse(document.getElementById('aq-strings').textContent);
  AQI18n.choose(strings, null, navigator.languages || [navigator.language]);

  var state = null;
  var draft = null;
  var message = '';
  var events = null;
  var poller = null;
  var lastRendered = '';

  function request(method, path, body) {
    var init = { method: method, credentials: 'same-origin', cache: 'no-store', headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; }, function () { return { ok: r.ok, data: {} }; });
    });
  }

  function errorText(code) {
    var known = ['wrong_code', 'too_many_tries', 'full', 'closed', 'not_now'];
    return t(known.indexOf(code) >= 0 ? 'phone.error.' + code : 'phone.error.other');
  }

  /** Takes a state from the laptop (an older one than shown is ignored). */
  function apply(next, focusKey) {
    if (!next || !next.screen) return;
    if (state && next.version < state.version) return;
    var number = next.screen.card ? next.screen.card.number : -1;
    if (!draft || draft.number !== number) {
      draft = { number: number, shown: [], order: [], point: null, text: '', touched: false };
    }
    if (state && state.lang !== next.lang && next.lang) AQI18n.choose(strings, next.lang, []);
    if (!state && next.lang) AQI18n.choose(strings, next.lang, []);
    state = next;
    if (state.joined) listen();
    render(focusKey);
  }

  function send(answer, focusKey) {
    var number = state.screen.card.number;
    request('POST', '/api/answer', { question: number, answer: answer }).then(function (r) {
      if (r.ok) {
        message = '';
        draft.touched = false;
        apply(r.data, focusKey);
        AQDom.announce(status, t('phone.sent'));
      } else {
        message = errorText(r.data.error);
        if (r.data.error === 'not_joined') { state = null; refresh(); return; }
        render(focusKey);
        AQDom.announce(status, message);
      }
    }, function () { offline(); });
  }

  function join(code) {
    request('POST', '/api/join', { code: code }).then(function (r) {
      if (r.ok) { message = ''; apply(r.data, null); return; }
      message = errorText(r.data.error);
      render('code');
    }, function () { offline(); });
  }

  function header(card) {
    return el('p', { class: 'progress' }, t('phone.progress', { n: card.number, total: card.total }));
  }

  function image(card) {
    if (!card.image || card.kind === 'hotspot') return null;
    if (card.image.url) return el('img', { class: 'card-image', src: card.image.url, alt: card.image.alt || '' });
    return card.image.alt ? el('p', { class: 'alt' }, t('phone.image', { alt: card.image.alt })) : null;
  }

  function verdict(screen) {
    if (!screen.reveal) return null;
    var card = screen.card;
    if (card.kind === 'poll') return el('p', { class: 'verdict' }, t('phone.poll'));
    if (!screen.answer) return el('p', { class: 'verdict' }, t('phone.no_answer'));
    if (screen.right === true) return el('p', { class: 'verdict right' }, AQShapes.mark('check'), t('phone.right'));
    if (screen.right === false) return el('p', { class: 'verdict wrong' }, AQShapes.mark('cross'), t('phone.wrong'));
    return null;
  }

  function questionScreen(screen) {
    var card = screen.card;
    var nodes = [header(card), el('h1', { tabindex: '-1', 'data-focus': 'prompt' }, card.prompt), image(card), verdict(screen)];
    if (card.answers_shown || card.kind === 'hotspot' || card.kind === 'open') {
      draft.redraw = function (focusKey) { render(focusKey); };
      nodes.push(AQPhoneAnswers.build(card, screen, draft, send));
    } else {
      nodes.push(el('p', { class: 'help' }, t('phone.listen')));
    }
    if (screen.closed && !screen.reveal) nodes.push(el('p', {}, t('phone.closed')));
    if (screen.reveal && screen.reveal.explanation) nodes.push(el('p', { class: 'explanation' }, screen.reveal.explanation));
    if (screen.reveal && screen.reveal.source) nodes.push(el('p', { class: 'source' }, screen.reveal.source));
    if (message && !screen.closed) nodes.push(el('p', { class: 'help', role: 'status' }, message));
    return nodes;
  }

  function joinScreen() {
    var input = el('input', { id: 'code', type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: '4',
      autocomplete: 'off', 'data-focus': 'code', 'aria-describedby': 'join-help' });
    var form = el('form', { class: 'join-form', novalidate: true },
      el('label', { for: 'code' }, t('phone.join.code')), input,
      el('button', { type: 'submit', class: 'primary' }, t('phone.join.button')));
    form.addEventListener('submit', function (e) { e.preventDefault(); join(input.value.replace(/\D/g, '')); });
    return [el('h1', {}, t('phone.join.heading')), el('p', { id: 'join-help' }, t('phone.join.help')),
      message ? el('p', { class: 'error', role: 'alert' }, message) : null, form,
      el('p', { class: 'help' }, t('phone.join.anonymous'))];
  }

  function render(focusKey) {
    var screen = state ? state.screen : { screen: 'join' };
    var key = JSON.stringify([screen, message, draft && [draft.shown, draft.order, draft.point]]);
    if (key === lastRendered && !focusKey) return;
    var questionChanged = !lastRendered || JSON.parse(lastRendered)[0].screen !== screen.screen
      || (screen.card && JSON.stringify(JSON.parse(lastRendered)[0].card) !== JSON.stringify(screen.card));
    lastRendered = key;
    var nodes;
    switch (screen.screen) {
      case 'waiting': nodes = [el('h1', {}, state.title), el('p', {}, t('phone.waiting'))]; break;
      case 'ended': nodes = [el('h1', {}, state.title), el('p', {}, t('phone.ended'))]; break;
      case 'question': nodes = questionScreen(screen); break;
      default: nodes = joinScreen();
    }
    document.documentElement.lang = AQI18n.lang;
    document.title = state && state.title ? state.title : t('phone.title');
    AQDom.replace(app, nodes);
    var target = focusKey ? app.querySelector('[data-focus="' + focusKey + '"]') : null;
    if (!target && questionChanged) target = app.querySelector('h1');
    if (target) AQDom.focus(target);
  }

  function refresh() {
    return request('GET', '/api/state').then(function (r) {
      if (r.ok) { AQDom.replace(status); apply(r.data, null); }
    }, function () { offline(); });
  }

  function offline() { AQDom.replace(status, t('phone.reconnecting')); }

  function poll() {
    if (!poller) poller = window.setInterval(refresh, 3000);
  }

  function listen() {
    if (events || poller) return;
    if (!window.EventSource) { poll(); return; }
    events = new window.EventSource('/api/events');
    events.onmessage = function (e) {
      AQDom.replace(status);
      try { apply(JSON.parse(e.data), null); } catch (err) { /* a cut message: the next one comes */ }
    };
    events.onerror = function () {
      offline();
      if (events.readyState === 2) {
        // Closed for good (the laptop restarted, or a proxy): poll, and retry the stream.
        events = null;
        poll();
      }
    };
  }

  document.addEventListener('visibilitychange', function () { if (!document.hidden) refresh(); });
  window.addEventListener('online', refresh);
  refresh();
  render(null);
})();
