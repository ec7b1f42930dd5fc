/* Atelier Quiz web page — SCORM 1.2 glue, only in the page of a SCORM package
 * (`atelier-quiz convert IN OUT.zip --to scorm`).
 *
 * An LMS (Moodle…) opens the page in a frame or a window and offers the SCORM 1.2 run-time
 * API as a JavaScript object named `API` on one of the page's parents or openers. When it is
 * found, the page says it started (LMSInitialize), marks the lesson « incomplete » when a
 * practice run begins, and when the score is shown reports it as a percentage
 * (cmi.core.score.raw, min 0, max 100), the status (passed/failed — the manifest's
 * masteryscore is the same 50 % as AQStudy.PASS_RATIO — or completed when nothing was scored)
 * and the session time, then commits; a later run that does worse keeps the better result. LMSFinish when the page goes away. Without an API (the
 * zip opened on a desktop, the page alone), nothing here does anything: the page works
 * unchanged. Runs after quiz.js, in the same hash-pinned script block; no DOM but text nodes. */
'use strict';

const AQScorm = (() => {
  const { el } = AQDom;
  const { t } = AQI18n;
  // ADL's recommended search (SCORM 1.2 RTE §3.3.6.1): climb the parents, then the opener's.
  const MAX_DEPTH = 7;

  /** `win`'s API or the closest parent's; null when none, or when a parent is another
   * origin that will not be read. */
  function searchParents(win) {
    let current = win;
    for (let depth = 0; current && depth <= MAX_DEPTH; depth += 1) {
      try {
        const api = current.API;
        if (api && typeof api.LMSInitialize === 'function') return api;
      } catch (_) {
        return null;
      }
      if (!current.parent || current.parent === current) return null;
      current = current.parent;
    }
    return null;
  }

  function findApi() {
    const own = searchParents(window.parent === window ? null : window.parent);
    if (own) return own;
    try {
      return window.opener ? searchParents(window.opener) : null;
    } catch (_) {
      return null;
    }
  }

  /** CMITimespan HHHH:MM:SS of `ms` (SCORM 1.2 RTE §3.4.3, cmi.core.session_time). */
  function timespan(ms) {
    const total = Math.max(0, Math.floor(ms / 1000));
    const pad = (n, w) => String(n).padStart(w, '0');
    const hours = Math.min(9999, Math.floor(total / 3600));
    return `${pad(hours, 4)}:${pad(Math.floor(total / 60) % 60, 2)}:${pad(total % 60, 2)}`;
  }

  const api = findApi();
  if (!api) return { api: null, timespan };

  const ok = (value) => String(value) === 'true';
  const began = Date.now();
  let open = ok(api.LMSInitialize(''));
  const set = (name, value) => open && ok(api.LMSSetValue(name, String(value)));
  const status = () => (open ? String(api.LMSGetValue('cmi.core.lesson_status')) : '');

  function started() {
    if (['passed', 'completed'].includes(status())) return;
    set('cmi.core.lesson_status', 'incomplete');
    if (open) api.LMSCommit('');
  }

  /** The percentage already recorded in this attempt (a previous run), or -1. */
  function recorded() {
    if (!open) return -1;
    const value = String(api.LMSGetValue('cmi.core.score.raw'));
    return value.trim() === '' || Number.isNaN(Number(value)) ? -1 : Number(value);
  }

  function finished(e) {
    const { raw, max, passed } = e.detail;
    let sent = open;
    const percent = max > 0 ? Math.round((100 * raw) / max) : 0;
    if (max > 0 && recorded() > percent) {
      // A later, weaker run (the person tries again) does not replace a better one.
    } else if (max > 0) {
      sent = set('cmi.core.score.min', 0) && sent;
      sent = set('cmi.core.score.max', 100) && sent;
      sent = set('cmi.core.score.raw', percent) && sent;
      sent = set('cmi.core.lesson_status', passed ? 'passed' : 'failed') && sent;
    } else {
      sent = set('cmi.core.lesson_status', 'completed') && sent;
    }
    sent = open && ok(api.LMSCommit('')) && sent;
    const score = document.querySelector('#aq-app .score');
    if (!score) return;
    const note = el('p', { class: 'scorm-note' }, sent ? t('web.scorm.sent') : t('web.scorm.not_sent'));
    score.appendChild(note);
    // Said after the score (the live region's last text wins: this runs after AQStudy's).
    const heading = score.querySelector('h1');
    const live = document.getElementById('aq-live');
    if (live) AQDom.announce(live, [heading && heading.textContent, note.textContent].filter(Boolean).join(' '));
  }

  function finish() {
    if (!open) return;
    set('cmi.core.session_time', timespan(Date.now() - began));
    api.LMSCommit('');
    api.LMSFinish('');
    open = false;
  }

  document.addEventListener('atelier:started', started);
  document.addEventListener('atelier:finished', finished);
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  return { api, timespan };
})();
