// Parses each GIFT file given on the command line with gift-pegjs; prints the number of
// questions of each, exits 1 on the first file it refuses (with the parser's message).
const fs = require("fs");
const { parse } = require("gift-pegjs");
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  try {
    const questions = parse(text).filter((q) => q.type !== "Category" && q.type !== "Description");
    console.log(`${file}\t${questions.length}`);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(1);
  }
}
