// LineIndex against the oracle every LSP client agrees with: vscode-languageserver-textdocument.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/text/line-index';

const pieces = fc.constantFrom('a', 'ß', '日本', '🚀', '\u{1F433}', '\r\n', '\n', '\r', '\uFEFF', '\t', ' ', ':', '-', '"');
const texts = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(''));

describe('LineIndex', () => {
  it('agrees with TextDocument.positionAt for every offset', () => {
    fc.assert(fc.property(texts, (text) => {
      const doc = TextDocument.create('file:///x', 'yaml', 1, text);
      const index = new LineIndex(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        assert.deepEqual(index.positionAt(offset), doc.positionAt(offset), `offset ${offset} of ${JSON.stringify(text)}`);
      }
    }), { numRuns: 500 });
  });

  it('agrees with TextDocument.offsetAt, including positions past the end of a line', () => {
    fc.assert(fc.property(texts, fc.nat(8), fc.nat(12), (text, line, character) => {
      const doc = TextDocument.create('file:///x', 'yaml', 1, text);
      const index = new LineIndex(text);
      assert.equal(index.offsetAt({ line, character }), doc.offsetAt({ line, character }));
    }), { numRuns: 1000 });
  });

  it('counts lines like LSP: \\r\\n, \\n and a lone \\r each end a line', () => {
    const index = new LineIndex('a\r\nb\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });

  it('measures columns in UTF-16 code units and keeps a BOM as a character of line 0', () => {
    const index = new LineIndex('\uFEFFkey: 🚀x');
    assert.deepEqual(index.positionAt(8), { line: 0, character: 8 });
    assert.deepEqual(index.rangeOf({ start: 6, end: 8 }), { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } });
  });
});
