// axe-core in the page under test, WCAG 2.0/2.1/2.2 A and AA rules. Injected through the
// DevTools protocol (page.evaluate), which the page's CSP does not govern — the page itself
// still allows no script but its own.
'use strict';

const fs = require('node:fs');

const SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations on the page as it is now, one line each (empty when none). */
async function violations(page) {
  await page.evaluate(SOURCE);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return result;
}

module.exports = { violations, TAGS };
