// The incremental parse (yaml/incremental.ts) must equal a whole parse of the same text, whatever edits led there,
// and must reuse what did not change. Its findings must equal a fresh analysis.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments, visit } from 'yaml';
import { hasExactSubSpans } from '../../server/src/yaml/scalar-source';
import { markExactScalars, parseStream, segmentStarts, type StreamOptions } from '../../server/src/yaml/incremental';
import { analyzeFile, forgetFile } from '../../server/src/analysis';
import { composeFile, manifestStream } from '../../bench/generate';
import { edits } from './arbitraries';
import { seeds } from './corpus';
import { snapshotStream, wholeParseSnapshot as whole } from './snapshot';

const OPTIONS: StreamOptions = { prettyErrors: false, uniqueKeys: true, exactScalars: true };

function applyEdit(text: string, [at, deleted, inserted]: readonly [number, number, string]): string {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, i) + inserted + text.slice(i + deleted);
}

describe('incremental parse', () => {
  it('cuts at document markers only, keeping leading comments and text after `...` with the next document', () => {
    assert.deepEqual(segmentStarts('a: 1\n---\nb: 2\n---\nc: 3\n'), [0, 5, 14]);
    assert.deepEqual(segmentStarts('# lead\n---\na: 1\n---\nb: 2\n'), [0, 16]);
    assert.deepEqual(segmentStarts('a: 1\n...\n# x\n---\nb: 2\n---\nc: 3\n'), [0, 22]);
    assert.deepEqual(segmentStarts('a: |\n  ---\n---x\n--- \nb: 1'), [0, 16]);
    assert.deepEqual(segmentStarts('k: v\r\n---\r\nx: y\r\n'), [0, 6]);
    // A document that opens with a stray `]` or `}` has its error given to the one before it: no cut there.
    assert.deepEqual(segmentStarts('a: 1\n---\n# c\n&x ]\n---\nb: 2\n---\n}\n'), [0, 18]);
  });

  const tricky = [
    'a: "x\n---\ny"\n---\nb: 1\n', // a quoted scalar is ended by a marker when it has a closing quote somewhere
    'a: "x\n---\nb: 1\n---\nc: 2\n', // and runs over every marker when it has none
    "a: 'it''s\n---\nb: 1\n",
    'a: [1,\n---\n2]\n---\nb: 1\n', // an open flow collection ends at the marker
    '# :a: 1 \n---\n-[b: \n# \n---', // ... with the newline before it, as in the whole stream
    'a: |\n  text\n---\nb: 2\n',
    'a: 1\n...\n# x\n---\nb: 2\n...\n',
    '%YAML 1.2\n---\na: 1\n---\n%TAG ! tag:x,2000:\n---\nb: !x 2\n',
    '\uFEFF---\na: 1\n---\nb: [\n',
    '',
    '# only a comment\n',
    '---\n---\n---\n',
    'a: 1\n---\n]x: 2\n---\nb: 3\n', // the stray `]` is an error of the document before it
    'a: 1\n--- !t }\n---\nb: 3\n',
  ];
  for (const text of tricky) {
    it(`equals a whole parse: ${JSON.stringify(text).slice(0, 50)}`, () => {
      assert.deepEqual(snapshotStream(parseStream(text, OPTIONS).result), whole(text));
    });
  }

  // Duplicate keys are found in one pass instead of `yaml`'s quadratic one, with the same errors at the same places
  // as `yaml` puts them. (`yaml` reports where the key's item starts after its properties, which in a few broken
  // texts is before the key; NetLens always points at the repeated key.)
  const duplicates = [
    'a: 1\na: 2\na: 3\n', 'x:\n  a: 1\n  # c\n\n  a: 2\n', '{a: 1, a: 2}', '? a\n: 1\n? a\n: 2\n', '&x a: 1\n!!str a: 2\n',
    ': 1\n: 2\n', '1: a\n0x1: b\n1.0: c\n', 'a: 1\n   \n"a": 2', '- {a: 1,\n   a: 2}', '[a: 1, a: 2]', '? |\n  a\n: 1\n"a\\n": 2\n',
    'a: 1\n? \n  a\n: 2\n', '{? a, a}', '{a, a: 1}', 'x: {: 1, : 2}', '.nan: 1\n.NaN: 2\n', '~: 1\nnull: 2\n', 'true: 1\nTrue: 2\n',
    '[a]: 1\n[a]: 2\n', '*x : 1\n*x : 2\n', '!!binary aGk=: 1\n!!binary aGk=: 2\n', 'a: 1\n---\na: 2\n', '{a: 1, b: {a: 1, a: 2}, a: 3}',
    // A map of more than eight keys (hashed rather than compared pairwise).
    `${Array.from({ length: 12 }, (_, i) => `k${i}: ${i}\n`).join('')}k3: x\n.nan: 1\n.nan: 2\n0x1: y\nk11: z\n`,
  ];
  for (const text of duplicates) {
    it(`finds duplicate keys as yaml does: ${JSON.stringify(text).slice(0, 40)}`, () => {
      const yamlOwn = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
      assert.ok(Array.isArray(yamlOwn));
      if (Array.isArray(yamlOwn)) for (const doc of yamlOwn) markExactScalars(doc, text);
      assert.deepEqual(snapshotStream(parseStream(text, OPTIONS).result), snapshotStream(yamlOwn));
    });
  }

  it('marks exactly the plain and quoted scalars whose value is their CST source text less the quotes', () => {
    let marked = 0;
    let unmarked = 0;
    const escaped = { name: 'escapes and folding', text: 'a: "x\\ty"\nb: \'it\'\'s\'\nc: "two\n  lines"\nd: plain\n  folded\ne: ""\nf: "\\u0041"\ng: [\'q\', "r", s]\n---\n"a\nb"\n---\nc\nd\n' };
    for (const seed of [...seeds(), escaped]) {
      const parsed = parseAllDocuments(seed.text, { keepSourceTokens: true });
      const ours = parseStream(seed.text, OPTIONS).result;
      if (!Array.isArray(parsed) || !Array.isArray(ours)) continue;
      const exact = new Map<number, boolean>();
      for (const doc of parsed) {
        visit(doc, {
          Scalar(_key, node) {
            if (!node.range || node.range[1] <= node.range[0] || typeof node.value !== 'string') return;
            const cst = (node.srcToken as { source?: string } | undefined)?.source;
            const open = node.type === 'PLAIN' ? 0 : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : -1;
            if (open < 0 || cst === undefined) return;
            exact.set(node.range[0], Math.max(0, cst.length - 2 * open) === node.value.length && cst.startsWith(node.value, open));
          },
        });
      }
      for (const doc of ours) {
        visit(doc, {
          Scalar(_key, node) {
            if (!node.range || !exact.has(node.range[0])) return;
            const mark = hasExactSubSpans(node);
            assert.equal(mark, exact.get(node.range[0]), `${seed.name} at ${node.range[0]}`);
            if (mark) marked++;
            else unmarked++;
          },
        });
      }
    }
    assert.ok(marked > 100 && unmarked > 5, `both kinds are seen (${marked} marked, ${unmarked} not)`);
  });

  it('re-parses only the edited document of a 200-document stream, and moves the ones after it', () => {
    const text = manifestStream(200, 9);
    const first = parseStream(text, OPTIONS);
    const at = text.indexOf('clusterIP: 10.96.', text.length / 2);
    const edited = `${text.slice(0, at)}clusterIP: 10.196.${text.slice(at + 'clusterIP: 10.96.'.length)}`;
    const second = parseStream(edited, OPTIONS, first);
    assert.equal(second.reused, 199);
    assert.deepEqual(snapshotStream(second.result), whole(edited));
  });

  it('re-parses only the edited item of a Compose file that is one document, and moves what follows it', () => {
    const text = composeFile(400, 21);
    const first = parseStream(text, OPTIONS);
    const at = text.indexOf('10200:80') + 2;
    const typed = `${text.slice(0, at)}7${text.slice(at)}`;
    const second = parseStream(typed, OPTIONS, first);
    assert.equal(second.spliced, 1);
    assert.deepEqual(snapshotStream(second.result), whole(typed));
    // Deleting it again, from the spliced version.
    const third = parseStream(text, OPTIONS, second);
    assert.equal(third.spliced, 1);
    assert.deepEqual(snapshotStream(third.result), whole(text));
  });

  /**
   * Applies `changes` one after another: each version's incremental parse must equal a whole parse, and its findings
   * (the analysis cache lends each version to the next too) a fresh file's. Returns how many items were spliced.
   */
  function followEdits(uri: string, freshUri: string, start: string, changes: readonly Parameters<typeof applyEdit>[1][]): number {
    forgetFile(uri);
    let text = start;
    let previous = parseStream(text, OPTIONS);
    let spliced = 0;
    analyzeFile({ uri, text });
    for (const change of changes) {
      text = applyEdit(text, change);
      const next = parseStream(text, OPTIONS, previous);
      spliced += next.spliced;
      assert.deepEqual(snapshotStream(next.result), whole(text), `after edits, text ${JSON.stringify(text)}`);
      previous = next;
      const incremental = analyzeFile({ uri, text });
      const fresh = analyzeFile({ uri: freshUri, text });
      forgetFile(freshUri);
      assert.equal(JSON.stringify(incremental), JSON.stringify(fresh).split(freshUri).join(uri), `findings differ on ${JSON.stringify(text)}`);
    }
    return spliced;
  }

  const spliceCases: readonly [string, string, string, number][] = [
    // [name, text, edit as "old=>new" on the first occurrence, expected splices]
    ['a value typed into', 'services:\n  a:\n    image: x\n    ports:\n      - "80:80"\n  b:\n    image: y\n', '"80:80"=>"8080:80"', 1],
    ['a key renamed to one its map already has (a duplicate key error)', 'services:\n  a:\n    image: x\n    ports: []\n', 'image: x=>ports: x', 1],
    ['a line added at the item\'s own indentation (a new sibling: the item around it is parsed)', 'a:\n  b: 1\n  c: 2\n', 'b: 1=>b: 1\n  d: 3', 1],
    ['a line added at the root of the document', 'a: 1\nb: 2\n', 'a: 1=>a: 1\nc: 3', 0],
    ['a line added deeper inside the item', 'a:\n  b:\n    x: 1\n  c: 2\n', 'x: 1=>x: 1\n    y: 2', 1],
    ['a comment typed', 'a:\n  b: 1\n  c: 2\n', 'b: 1=>b: 1 # one', 0],
    ['a quote left open', 'a:\n  b: 1\n  c: 2\n', 'b: 1=>b: "1', 0],
    ['a flow collection left open', 'a:\n  b: [1]\n  c: 2\n', '[1]=>[1,', 0],
    ['the blank line after an item removed', 'a:\n  b: 1\n\n  c: 2\n', '1\n\n=>1\n', 1],
    ['an item turned into a block scalar', 'a:\n  - x\n  - y\n', '- x=>- |\n    x', 0],
    // Found by the long run: an empty value before a blank line takes it or leaves it to what follows.
    ['an empty value renamed before a blank line and a sibling', 'kind: Cluster\n---\nkey: v\nnet:\n\nipFamily: ipv6\n', 'net:=>ne}t:', 0],
    ['an item with an empty value before a blank line and a line less indented', 'spec:\n  containers:\n  - name: app\n    env:\n      ref:\n        \n  path: x\n', '- name=>- 1name', 0],
    ['a value emptied before a comment line less indented', 'spec:\n  net:\n    cidrs:\n     - "a"\n     - "b"\n# ...\n  lb:\n    mode: x\n', '- "b"=>- "b": ', 0],
    ['an item before a blank line and a sibling', 'services:\n  web:\n    ports:\n      - "80:80"\n\n  db:\n    image: x\n', '"80:80"=>"8080:80"', 1],
    ['an item of a block sequence in a map at the same indentation', 'a:\n- x: 1\n- y: 2\nb: 3\n', 'x: 1=>x: 12', 1],
    ['the last item, with no line break at the end', 'a:\n  b: 1\n  c: 2', 'c: 2=>c: 22', 1],
    // Found by `npm run fuzz:incremental`: these end differently before the next line than at the end of a fragment.
    ['an explicit key typed before a blank line', 'services:\n  web:\n    networks:\n      - a\n      - b\n\n  db:\n    image: x\n', '      - b=>    ?   - b', 0],
    ['an alias typed before a blank line', 'a:\n  b: &x 1\n  c: 2\n\n  d: 3\n', 'c: 2=>c: *x', 0],
    ['a value in a CRLF file', 'a:\r\n  b: 1\r\n  c: 2\r\n', 'b: 1=>b: 10', 1],
    // Found in review: an empty key starts where the blank lines before its line start.
    ['a key deleted after a blank line', 'a:\n  b: 1\n\n  c: 2\nd: 3\n', '  c: 2=>  : 2', 0],
    ['a value typed into an item with an empty key after a blank line', 'a:\n  b: 1\n\n  : 2\nd: 3\n', ': 2=>: 23', 0],
  ];
  for (const [name, text, change, splices] of spliceCases) {
    it(`splices an item or parses whole, equal to a whole parse: ${name}`, () => {
      const [from, to] = change.split('=>') as [string, string];
      const at = text.indexOf(from);
      assert.ok(at >= 0, from);
      const edited = text.slice(0, at) + to + text.slice(at + from.length);
      const next = parseStream(edited, OPTIONS, parseStream(text, OPTIONS));
      assert.equal(next.spliced, splices);
      assert.deepEqual(snapshotStream(next.result), whole(edited));
    });
  }

  it('equals a whole parse after any sequence of typing-like edits in one-document files, and so do the findings', () => {
    const texts = [composeFile(12, 22), manifestStream(6, 23), ...seeds().filter((s) => s.text.length < 4000).slice(0, 40).map((s) => s.text)];
    const typing = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom('', '7', 'a', '.', ':', ' ', '-', '"', '[', '\n', '\n  ', '\n      ', '- ', 'x: 1', '\n\n')), { minLength: 1, maxLength: 20 });
    let spliced = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts.keys()), typing, (which, changes) => {
        spliced += followEdits('file:///fuzz/typing/compose.yaml', 'file:///fuzz/typing-fresh/compose.yaml', texts[which]!, changes);
      }),
      { seed: 4343, numRuns: 200, interruptAfterTimeLimit: 8000, markInterruptAsFailure: false },
    );
    // The property is about splices: it must have made some.
    assert.ok(spliced > 20, `only ${spliced} splices`);
  });

  it('lends a parse once: a second version made from the same one is parsed whole', () => {
    const text = manifestStream(20, 10);
    const first = parseStream(text, OPTIONS);
    const a = parseStream(`${text}# a\n`, OPTIONS, first);
    const b = parseStream(`# b\n${text}`, OPTIONS, first);
    assert.ok(a.reused > 0);
    assert.equal(b.reused, 0);
    assert.deepEqual(snapshotStream(b.result), whole(`# b\n${text}`));
  });

  it('reports a document nested too deeply for the parser as a YAML error, and reads the others', () => {
    const deep = ['apiVersion: v1', 'kind: ConfigMap', 'data:', ...Array.from({ length: 6000 }, (_, i) => `${' '.repeat((i % 900) + 1)}- k${i}:`)].join('\n');
    const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 80}]\n  ipFamilies: [ipv6]\n';
    const findings = analyzeFile({ uri: 'file:///fuzz/deep.yaml', text: `${service}---\n${deep}\n---\n${service}` });
    assert.deepEqual([...new Set(findings.map((f) => f.code))].sort(), ['NL001', 'NL201']);
    assert.equal(findings.filter((f) => f.code === 'NL201').length, 2);
  });

  it('equals a whole parse after any sequence of edits, and so do the findings', () => {
    const corpus = seeds().filter((s) => s.text.length < 8000);
    fc.assert(
      fc.property(fc.constantFrom(...corpus), edits, (seed, changes) => {
        followEdits(`file:///fuzz/incremental/${seed.file}`, `file:///fuzz/fresh/${seed.file}`, seed.text, changes);
      }),
      { seed: 4242, numRuns: 150, interruptAfterTimeLimit: 8000, markInterruptAsFailure: false },
    );
  });
});
