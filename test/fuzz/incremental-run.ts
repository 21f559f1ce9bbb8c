// The long run of the incremental parse: `npm run fuzz:incremental -- [--edits N] [--seed N]`. Takes the fuzz seeds
// and generated Compose files and manifest streams, makes chains of edits on them (random characters and YAML
// tokens, or typing: letters, digits, quotes, line breaks with indentation), parses each version from the one
// before it (yaml/incremental.ts, yaml/splice.ts) and compares the result with a whole parse of the same text. Prints
// the edits made, how many re-parsed one item only, and every difference (with the text before and after), and
// exits 1 if there was one. The CI suite runs the same comparison (incremental.test.ts) on a few hundred chains.

import { parseStream, type StreamOptions, type StreamParse } from '../../server/src/yaml/incremental';
import { composeFile, manifestStream, rng } from '../../bench/generate';
import { seeds } from './corpus';
import { snapshotStream, wholeParseSnapshot } from './snapshot';
import { isDeepStrictEqual } from 'node:util';
import { writeFileSync } from 'node:fs';

const OPTIONS: StreamOptions = { prettyErrors: false, uniqueKeys: true, exactScalars: true };
const TOKENS = ['7', 'a', ' ', '\n', '\n  ', '\n      x: 1', ':', '- ', '"', "'", '[', ']', '{', '}', ',', '#', '&a ', '*a', '!!str ', '|\n  x\n', '\t', '---\n', 'key: v\n', '\r\n', '? ', '%', '\n    - 1', ': ', '  ', '\n\n'];
const TYPING = 'abc019.:/-x "\n';
const CHAIN = 15;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const total = option('edits', 100_000);
const seed = option('seed', Date.now() % 2 ** 31);
const r = rng(seed);
const texts = [
  ...seeds().filter((s) => s.text.length < 8000).map((s) => s.text),
  composeFile(40, 3), composeFile(200, 4, 20000), manifestStream(12, 4), manifestStream(60, 5),
];
const started = Date.now();
let edits = 0;
let spliced = 0;
let reusedDocs = 0;
let differences = 0;
console.log(`incremental parse: ${total} edits in chains of ${CHAIN} on ${texts.length} texts, seed ${seed}; reproduce with --seed ${seed} --edits ${total}`);
while (edits < total) {
  let text = texts[Math.floor(r() * texts.length)]!;
  let previous: StreamParse = parseStream(text, OPTIONS);
  const typing = r() < 0.5;
  for (let k = 0; k < CHAIN && edits < total; k++, edits++) {
    const at = Math.floor(r() * (text.length + 1));
    const deleted = r() < 0.5 ? 0 : Math.floor(r() * 4);
    const inserted = r() < 0.3 ? '' : typing ? TYPING[Math.floor(r() * TYPING.length)]! : TOKENS[Math.floor(r() * TOKENS.length)]!;
    const next = text.slice(0, at) + inserted + text.slice(at + deleted);
    const parse = parseStream(next, OPTIONS, previous);
    spliced += parse.spliced;
    reusedDocs += parse.reused;
    if (!isDeepStrictEqual(snapshotStream(parse.result), wholeParseSnapshot(next))) {
      differences++;
      if (differences <= 3) console.log(`difference after an edit at ${at} (-${deleted}, +${JSON.stringify(inserted)}), ${parse.spliced} spliced:\nbefore ${JSON.stringify(text)}\nafter  ${JSON.stringify(next)}`);
      if (process.env.NETLENS_FUZZ_OUT && differences === 1) writeFileSync(process.env.NETLENS_FUZZ_OUT, JSON.stringify({ before: text, after: next }));
    }
    text = next;
    previous = parse;
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${edits} edits: ${spliced} re-parsed one item only, ${reusedDocs} documents reused whole, ${differences} differences from a whole parse (${seconds} s)`);
process.exit(differences > 0 ? 1 : 0);
