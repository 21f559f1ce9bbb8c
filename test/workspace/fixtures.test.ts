// The workspace fixtures (test/workspace/fixtures/): kubeadm, kind, bare-metal and Compose projects side by side,
// linted through the CLI's own walking and loading. Every cross-file mistake is found once, in the right file,
// pointing at the other place; the clean and scoped-apart projects get nothing; hovers and the plan agree.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectFiles } from '../../server/src/cli/walk';
import { lintFiles, loadFiles, modelOptions, type LintedFile } from '../../server/src/cli/lint';
import { addressPlan, buildWorkspace, hoverAt, workspaceFacts } from '../../server/src/analysis';
import { LineIndex } from '../../server/src/text/line-index';
import { DEFAULT_SETTINGS } from '../../server/src/types';

const HERE = __dirname;
const FIXTURES = join(HERE, 'fixtures');

function crossFile(files: readonly LintedFile[]): string[] {
  const byUri = new Map(files.map((f) => [f.uri, f]));
  return files.flatMap((file) => file.findings.filter((f) => f.code.startsWith('NL6')).map((f) => {
    const p = file.lines.positionAt(f.span.start);
    const related = f.related.map((r) => {
      const other = byUri.get(r.uri);
      return other ? `${other.path}:${other.lines.positionAt(r.span.start).line + 1}` : r.uri;
    });
    return `${file.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} -> ${related.join(' ')}`;
  }));
}

const EXPECTED = [
  'fixtures/ambiguous/kind-ipv4.yaml:2:7 information NL600 -> fixtures/ambiguous/kind-ipv6.yaml:2',
  'fixtures/bare-metal/apps/svc.yaml:6:14 error NL601 -> fixtures/bare-metal/cluster.yaml:11',
  'fixtures/bare-metal/nodepool.yaml:9:16 warning NL605 -> fixtures/bare-metal/cluster.yaml:16',
  'fixtures/bare-metal/nodepool.yaml:10:16 warning NL605 -> fixtures/bare-metal/cluster.yaml:9',
  'fixtures/compose/compose.override.yaml:6:9 error NL609 -> fixtures/compose/compose.yaml:5',
  'fixtures/compose/compose.override.yaml:7:16 error NL610 -> fixtures/compose/compose.yaml:8',
  'fixtures/compose/compose.yaml:5:9 error NL609 -> fixtures/compose/compose.override.yaml:6',
  'fixtures/dual-stack/cluster/metallb.yaml:18:7 warning NL605 -> fixtures/dual-stack/kubeadm-config.yaml:6',
  'fixtures/kind/apps/services.yaml:6:14 error NL602 -> fixtures/kind/kind-cluster.yaml:3',
  'fixtures/kind/apps/services.yaml:17:19 information NL604 -> fixtures/kind/kind-cluster.yaml:3',
  'fixtures/kubeadm/apps/dns.yaml:8:14 error NL601 -> fixtures/kubeadm/kubeadm-config.yaml:7',
  'fixtures/kubeadm/apps/web.yaml:7:19 error NL603 -> fixtures/kubeadm/kubeadm-config.yaml:7',
  'fixtures/kubeadm/apps/web.yaml:8:22 error NL602 -> fixtures/kubeadm/kubeadm-config.yaml:7',
  'fixtures/kubeadm/kubeadm-config.yaml:12:5 warning NL606 -> fixtures/kubeadm/kubeadm-config.yaml:7',
  'fixtures/kubeadm/kubeadm-config.yaml:16:14 warning NL607 -> fixtures/kubeadm/kubeadm-config.yaml:6',
  'fixtures/kubeadm/manifests/kube-apiserver.yaml:15:38 warning NL608 -> fixtures/kubeadm/kubeadm-config.yaml:7',
  'fixtures/kubeadm/metallb/pool.yaml:8:7 warning NL605 -> fixtures/kubeadm/kubeadm-config.yaml:6',
];

