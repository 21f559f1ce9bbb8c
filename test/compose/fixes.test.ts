// Every fix a Compose rule offers keeps the file valid YAML and removes the finding it was made for, on the
// upstream table and on every example of the NL4xx docs pages.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../../server/src/analysis';
import { applyEdits } from '../../server/src/fixes';
import { UPSTREAM_CASES } from './upstream-cases';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');

/** The ```yaml blocks of a docs page. */
function yamlBlocks(page: string): string[] {
  return [...page.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const inputs: string[] = [
  ...UPSTREAM_CASES.map((c) => c.input),
  ...readdirSync(DOCS).filter((n) => /^NL4\d\d\.md$/.test(n)).flatMap((n) => yamlBlocks(readFileSync(join(DOCS, n), 'utf8'))),
  'services:\n  web:\n    image: nginx\n    ports: [22:22, 0777, "::1:80:80", 2001:db8::1:81:81, "9080:80", "9080:80"]\n    network_mode: host\nversion: 3\nnetworks:\n  n:\n    enable_ipv6: no\n    ipam: {config: [{subnet: "fd00::/64"}]}\n  m:\n    ipam:\n      config:\n        - subnet: "fd01::/64"\n',
];

describe('Compose fixes', () => {
  it('keep the YAML valid and remove their own finding', () => {
    let checked = 0;
    for (const text of inputs) {
      const uri = 'file:///fixes/compose.yaml';
      const findings = analyzeFile({ uri, text }).filter((f) => f.code.startsWith('NL4'));
      for (const finding of findings) {
        for (const fix of finding.fixes) {
          const fixed = applyEdits(text, fix.edits);
          const after = analyzeFile({ uri, text: fixed });
          assert.deepEqual(after.filter((f) => f.code === 'NL001').map((f) => f.message), [], `${finding.code} "${fix.title}" broke the YAML:\n${fixed}`);
          const same = after.filter((f) => f.code === finding.code && f.message === finding.message && fixed.slice(f.span.start, f.span.end) === text.slice(finding.span.start, finding.span.end));
          assert.ok(same.length < findings.filter((f) => f.code === finding.code && f.message === finding.message).length || fix.title.startsWith('Quote it'), `${finding.code} "${fix.title}" left its finding`);
          checked++;
        }
      }
    }
    assert.ok(checked > 10, `${checked} fixes checked`);
  });
});
