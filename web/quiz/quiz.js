/* Atelier Quiz web page — start-up, the first screen and « Sources et crédits ».
 *
 * The first screen shows the quiz's title, authors and licence, the level choice and the two
 * modes (« S'entraîner », « Présenter »), the credits and the download of the original
 * .quiz.json (a Blob URL: no network, no file access). */
'use strict';

(() => {
  const { el } = AQDom;
  const { t } = AQI18n;
  const { str, list } = AQData;

  const data = AQData.load();
  const quiz = data.quiz;
  AQI18n.choose(data.strings, str(quiz.language), navigator.languages || [navigator.language]);
  const meta = data.meta[AQI18n.lang] || data.meta.fr || {};
  const root = document.getElementById('aq-app');
  const live = document.getElementById('aq-live');
  const download = URL.createObjectURL(new Blob([data.fileText], { type: 'application/json' }));
  const ctx = { quiz, meta, root, live, levelId: null, showCredits };

  function authors() {
    const names = list(quiz.authors).map((a) => str(a && a.name)).filter(Boolean);
    return names.length ? el('p', { class: 'authors' }, t('web.authors', { names: names.join(', ') })) : null;
  }

  function licence() {
    return el('p', { class: 'licence' }, t('web.license', { license: str(meta.license) }));
  }

  function levelChoice(onChange) {
    const levels = list(quiz.levels).filter((l) => l && AQData.questions(quiz, str(l.id)).length);
    if (levels.length < 2) return null;
    const option = (id, name, description) => {
      const count = AQData.questions(quiz, id).length;
      const input = el('input', { type: 'radio', name: 'level', value: id === null ? '' : id, checked: ctx.levelId === id,
        onchange: () => { ctx.levelId = id; onChange(); } });
      return el('label', { class: 'level' }, input,
        el('span', { class: 'level-name' }, name, ' ', el('span', { class: 'count' }, `(${t('web.start.count', { n: count })})`)),
        description ? el('span', { class: 'level-description' }, description) : null);
    };
    return el('fieldset', { class: 'levels' }, el('legend', {}, t('web.start.level')),
      option(null, t('web.start.all_levels'), ''),
      levels.map((l) => option(str(l.id), str(l.name) || str(l.id), str(l.description))));
  }

  function home(first) {
    document.body.classList.remove('presenting');
    const heading = el('h1', { class: 'title' }, str(quiz.title));
    const study = el('button', { type: 'button', class: 'primary mode', 'aria-describedby': 'aq-study-help' }, t('web.start.study'));
    const present = el('button', { type: 'button', class: 'primary mode', 'aria-describedby': 'aq-present-help' }, t('web.start.present'));
    const count = el('p', { class: 'count' });
    const refresh = () => {
      const n = AQData.questions(quiz, ctx.levelId).length;
      count.textContent = t('web.start.count', { n });
      study.disabled = n === 0;
      present.disabled = n === 0;
    };
    study.addEventListener('click', () => AQStudy.start(ctx, AQData.questions(quiz, ctx.levelId), home));
    present.addEventListener('click', () => AQPresent.start(ctx, AQData.questions(quiz, ctx.levelId), home));
    const skipped = AQData.unknownCount(quiz);
    AQDom.replace(root,
      el('header', { class: 'intro' }, heading,
        str(quiz.description) ? el('p', { class: 'description' }, str(quiz.description)) : null,
        authors(), licence()),
      levelChoice(refresh),
      count,
      skipped ? el('p', { class: 'note' }, t('web.skipped', { n: skipped })) : null,
      el('section', { class: 'modes', 'aria-labelledby': 'aq-modes' },
        el('h2', { id: 'aq-modes' }, t('web.start.modes')),
        el('div', { class: 'mode-row' },
          el('div', { class: 'mode-card' }, study, el('p', { id: 'aq-study-help' }, t('web.start.study_help'))),
          el('div', { class: 'mode-card' }, present, el('p', { id: 'aq-present-help' }, t('web.start.present_help'))))),
      el('nav', { class: 'bottom' },
        el('button', { type: 'button', class: 'secondary', onclick: showCredits }, t('web.credits')),
        el('a', { class: 'download', href: download, download: AQData.fileName(quiz) }, t('web.download')),
        el('p', { class: 'small' }, t('web.download_help'))));
    refresh();
    if (first !== true) AQDom.focus(heading);
  }

  function sourceItem(s) {
    const use = str(s.use);
    const bits = [str(s.author), meta.sources && meta.sources[str(s.id)], ['reused', 'adapted', 'reference'].includes(use) ? t(`web.credits.use.${use}`) : ''];
    return el('li', {},
      el('span', { class: 'credit-title' }, str(s.title) || str(s.id)),
      el('span', {}, ` — ${bits.filter(Boolean).join(' · ')}`),
      str(s.url) ? el('span', { class: 'url' }, str(s.url)) : null,
      str(s.changes) ? el('span', { class: 'note' }, t('web.credits.changes', { changes: str(s.changes) })) : null,
      str(s.note) ? el('span', { class: 'note' }, str(s.note)) : null);
  }

  function imageItems() {
    const assets = quiz.assets && typeof quiz.assets === 'object' ? quiz.assets : {};
    return Object.keys(assets).sort().map((id) => {
      const c = assets[id] && assets[id].credit;
      if (!c || typeof c !== 'object') return null;
      const bits = [str(c.author), meta.assets && meta.assets[id]];
      return el('li', {}, el('span', { class: 'credit-title' }, str(c.title) || id),
        el('span', {}, ` — ${bits.filter(Boolean).join(' · ')}`),
        str(c.url) ? el('span', { class: 'url' }, str(c.url)) : null);
    }).filter(Boolean);
  }

  function showCredits() {
    document.body.classList.remove('presenting');
    const heading = el('h1', {}, t('web.credits'));
    const sources = list(quiz.sources).filter((s) => s && typeof s === 'object');
    const images = imageItems();
    AQDom.replace(root, el('section', { class: 'credits' },
      heading,
      el('h2', {}, t('web.credits.quiz')),
      el('p', {}, el('span', { class: 'credit-title' }, str(quiz.title))),
      authors(), licence(),
      el('h2', {}, t('web.credits.sources')),
      sources.length ? el('ul', {}, sources.map(sourceItem)) : el('p', {}, t('web.credits.none')),
      images.length ? [el('h2', {}, t('web.credits.images')), el('ul', {}, images)] : null,
      el('p', { class: 'small' }, t('web.credits.font')),
      el('p', { class: 'small' }, t('web.credits.made_with'))),
    el('nav', { class: 'bottom' },
      el('button', { type: 'button', class: 'primary', onclick: home }, t('web.home')),
      el('a', { class: 'download', href: download, download: AQData.fileName(quiz) }, t('web.download'))));
    AQDom.focus(heading);
    window.scrollTo(0, 0);
  }

  home(true);
})();
