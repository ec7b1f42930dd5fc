// Times gift-pegjs (the independent GIFT parser the judges use, from .ci/judges/gift) parsing
// one file in-process: `node benches/gift_pegjs_median.js FILE.gift N` reads FILE once,
// parses it once to warm up the JIT, then N times, and prints `questions median_ms`.
// Used by benches/gift_vs_pegjs.sh.
const fs = require("fs");
const path = require("path");
const { parse } = require(path.join(__dirname, "../.ci/judges/gift/node_modules/gift-pegjs"));
const [file, n] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf8");
const count = (qs) => qs.filter((q) => q.type !== "Category" && q.type !== "Description").length;
const questions = count(parse(text));
const times = [];
for (let i = 0; i < Math.max(1, Number(n)); i++) {
  const start = process.hrtime.bigint();
  parse(text);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`${questions} ${times[Math.floor(times.length / 2)].toFixed(4)}`);
