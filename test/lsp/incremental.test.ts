// Editing through the bundled server: after every incremental change, the diagnostics of the edited document (whose
// parse is reused item by item and document by document, yaml/splice.ts and yaml/incremental.ts) equal those of a
// fresh document opened with the same text.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient, type PublishedDiagnostics } from './client';
import { serverForSuite } from './suite';
import { LineIndex } from '../../server/src/text/line-index';
import { composeFile } from '../../bench/generate';

/** [what to find, what to put in its place] on the first occurrence after the given text. */
type Step = readonly [string, string, string?];

const COMPOSE_STEPS: readonly Step[] = [
  // Findings near the end first, so that every later edit above them must move them right.
  ['443/tcp', '443/xyz', 'svc19:'], // a protocol docker refuses
  ['10018:80"', '10017:80"', 'svc18:'], // a host port taken twice
  ['10003:80', '10003:807'], // a digit typed into a port
  ['10003:807', '10003:80'], // and deleted
  ['10004:80', '10004:8'], // a digit deleted
  ['image: nginx:1.27\n', 'image: nginx:1.27\n    expose: ["80"]\n', 'svc7:'], // a line added inside a service
  ['  svc9:\n', '\n  svc9:\n'], // a blank line between services
  ['10010:80"', '10010:80'], // a quote left open
  ['10010:80', '10010:80"'], // and closed again
  ['  svc11:', '  svc11: # eleven'], // a comment
  ['    image: nginx:1.27\n', '', 'svc12:'], // a line deleted
  ['svc13:', 'svc1:'], // a service renamed to a name the file already has
  ['svc1:', 'svc13:', 'svc12:'], // and back
  ['10002:80', '10002:80/udp'], // a protocol added
];

describe('editing through the language server', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c));

  const shape = (p: PublishedDiagnostics): unknown => p.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('gives the diagnostics of a fresh document after each change to a one-document Compose file', async () => {
    const uri = 'file:///ws/incremental/edited/compose.yaml';
    let text = composeFile(20, 31);
    await client.open(uri, text, 'dockercompose');
    await client.diagnostics(uri, (p) => p.version === 1);
    let version = 1;
    let sawFindings = 0;
    for (const [index, [find, replace, after]] of COMPOSE_STEPS.entries()) {
      const from = after ? text.indexOf(after) : 0;
      const at = text.indexOf(find, from);
      assert.ok(at >= 0, `step ${index}: ${find}`);
      const lines = new LineIndex(text);
      const change = { range: { start: lines.positionAt(at), end: lines.positionAt(at + find.length) }, text: replace };
      text = text.slice(0, at) + replace + text.slice(at + find.length);
      version++;
      const v = version;
      const edited = client.diagnostics(uri, (p) => p.version === v);
      await client.change(uri, v, [change]);
      const got = await edited;
      const freshUri = `file:///ws/incremental/fresh-${index}/compose.yaml`;
      await client.open(freshUri, text, 'dockercompose');
      const fresh = await client.diagnostics(freshUri, (p) => p.version === 1);
      await client.close(freshUri);
      assert.deepEqual(shape(got), shape(fresh), `step ${index}: ${JSON.stringify(find)} -> ${JSON.stringify(replace)}`);
      if (got.diagnostics.length > 0) sawFindings++;
    }
    // The steps make findings (a refused protocol, a conflict, a YAML error) after the places later steps edit.
    assert.equal(sawFindings, COMPOSE_STEPS.length);
  });
});
