// The incremental parse (yaml/incremental.ts) must equal a whole parse of the same text, whatever edits led there,
// and must reuse what did not change. Its findings must equal a fresh analysis.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments, visit } from 'yaml';
import { attachScalarSources, parseStream, segmentStarts, type StreamOptions } from '../../server/src/yaml/incremental';
import { analyzeFile, forgetFile } from '../../server/src/analysis';
import { manifestStream } from '../../bench/generate';
import { edits } from './arbitraries';
import { seeds } from './corpus';
import { snapshotStream } from './snapshot';

const OPTIONS: StreamOptions = { prettyErrors: false, uniqueKeys: true, scalarSources: true };

/** A whole parse of the text, with the same scalar sources as parse.ts keeps. */
function whole(text: string): unknown {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
  if (Array.isArray(parsed)) for (const doc of parsed) attachScalarSources(doc, text);
  return snapshotStream(parsed);
}

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
  ];
  for (const text of tricky) {
    it(`equals a whole parse: ${JSON.stringify(text).slice(0, 50)}`, () => {
      assert.deepEqual(snapshotStream(parseStream(text, OPTIONS).result), whole(text));
    });
  }

  it('keeps for each plain or quoted scalar the source text the CST has for it', () => {
    for (const seed of seeds()) {
      const parsed = parseAllDocuments(seed.text, { keepSourceTokens: true });
      if (!Array.isArray(parsed)) continue;
      for (const doc of parsed) {
        visit(doc, {
          Scalar(_key, node) {
            if (!node.range || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(String(node.type))) return;
            const cst = (node.srcToken as { source?: string } | undefined)?.source;
            const kept = node.range[1] > node.range[0] ? seed.text.slice(node.range[0], node.range[1]) : undefined;
            assert.equal(kept, cst, `${seed.name} at ${node.range[0]}`);
          },
        });
      }
    }
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
        const uri = `file:///fuzz/incremental/${seed.file}`;
        forgetFile(uri);
        let text = seed.text;
        let previous = parseStream(text, OPTIONS);
        analyzeFile({ uri, text });
        for (const change of changes) {
          text = applyEdit(text, change);
          const next = parseStream(text, OPTIONS, previous);
          assert.deepEqual(snapshotStream(next.result), whole(text), `after edits, text ${JSON.stringify(text)}`);
          previous = next;
          // The analysis cache lends each version to the next too: its findings must equal a fresh file's.
          const incremental = analyzeFile({ uri, text });
          const freshUri = `file:///fuzz/fresh/${seed.file}`;
          const fresh = analyzeFile({ uri: freshUri, text });
          forgetFile(freshUri);
          assert.equal(JSON.stringify(incremental), JSON.stringify(fresh).split(freshUri).join(uri), `findings differ on ${JSON.stringify(text)}`);
        }
      }),
      { seed: 4242, numRuns: 150, interruptAfterTimeLimit: 8000, markInterruptAsFailure: false },
    );
  });
});