describe('workspace fixtures', () => {
  const all = lintFiles(collectFiles(['fixtures'], HERE), DEFAULT_SETTINGS, false);

  it('finds every cross-file mistake once, with related information pointing at the other place', () => {
    assert.deepEqual(crossFile(all.files), EXPECTED);
  });

  it('gives each project alone the same findings: a config governs its own folder tree only', () => {
    for (const folder of readdirSync(FIXTURES).sort()) {
      const alone = lintFiles(collectFiles([`fixtures/${folder}`], HERE), DEFAULT_SETTINGS, false);
      assert.deepEqual(crossFile(alone.files), EXPECTED.filter((e) => e.startsWith(`fixtures/${folder}/`)), folder);
    }
  });

  it('finds nothing at all in the clean and the scoped-apart projects', () => {
    for (const folder of ['clean', 'scoped-apart']) {
      const found = all.files.filter((f) => f.path.startsWith(`fixtures/${folder}/`)).flatMap((f) => f.findings.map((x) => `${f.path} ${x.code} ${x.message}`));
      assert.deepEqual(found, [], folder);
    }
  });

  it('says in hovers what a value was checked against', () => {
    const found = collectFiles(['fixtures'], HERE);
    const loaded = loadFiles(found);
    const model = buildWorkspace(loaded.map((l) => workspaceFacts(l.source)), modelOptions(found));
    const hover = (path: string, needle: string): string => {
      const uri = pathToFileURL(join(HERE, path)).href;
      const text = readFileSync(join(HERE, path), 'utf8');
      return hoverAt({ uri, text }, text.indexOf(needle) + 1, DEFAULT_SETTINGS, model)?.markdown ?? '';
    };
    assert.match(hover('fixtures/clean/apps/web.yaml', '10.96.0.53'), /\*\*Checked against\*\* the kubeadm cluster \(fixtures\/clean\/kubeadm-config\.yaml\): inside serviceSubnet `10\.96\.0\.0\/16` from fixtures\/clean\/kubeadm-config\.yaml \(address 53 of the range\)/);
    assert.match(hover('fixtures/kubeadm/apps/dns.yaml', '10.0.0.10'), /\*\*outside\*\* serviceSubnet `10\.96\.0\.0\/16` from fixtures\/kubeadm\/kubeadm-config\.yaml/);
    assert.match(hover('fixtures/kind/apps/services.yaml', 'PreferDualStack'), /single-stack IPv6, service ranges the default serviceSubnet `fd00:10:96::\/112` \(not set in fixtures\/kind\/kind-cluster\.yaml\)/);
    assert.match(hover('fixtures/kubeadm/metallb/pool.yaml', '10.244.255.0'), /\*\*overlaps\*\* the pod range: podSubnet `10\.244\.0\.0\/16` from fixtures\/kubeadm\/kubeadm-config\.yaml/);
    assert.match(hover('fixtures/kubeadm/kubeadm-config.yaml', '10.96.0.0/16'), /\*\*Scope:\*\* this config applies to the files under `fixtures\/kubeadm\/` \(4 other files/);
    assert.match(hover('fixtures/ambiguous/apps/web.yaml', '10.0.0.10'), /Not checked against a cluster/);
    assert.doesNotMatch(hover('fixtures/scoped-apart/apps/web.yaml', '10.0.0.10'), /Checked against/);
  });

  it('draws every cluster and Compose folder in the address plan, with the overlaps', () => {
    const found = collectFiles(['fixtures'], HERE);
    const model = buildWorkspace(loadFiles(found).map((l) => workspaceFacts(l.source)), modelOptions(found));
    const svg = addressPlan(model, 'svg');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /<\/svg>\n$/);
    for (const title of ['kubeadm cluster — fixtures/kubeadm/', 'kind cluster — fixtures/kind/', 'Bare-metal cluster — fixtures/bare-metal/', 'kubeadm cluster — fixtures/clean/', 'kubeadm cluster — fixtures/scoped-apart/cluster-a/']) {
      assert.ok(svg.includes(title), title);
    }
    assert.match(svg, /overlap: pods 10\.244\.0\.0\/16 and MetalLB IPAddressPool &quot;lan&quot; 10\.244\.255\.0\/24 share 10\.244\.255\.0–10\.244\.255\.255 \(256 addresses\)/);
    assert.match(svg, /65,536 addresses · 256 node blocks of \/24 \(256 each\)/);
    assert.match(svg, /fixtures\/ambiguous\/ has 2 cluster configs that disagree \(NL600\); none of them is drawn\./);
    const html = addressPlan(model, 'html');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"/);
    assert.doesNotMatch(html, /<script/);
    // The positions of the plan's text are exact offsets of the page: every tag opened is closed.
    const opened = (html.match(/<svg\b/g) ?? []).length;
    assert.equal((html.match(/<\/svg>/g) ?? []).length, opened);
    assert.ok(new LineIndex(html).lineCount > 10);
  });
});
