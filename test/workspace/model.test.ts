// The workspace model itself: how configs are scoped, when they are ambiguous, when the settings apply, what a
// file's findings depend on, which Compose files form a project, and how paths are shown.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectFiles } from '../../server/src/cli/walk';
import { fingerprintOf, mayHaveFacts, sameFacts } from '../../server/src/workspace/facts';
import { analyzeFile, buildWorkspace, dependencyKey, hoverAt, workspaceFacts } from '../../server/src/analysis';
import { clusterOf, displayPath, projectOf } from '../../server/src/workspace/model';
import { toSettings } from '../../server/src/lsp/settings';
import { DEFAULT_SETTINGS } from '../../server/src/types';
import { runWorkspace, uriOf, ROOT, kubeadmWithServiceSubnet } from './tester';

const APISERVER = (range: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n    - name: kube-apiserver\n      image: registry.k8s.io/kube-apiserver:v1.33.0\n      command: [kube-apiserver, --service-cluster-ip-range=${range}]\n`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{port: 80}]\n';

function model(files: Record<string, string>) {
  return buildWorkspace(Object.entries(files).map(([path, text]) => workspaceFacts({ uri: uriOf(path), text })), { roots: [ROOT] });
}

function where(m: ReturnType<typeof model>, path: string, settings = DEFAULT_SETTINGS): string {
  const found = clusterOf(m, uriOf(path), settings);
  if (found.kind === 'cluster') return `${found.cluster.id.replace(ROOT, '')} ${(found.cluster.services ?? []).map((r) => r.cidr.canonical).join(',')}`;
  if (found.kind === 'ambiguous') return `ambiguous ${found.ambiguity.folder.replace(ROOT, '')}`;
  return 'none';
}

describe('scoping', () => {
  const m = model({
    'kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'),
    'team/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.100.0.0/16'),
    'team/manifests/kube-apiserver.yaml': APISERVER('10.200.0.0/16'),
    'flags-only/kube-apiserver.yaml': APISERVER('10.32.0.0/16'),
    'a.yaml': SERVICE,
  });

  it('the nearest enclosing config wins; a config covers its own folder and everything below', () => {
    assert.equal(where(m, 'a.yaml'), 'config: 10.96.0.0/16');
    assert.equal(where(m, 'other/deep/b.yaml'), 'config: 10.96.0.0/16');
    assert.equal(where(m, 'team/b.yaml'), 'config:/team 10.100.0.0/16');
    assert.equal(where(m, 'team/apps/web/b.yaml'), 'config:/team 10.100.0.0/16');
  });

  it('control-plane static pods under a config are its members; alone they define a cluster', () => {
    assert.equal(where(m, 'team/manifests/b.yaml'), 'config:/team 10.100.0.0/16');
    assert.equal(where(m, 'flags-only/b.yaml'), 'config: 10.96.0.0/16');
    assert.equal(m.clusters.filter((c) => c.level === 'flags').length, 0);
    const alone = model({ 'flags-only/kube-apiserver.yaml': APISERVER('10.32.0.0/16'), 'cluster/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16') });
    assert.equal(where(alone, 'flags-only/apps/b.yaml'), 'flags:/flags-only 10.32.0.0/16');
  });

  it('a config does not reach up or sideways', () => {
    const apart = model({ 'cluster/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'apps/a.yaml': SERVICE });
    assert.equal(where(apart, 'apps/a.yaml'), 'none');
    assert.equal(where(apart, 'a.yaml'), 'none');
  });

  it('the settings apply only where no config does, and never to an ambiguous folder', () => {
    const settings = toSettings({ cluster: { serviceCIDRs: ['10.43.0.0/16'], podCIDRs: '10.42.0.0/16' } });
    assert.deepEqual(settings.cluster, { serviceCIDRs: ['10.43.0.0/16'], podCIDRs: ['10.42.0.0/16'] });
    const mixed = model({ 'cluster/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'two/a.yaml': kubeadmWithServiceSubnet('10.1.0.0/16'), 'two/b.yaml': kubeadmWithServiceSubnet('10.2.0.0/16') });
    assert.equal(where(mixed, 'apps/a.yaml', settings), 'settings 10.43.0.0/16');
    assert.equal(where(mixed, 'cluster/x.yaml', settings), 'config:/cluster 10.96.0.0/16');
    assert.equal(where(mixed, 'two/x.yaml', settings), 'ambiguous /two');
    assert.equal(toSettings({ cluster: { serviceCIDRs: [] } }).cluster, undefined);
  });
});

describe('hovers on cluster IPs', () => {
  it('count a ServiceCIDR in scope as a range, as NL601 does (found in review: the hover said "outside")', () => {
    const web = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: 10.200.0.5\n  ports: [{port: 80}]\n';
    const files = {
      'kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'),
      'extra.yaml': 'apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: extra\nspec:\n  cidrs: [10.200.0.0/24]\n',
      'web.yaml': web,
    };
    const hover = hoverAt({ uri: uriOf('web.yaml'), text: web }, web.indexOf('10.200.0.5') + 1, DEFAULT_SETTINGS, model(files))?.markdown ?? '';
    assert.match(hover, /inside ServiceCIDR "extra" `10\.200\.0\.0\/24` from extra\.yaml, beside serviceSubnet `10\.96\.0\.0\/16`/);
    assert.doesNotMatch(hover, /outside/);
    assert.deepEqual(runWorkspace(files).get(uriOf('web.yaml'))!.filter((f) => f.code === 'NL601'), []);
  });
});

describe('hovers on control-plane flags', () => {
  const pod = (args: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n    - name: kube-apiserver\n      image: registry.k8s.io/kube-apiserver:v1.33.0\n      command: [kube-apiserver, ${args}]\n`;
  const cases: [args: string, needle: string, note: RegExp, apiserver: string][] = [
    ['--service-cluster-ip-range=10.100.0.0/16', '10.100.0.0/16', /\*\*differs from\*\* serviceSubnet `10\.96\.0\.0\/16`/, '10.100.0.1'],
    // pflag also takes the value from the next argument (found in review: these got no note, and the range was
    // called the second of a list because its argument is not the first).
    ['--service-cluster-ip-range, 10.100.0.0/16', '10.100.0.0/16', /\*\*differs from\*\* serviceSubnet `10\.96\.0\.0\/16`/, '10.100.0.1'],
    ['"--service-cluster-ip-range", "10.96.0.0/16"', '10.96.0.0/16', /the same as serviceSubnet `10\.96\.0\.0\/16`/, '10.96.0.1'],
  ];
  for (const [args, needle, note, apiserver] of cases) {
    it(`${args}: checked against the cluster config, as the first range of its flag`, () => {
      const text = pod(args);
      const files = { 'kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'manifests/kube-apiserver.yaml': text };
      const hover = hoverAt({ uri: uriOf('manifests/kube-apiserver.yaml'), text }, text.indexOf(needle) + 1, DEFAULT_SETTINGS, model(files))?.markdown ?? '';
      assert.match(hover, note);
      assert.ok(hover.includes(`| \`kubernetes.default\` | \`${apiserver}\` (index 1) |`), hover);
      assert.doesNotMatch(hover, /from the first \(primary\) range/);
      const name = hoverAt({ uri: uriOf('manifests/kube-apiserver.yaml'), text }, text.indexOf('service-cluster-ip-range') + 1, DEFAULT_SETTINGS, model(files))?.markdown ?? '';
      assert.match(name, note);
    });
  }

  it('the second range of a dual-stack flag is still the secondary one', () => {
    const text = pod('"--service-cluster-ip-range=10.96.0.0/16,fd00::/112"');
    const files = { 'kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'manifests/kube-apiserver.yaml': text };
    const hover = hoverAt({ uri: uriOf('manifests/kube-apiserver.yaml'), text }, text.indexOf('fd00::/112') + 1, DEFAULT_SETTINGS, model(files))?.markdown ?? '';
    assert.match(hover, /from the first \(primary\) range/);
  });
});

describe('ambiguity', () => {
  it('is reported once for the folder, on its first config, however many files the folder holds', () => {
    const results = runWorkspace({ 'a.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'b.yaml': kubeadmWithServiceSubnet('10.97.0.0/16'), 'c.yaml': kubeadmWithServiceSubnet('10.98.0.0/16'), 'apps/s.yaml': SERVICE });
    const nl600 = [...results].flatMap(([uri, findings]) => findings.filter((f) => f.code === 'NL600').map((f) => `${uri.replace(`${ROOT}/`, '')} ${f.related.length}`));
    assert.deepEqual(nl600, ['a.yaml 2']);
  });

  it('configs that agree are one cluster with every file as its source', () => {
    const m = model({ 'a.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'b.yaml': kubeadmWithServiceSubnet('"10.96.0.0/16"') });
    assert.equal(m.ambiguities.length, 0);
    assert.equal(m.clusters[0]!.definitions.length, 2);
  });
});

describe('dependencies', () => {
  it('change with the config a file is checked against, not with unrelated files', () => {
    const base = { 'cluster/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.96.0.0/16'), 'cluster/apps/s.yaml': SERVICE, 'other/x.yaml': SERVICE };
    const key = (files: Record<string, string>) => dependencyKey(model(files), uriOf('cluster/apps/s.yaml'));
    assert.equal(key({ ...base, 'other/x.yaml': `${SERVICE}# edited\n` }), key(base));
    assert.notEqual(key({ ...base, 'cluster/kubeadm-config.yaml': kubeadmWithServiceSubnet('10.97.0.0/16') }), key(base));
    assert.notEqual(key({ ...base, 'cluster/apps/pool.yaml': 'apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: p}\nspec:\n  addresses: [10.1.0.0/24]\n' }), key(base));
  });
});

describe('Compose projects', () => {
  it('are the first base file of a folder and its first override, as compose-go finds them', () => {
    const m = model({
      'app/docker-compose.yml': 'services: {a: {image: x}}\n',
      'app/compose.yaml': 'services: {a: {image: x}}\n',
      'app/docker-compose.override.yml': 'services: {a: {image: x}}\n',
      'app/compose.override.yml': 'services: {a: {image: x}}\n',
      'app/docker-compose.prod.yml': 'services: {a: {image: x}}\n',
      'solo/compose.yaml': 'services: {a: {image: x}}\n',
    });
    assert.deepEqual(projectOf(m, uriOf('app/compose.yaml'))?.uris, [uriOf('app/compose.yaml'), uriOf('app/compose.override.yml')]);
    assert.equal(projectOf(m, uriOf('app/docker-compose.prod.yml')), undefined);
    assert.equal(projectOf(m, uriOf('solo/compose.yaml')), undefined);
  });

  it('a network only the override declares is declared for the base file (NL416) once the project is known', () => {
    const base = 'services:\n  web:\n    image: nginx\n    networks: [back]\n';
    const override = 'networks:\n  back: {}\n';
    const alone = analyzeFile({ uri: uriOf('app/compose.yaml'), text: base }).filter((f) => f.code === 'NL416');
    assert.equal(alone.length, 1);
    const together = runWorkspace({ 'app/compose.yaml': base, 'app/compose.override.yaml': override });
    assert.deepEqual((together.get(uriOf('app/compose.yaml')) ?? []).filter((f) => f.code.startsWith('NL4') || f.code.startsWith('NL6')), []);
  });
});

describe('the index skips the parse of files that cannot contribute', () => {
  it('only where the parse would find nothing (corpus and fixtures)', () => {
    const roots = [join(__dirname, 'fixtures'), join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real')].filter((d) => existsSync(d));
    let skipped = 0;
    for (const root of roots) {
      for (const f of collectFiles(['.'], root)) {
        const source = { uri: pathToFileURL(f.absolute).href, text: readFileSync(f.absolute, 'utf8') };
        const parsed = workspaceFacts(source, DEFAULT_SETTINGS, true);
        const quick = workspaceFacts(source, DEFAULT_SETTINGS, false);
        assert.deepEqual(quick, parsed, f.display);
        if (!mayHaveFacts(source.text, source.uri)) skipped++;
      }
    }
    assert.ok(skipped > 0);
  });
});

describe('fingerprints of facts', () => {
  const base = { uri: 'file:///a/compose.yaml', members: [{ span: { start: 3, end: 9 }, cidr: 10n, text: '10.0.0.0/8' }], compose: { services: ['a', 'bc'] } };
  it('are equal for equal data and differ for any change, as JSON would tell them apart', () => {
    assert.equal(fingerprintOf(structuredClone(base)), fingerprintOf(base));
    assert.equal(fingerprintOf({ ...base, extra: undefined }), fingerprintOf(base));
    const changed: unknown[] = [
      { ...base, members: [{ ...base.members[0], span: { start: 4, end: 10 } }] },
      { ...base, members: [{ ...base.members[0], cidr: 11n }] },
      { ...base, compose: { services: ['ab', 'c'] } },
      { ...base, compose: { services: ['a', 'b', 'c'] } },
      { ...base, compose: { services: [['a', 'bc']] } },
      { ...base, compose: { services: ['a', 'bc', null] } },
      { ...base, compose: { services: ['a', 'bc'], x: false } },
      { ...base, members: [{ ...base.members[0], cidr: '10' }] },
    ];
    const prints = new Set([fingerprintOf(base), ...changed.map(fingerprintOf)]);
    assert.equal(prints.size, changed.length + 1);
    assert.match(fingerprintOf(base), /^[0-9a-f]{16}$/);
  });

  it('agree with the in-depth comparison the index makes as a document is edited', () => {
    const text = 'services:\n  web:\n    ports: ["127.0.0.1:8080:80"]\n';
    const facts = (t: string) => workspaceFacts({ uri: 'file:///p/compose.yaml', text: t }, DEFAULT_SETTINGS, false);
    const a = facts(text);
    assert.ok(sameFacts(a, facts(text)));
    assert.equal(a.fingerprint, facts(text).fingerprint);
    for (const other of [text.replace('8080', '8081'), `# moved\n${text}`, text.replace('web', 'api')]) {
      assert.ok(!sameFacts(a, facts(other)), other);
      assert.notEqual(a.fingerprint, facts(other).fingerprint, other);
    }
    assert.ok(!sameFacts(a, undefined));
  });
});

describe('paths in messages', () => {
  it('are relative to the workspace root that holds the file, decoded', () => {
    const m = buildWorkspace([], { roots: ['file:///w/My%20Project'] });
    assert.equal(displayPath(m, 'file:///w/My%20Project/cluster/kubeadm%20config.yaml'), 'cluster/kubeadm config.yaml');
    assert.equal(displayPath(m, 'file:///elsewhere/a.yaml'), '/elsewhere/a.yaml');
  });
});
