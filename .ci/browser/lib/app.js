// The real binary: exports a quiz with `atelier-quiz convert` exactly as a person would, into
// a scratch folder. Also where screenshots go (target/browser-shots/, for looking at).
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..', '..');
const BIN = process.env.ATELIER_BIN || path.join(REPO, 'target', 'debug', 'atelier-quiz');
const SHOTS = path.join(REPO, 'target', 'browser-shots');

function scratch(prefix = 'aq-web-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `atelier-quiz convert input output [--to to]`; returns `output`. */
function convert(input, output, to) {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: cargo build first`);
  const args = ['convert', input, output];
  if (to) args.push('--to', to);
  execFileSync(BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return output;
}

/** A sample quiz of quizzes/, parsed (to derive test quizzes from). */
function sample(name) {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'quizzes', name), 'utf8'));
}

/** Writes `quiz` (an object) as a .quiz.json in `dir` and exports it as a page there. */
function exportPage(dir, name, quiz) {
  const input = path.join(dir, `${name}.quiz.json`);
  fs.writeFileSync(input, `${JSON.stringify(quiz, null, 2)}\n`);
  return convert(input, path.join(dir, `${name}.html`));
}

async function screenshot(page, name, options = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

module.exports = { REPO, BIN, SHOTS, scratch, convert, sample, exportPage, screenshot };
