/* Atelier Quiz — translation lookup for the web pages (quiz page, phone page).
 *
 * The strings are not written here: Rust copies the app's own tables (src/i18n/web.rs and a
 * few shared keys) into the page as JSON, {"fr": {key: text}, "en": {key: text}}. French is
 * the default; English when the quiz or the browser says so. Placeholders `{name}` and plurals
 * `{n|singulier|pluriel}` follow the same rules as the app (French: |n| < 2 is singular). */
'use strict';

const AQI18n = (() => {
  let table = {};
  let lang = 'fr';

  /** Picks the language: the quiz's language first, then the browser's, French otherwise. */
  function choose(strings, quizLanguage, browserLanguages) {
    const spoken = (code) => {
      const primary = String(code || '').toLowerCase().split(/[-_.@]/)[0];
      return Object.prototype.hasOwnProperty.call(strings, primary) ? primary : null;
    };
    lang = spoken(quizLanguage) || (browserLanguages || []).map(spoken).find(Boolean) || 'fr';
    table = strings[lang] || strings.fr || {};
    return lang;
  }

  function isSingular(shown) {
    const value = Number(String(shown).replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
    if (Number.isNaN(value)) return false;
    return lang === 'fr' ? Math.abs(value) < 2 : Math.abs(value) === 1;
  }

  /** The text of `key` with `{name}` and `{name|one|other}` filled in from `args`. */
  function t(key, args) {
    const template = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    if (!args) return template;
    return template.replace(/\{([a-z_]+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name, one, other) => {
      if (!Object.prototype.hasOwnProperty.call(args, name)) return whole;
      const shown = String(args[name]);
      if (one === undefined) return shown;
      return isSingular(shown) ? one : other;
    });
  }

  /** A percentage as the language writes it: "40 %" (narrow no-break space) or "40%". */
  function number(n) {
    return String(n).replace('.', lang === 'fr' ? ',' : '.');
  }

  return { choose, t, number, get lang() { return lang; } };
})();
