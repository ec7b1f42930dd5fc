/* Atelier Quiz web page — reading the embedded quiz.
 *
 * The page carries the original .quiz.json once, in a <script type="application/json">
 * block; everything shown is read from it at run time (images too, as data: URLs), so the
 * file is not bigger than the quiz plus the page's code. */
'use strict';

const AQData = (() => {
  const KNOWN = ['single_choice', 'multiple_choice', 'true_false', 'poll', 'ordering', 'hotspot', 'open'];
  const MEDIA = /^image\/(png|jpeg|gif|webp)$/;

  function block(id) {
    const node = document.getElementById(id);
    return node ? node.textContent : '';
  }

  /** The embedded JSON's text as the original file had it: the exporter escaped `<`, `>`,
   * `&`, U+2028 and U+2029 as \uXXXX so no end tag can close the block; undo exactly
   * those escapes (not an escaped backslash followed by "u003c"). */
  function originalText(text) {
    return text.replace(/(\\+)u(003c|003e|0026|2028|2029)/gi, (whole, slashes, hex) => {
      if (slashes.length % 2 === 0) return whole;
      return slashes.slice(1) + String.fromCharCode(parseInt(hex, 16));
    });
  }

  function load() {
    const text = block('aq-quiz');
    return {
      quiz: JSON.parse(text),
      fileText: originalText(text),
      strings: JSON.parse(block('aq-strings') || '{}'),
      meta: JSON.parse(block('aq-meta') || '{}'),
    };
  }

  function str(v) { return typeof v === 'string' ? v : ''; }
  function list(v) { return Array.isArray(v) ? v : []; }

  /** The quiz's questions of `levelId` (all when null) that this page can show, in level
   * order then file order, as the app presents them. */
  function questions(quiz, levelId) {
    const levels = list(quiz.levels).map((l) => str(l.id));
    const rank = (q) => { const i = levels.indexOf(str(q.level)); return i < 0 ? levels.length : i; };
    return list(quiz.questions)
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => q && KNOWN.includes(q.type))
      .filter(({ q }) => levelId === null || str(q.level) === levelId)
      .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
      .map(({ q }) => q);
  }

  function unknownCount(quiz) {
    return list(quiz.questions).filter((q) => !q || !KNOWN.includes(q.type)).length;
  }

  /** A data: URL of asset `id`, or null when it is missing or not an image type we show. */
  function imageUrl(quiz, id) {
    const asset = quiz.assets && Object.prototype.hasOwnProperty.call(quiz.assets, id) ? quiz.assets[id] : null;
    if (!asset || !MEDIA.test(str(asset.media_type)) || !/^[A-Za-z0-9+/=\s]*$/.test(str(asset.data))) return null;
    return `data:${asset.media_type};base64,${str(asset.data).replace(/\s/g, '')}`;
  }

  /** "Title — detail" of a question's source, or '' without one. */
  function sourceText(quiz, ref) {
    if (!ref || typeof ref !== 'object') return '';
    const source = list(quiz.sources).find((s) => s && s.id === ref.ref);
    const title = source ? (str(source.title) || str(source.id)) : str(ref.ref);
    return [title, str(ref.detail)].filter(Boolean).join(' — ');
  }

  function isScored(q) {
    return q.type !== 'poll' && q.type !== 'open';
  }

  /** A shuffled copy of 0..n-1, never the identity when n > 1 (the right order must not be
   * given away), the same for the same seed so a run can be replayed. */
  function shuffled(n, seed) {
    const order = [...Array(n).keys()];
    let s = (seed * 2654435761) >>> 0 || 1;
    const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
    for (let i = n - 1; i > 0; i -= 1) {
      const j = next() % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift());
    return order;
  }

  /** A file name for the download: the title in lower case ASCII words + .quiz.json. */
  function fileName(quiz) {
    const stem = str(quiz.title).normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return `${stem || 'quiz'}.quiz.json`;
  }

  return { load, questions, unknownCount, imageUrl, sourceText, isScored, shuffled, fileName, str, list };
})();
