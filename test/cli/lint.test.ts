// `netlens lint` in-process: the JSON contract of DESIGN.md §5 to the character, text and SARIF output, exit
// codes, settings on the command line, BOMs, `.env` files and `--fix` on temporary copies.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules/registry';
import { collectFiles } from '../../server/src/cli/walk';
import { loadFiles } from '../../server/src/cli/lint';
import { FIXTURES, WORKSPACE, runInProcess, tempCopy, tempDir } from './helpers';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

// Line 5 (0-based) of service-ipv6.yaml is `spec: {selector: {app: "ウェブ🌐"}, ipFamilies: [ipv6], ...`:
// `spec: {selector: {app: "` is 24 code units, ウェブ 3, 🌐 2 (a surrogate pair), `"}, ipFamilies: [` 17, so
// `ipv6` starts at UTF-16 character 46 (45 in code points, 60 in UTF-8 bytes).
const SERVICE_IPV6 = {
  path: 'service-ipv6.yaml',
  diagnostics: [{
    code: 'NL201',
    severity: 'error',
    message: 'spec.ipFamilies[0]: Unsupported value: "ipv6": supported values: "IPv4", "IPv6"',
    range: range(5, 46, 50),
    fixes: [{ title: 'Change to IPv6', edits: [{ range: range(5, 46, 50), newText: 'IPv6' }] }],
  }],
};

// Line 5 of kubeadm-config.yaml is `  podSubnet: "10.244.0.1/16,fd00:10:244::/56" # 🐳 ポッド`, after two lines of
// Japanese comments; the first item of the list starts after the quote, at character 14.
const KUBEADM = {
  path: 'kubeadm-config.yaml',
  diagnostics: [{
    code: 'NL103',
    severity: 'warning',
    message: 'networking.podSubnet: CIDR value "10.244.0.1/16" is ambiguous in this context (should be "10.244.0.0/16" or "10.244.0.1/32"?)',
    range: range(5, 14, 27),
    fixes: [
      { title: 'Use the network address 10.244.0.0/16', edits: [{ range: range(5, 14, 27), newText: '10.244.0.0/16' }] },
    ],
  }],
};

const COMPOSE = {
  path: 'compose.yaml',
  diagnostics: [{ code: 'NL401', severity: 'error', message: 'invalid proto: xyz', range: range(4, 17, 20), fixes: [] }],
};

describe('netlens lint --format json', () => {
  it('the fixtures really are CRLF with Japanese and emoji (a checkout that normalised them would test nothing)', () => {
    for (const name of ['service-ipv6.yaml', 'kubeadm-config.yaml']) {
      const text = readFileSync(join(WORKSPACE, name), 'utf8');
      assert.equal(text.split('\r\n').length, text.split('\n').length, `${name} has a bare LF`);
      assert.match(text, /\r\n.*[\u3040-\u30ff].*\r\n/s);
    }
  });

  it('prints exactly the object of DESIGN.md §5, 0-based with UTF-16 characters, key order included', () => {
    const run = runInProcess(['lint', '--format', 'json', 'service-ipv6.yaml', 'kubeadm-config.yaml', 'compose.yaml', 'clean.yaml'], WORKSPACE);
    const expected = {
      files: [SERVICE_IPV6, KUBEADM, COMPOSE, { path: 'clean.yaml', diagnostics: [] }],
      summary: { files: 4, errors: 2, warnings: 1 },
    };
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    assert.equal(run.stdout, JSON.stringify(expected) + '\n');
  });

  it('lists every linted file of a walked folder, clean ones too, with paths relative to the working folder', () => {
    const run = runInProcess(['lint', '--format=json', 'workspace'], FIXTURES);
    const report = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[]; summary: unknown };
    assert.deepEqual(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.severity} ${d.code}`)]), [
      ['workspace/.config/kubeadm.yaml', []],
      ['workspace/broken.yml', ['error NL001']],
      ['workspace/clean.yaml', []],
      ['workspace/compose.yaml', ['error NL401']],
      ['workspace/kubeadm-config.yaml', ['warning NL103']],
      ['workspace/service-ipv6.yaml', ['error NL201']],
    ]);
    assert.deepEqual(report.summary, { files: 6, errors: 3, warnings: 1 });
    assert.equal(run.code, 1);
  });

  it('a leading BOM is stripped, so columns are the ones the editor shows', () => {
    const run = runInProcess(['lint', '--format', 'json', 'kubeadm-bom.yaml'], join(FIXTURES, 'bom'));
    const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string; range: unknown }[] }[] };
    // `  podSubnet: 10.244.0.1/16` on line 4: the value starts at character 13 whatever the BOM before line 0.
    assert.deepEqual(report.files[0]!.diagnostics.map((d) => [d.code, d.range]), [['NL103', range(4, 13, 26)]]);
  });
});

describe('netlens lint --format text', () => {
  it('prints path:line:col: severity CODE message, 1-based, then a summary', () => {
    const run = runInProcess(['lint', 'workspace'], FIXTURES);
    assert.equal(run.stdout, [
      'workspace/broken.yml:7:1: error NL001 Missing closing "quote (MISSING_CHAR)',
      'workspace/compose.yaml:5:18: error NL401 invalid proto: xyz',
      `workspace/kubeadm-config.yaml:6:15: warning ${KUBEADM.diagnostics[0]!.code} ${KUBEADM.diagnostics[0]!.message}`,
      `workspace/service-ipv6.yaml:6:47: error NL201 ${SERVICE_IPV6.diagnostics[0]!.message}`,
      '6 files: 3 errors, 1 warning',
      '',
    ].join('\n'));
    assert.equal(run.code, 1);
  });

  it('a clean file: the summary only, exit 0', () => {
    const run = runInProcess(['lint', 'clean.yaml'], WORKSPACE);
    assert.deepEqual(run, { code: 0, stdout: '1 file: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('warnings alone exit 0', () => {
    assert.equal(runInProcess(['lint', 'kubeadm-config.yaml'], WORKSPACE).code, 0);
  });

  it('a file named explicitly is linted whatever its extension', () => {
    const run = runInProcess(['lint', 'service.yaml.txt'], WORKSPACE);
    assert.match(run.stdout, /^service\.yaml\.txt:5:21: error NL201 /);
    assert.equal(run.code, 1);
  });
});

describe('netlens lint --format sarif', () => {
  it('is SARIF 2.1.0: every rule described, one result per finding, 1-based UTF-16 regions', () => {
    const run = runInProcess(['lint', '--format', 'sarif', 'service-ipv6.yaml', 'kubeadm-config.yaml', 'compose.yaml'], WORKSPACE);
    assert.equal(run.code, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.tool.driver.name, 'NetLens');
    assert.match(sarifRun.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.code));
    const nl103 = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'NL103');
    assert.equal(nl103.name, 'cidr-host-bits');
    assert.equal(nl103.defaultConfiguration.level, 'error');
    assert.ok(nl103.shortDescription.text.length > 0);
    if (nl103.helpUri) assert.match(nl103.helpUri, /^file:\/\/.*\/docs\/rules\/NL103\.md$/);

    const results = sarifRun.results as { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: unknown } }[]; fixes?: unknown[] }[];
    assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region]), [
      ['NL201', 'error', 'service-ipv6.yaml', { startLine: 6, startColumn: 47, endLine: 6, endColumn: 51 }],
      ['NL103', 'warning', 'kubeadm-config.yaml', { startLine: 6, startColumn: 15, endLine: 6, endColumn: 28 }],
      ['NL401', 'error', 'compose.yaml', { startLine: 5, startColumn: 18, endLine: 5, endColumn: 21 }],
    ]);
    for (const r of results) {
      assert.equal(sarifRun.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
    assert.equal(results[2]!.message.text, 'invalid proto: xyz');
    assert.match(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    // Only safe fixes travel in SARIF: the host-bits fix is safe, so it is there, as a replacement of the region.
    assert.deepEqual(results[1]!.fixes, [{
      description: { text: 'Use the network address 10.244.0.0/16' },
      artifactChanges: [{
        artifactLocation: { uri: 'kubeadm-config.yaml', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { startLine: 6, startColumn: 15, endLine: 6, endColumn: 28 }, insertedContent: { text: '10.244.0.0/16' } }],
      }],
    }]);
  });

  it('a clean run has an empty results list, and exit 0', () => {
    const run = runInProcess(['lint', '--format', 'sarif', 'clean.yaml'], WORKSPACE);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout).runs[0].results, []);
  });
});

describe('netlens lint settings', () => {
  it('--rule CODE=off silences a rule and --rule CODE=error raises one', () => {
    assert.equal(runInProcess(['lint', '--rule', 'NL201=off', 'service-ipv6.yaml'], WORKSPACE).code, 0);
    const raised = runInProcess(['lint', '--rule', 'NL103=error', 'kubeadm-config.yaml'], WORKSPACE);
    assert.match(raised.stdout, /:6:15: error NL103 /);
    assert.equal(raised.code, 1);
  });

  it('--kubernetes-version picks the upstream behaviour: leading zeros warn before 1.36 and fail from it', () => {
    const { dir, done } = tempDir();
    try {
      writeFileSync(join(dir, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: 10.96.0.010\n  ports: [{port: 80}]\n');
      const old = runInProcess(['lint', '--kubernetes-version', '1.35', 'svc.yaml'], dir);
      assert.match(old.stdout, /svc\.yaml:5:14: warning NL102 /);
      assert.equal(old.code, 0);
      const current = runInProcess(['lint', '--kubernetes-version', '1.36', 'svc.yaml'], dir);
      assert.match(current.stdout, /svc\.yaml:5:14: error NL102 /);
      assert.equal(current.code, 1);
    } finally {
      done();
    }
  });

  it('every file gets the text of the .env beside it (BOM stripped), and the file itself loses its BOM', () => {
    const { dir, done } = tempDir();
    try {
      writeFileSync(join(dir, '.env'), '\uFEFFWEB_PORTS=8080:80/xyz\n');
      writeFileSync(join(dir, 'compose.yaml'), '\uFEFFservices:\n  web:\n    ports: ["${WEB_PORTS}"]\n');
      const [loaded, ...rest] = loadFiles(collectFiles(['.'], dir));
      assert.equal(rest.length, 0);
      assert.equal(loaded!.source.dotEnv, 'WEB_PORTS=8080:80/xyz\n');
      assert.equal(loaded!.source.text, 'services:\n  web:\n    ports: ["${WEB_PORTS}"]\n');
      assert.equal(loaded!.bom, true);
      assert.match(loaded!.source.uri, /^file:\/\/.*\/compose\.yaml$/);
    } finally {
      done();
    }
  });

  it('--service-cluster-ip-range and --cluster-cidr check files no cluster config covers, as netlens.cluster.* does', () => {
    const { dir, done } = tempDir();
    try {
      writeFileSync(join(dir, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: {name: dns}\nspec:\n  clusterIP: 10.96.0.10\n  ports: [{port: 53}]\n');
      assert.equal(runInProcess(['lint', 'svc.yaml'], dir).code, 0);
      const outside = runInProcess(['lint', '--service-cluster-ip-range=10.100.0.0/16,fd00::/108', 'svc.yaml'], dir);
      assert.match(outside.stdout, /svc\.yaml:5:14: error NL601 .*provided IP 10\.96\.0\.10 is not in the valid range; the IPv4 service range is 10\.100\.0\.0\/16 \(option --service-cluster-ip-range\)/);
      assert.equal(outside.code, 1);
      assert.equal(runInProcess(['lint', '--service-cluster-ip-range', '10.96.0.0/12', '--cluster-cidr', '10.244.0.0/16', '--node-cidr-mask-size-ipv4', '24', 'svc.yaml'], dir).code, 0);
      // A cluster config in the paths wins over the options, as it does over the settings in the editor.
      writeFileSync(join(dir, 'kubeadm-config.yaml'), 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: 10.96.0.0/16\n');
      assert.equal(runInProcess(['lint', '--service-cluster-ip-range', '10.100.0.0/16', '.'], dir).code, 0);
    } finally {
      done();
    }
  });

  it('a Compose value is interpolated from the .env beside it', () => {
    const { dir, done } = tempDir();
    try {
      writeFileSync(join(dir, '.env'), 'WEB_PORTS=8080:80/xyz\n');
      writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    ports: ["${WEB_PORTS}"]\n');
      const run = runInProcess(['lint', '--format', 'json', '.'], dir);
      assert.deepEqual(JSON.parse(run.stdout).files[0].diagnostics.map((d: { message: string }) => d.message), ['invalid proto: xyz']);
    } finally {
      done();
    }
  });
});

describe('netlens lint exit status 2', () => {
  const failures: [string, string[], RegExp][] = [
    ['a path that does not exist', ['lint', 'no-such-file.yaml'], /^netlens: no such file or folder: 'no-such-file\.yaml'\n$/],
    ['a path under a file', ['lint', 'clean.yaml/inner.yaml'], /^netlens: no such file or folder: 'clean\.yaml\/inner\.yaml'\n$/],
    ['an unknown option', ['lint', '--strict'], /^netlens: unknown option '--strict'\nRun 'netlens --help' for usage\.\n$/],
    ['an unknown format', ['lint', '--format', 'xml', '.'], /^netlens: unknown format 'xml': expected text, json, sarif\n/],
    ['an unknown command', ['check'], /^netlens: unknown command 'check'/],
    ['no command', [], /^netlens: missing command/],
  ];
  for (const [what, argv, message] of failures) {
    it(what, () => {
      const run = runInProcess(argv, WORKSPACE);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
    });
  }

  it('a file or folder without read permission', { skip: process.getuid?.() === 0 ? 'root reads files whatever their mode' : false }, () => {
    const { dir, done } = tempCopy('workspace');
    try {
      chmodSync(join(dir, 'clean.yaml'), 0o000);
      const file = runInProcess(['lint', 'clean.yaml'], dir);
      assert.equal(file.code, 2);
      assert.match(file.stderr, /^netlens: cannot read 'clean\.yaml': permission denied\n$/);
      const folder = runInProcess(['lint', '.'], dir);
      assert.equal(folder.code, 2);
      assert.match(folder.stderr, /cannot read 'clean\.yaml': permission denied/);
    } finally {
      chmodSync(join(dir, 'clean.yaml'), 0o644);
      done();
    }
  });
});

describe('netlens help, version and rules', () => {
  it('--help prints the usage on stdout', () => {
    const run = runInProcess(['--help'], WORKSPACE);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: netlens lint \[options\] \[paths\.\.\.\]/);
    for (const option of ['--format text|json|sarif', '--fix', '--kubernetes-version 1.NN', '--rule CODE=SEVERITY']) {
      assert.ok(run.stdout.includes(option), option);
    }
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(runInProcess(['--version'], WORKSPACE), { code: 0, stdout: `netlens ${version}\n`, stderr: '' });
  });

  it('rules lists every code with its name and default severity', () => {
    const run = runInProcess(['rules'], WORKSPACE);
    assert.equal(run.code, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, RULES.length);
    RULES.forEach((rule, i) => assert.match(lines[i]!, new RegExp(`^${rule.code}\\s+${rule.name}\\s+${rule.severity}\\s+\\S`)));
  });
});

describe('netlens lint --fix', () => {
  it('applies the safe fix in place, keeping CRLF, comments and every other byte, then reports what remains', () => {
    const { dir, done } = tempCopy('workspace');
    try {
      const before = readFileSync(join(dir, 'kubeadm-config.yaml'));
      const run = runInProcess(['lint', '--fix', 'kubeadm-config.yaml'], dir);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, 'fixed 1 problem in 1 file\n1 file: 0 errors, 0 warnings\n');
      const after = readFileSync(join(dir, 'kubeadm-config.yaml'));
      const expected = before.toString('utf8').replace('"10.244.0.1/16,fd00:10:244::/56"', '"10.244.0.0/16,fd00:10:244::/56"');
      assert.notEqual(expected, before.toString('utf8'));
      assert.ok(after.equals(Buffer.from(expected, 'utf8')), after.toString('utf8'));
      assert.match(after.toString('utf8'), /\r\n {2}podSubnet: "10\.244\.0\.0\/16,fd00:10:244::\/56" # 🐳 ポッド\r\n/);
      // A second run finds nothing left to fix and leaves the file alone.
      const again = runInProcess(['lint', '--fix', 'kubeadm-config.yaml'], dir);
      assert.equal(again.stdout, '1 file: 0 errors, 0 warnings\n');
      assert.ok(readFileSync(join(dir, 'kubeadm-config.yaml')).equals(after));
    } finally {
      done();
    }
  });

  it('puts the BOM back when it writes the file', () => {
    const { dir, done } = tempCopy('bom');
    try {
      const before = readFileSync(join(dir, 'kubeadm-bom.yaml'));
      assert.deepEqual([...before.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const run = runInProcess(['lint', '--fix', '--format', 'json', '.'], dir);
      assert.equal(run.stderr, 'netlens: fixed 1 problem in 1 file\n');
      assert.deepEqual(JSON.parse(run.stdout).files[0].diagnostics, []);
      const after = readFileSync(join(dir, 'kubeadm-bom.yaml'));
      const expected = Buffer.from(before.toString('latin1').replace('10.244.0.1/16', '10.244.0.0/16'), 'latin1');
      assert.ok(after.equals(expected), JSON.stringify(after.toString('utf8')));
    } finally {
      done();
    }
  });

  it('fixes a whole folder and reports only what has no safe fix', () => {
    const { dir, done } = tempCopy('workspace');
    try {
      const untouched = ['compose.yaml', 'broken.yml', 'clean.yaml', 'service.yaml.txt'].map((f) => [f, readFileSync(join(dir, f))] as const);
      const service = readFileSync(join(dir, 'service-ipv6.yaml'), 'utf8');
      const run = runInProcess(['lint', '--fix', '--format', 'json', '.'], dir);
      const report = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
      assert.deepEqual(report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.code}`)), ['broken.yml NL001', 'compose.yaml NL401']);
      assert.equal(run.code, 1);
      for (const [f, bytes] of untouched) assert.ok(readFileSync(join(dir, f)).equals(bytes), `${f} changed`);
      assert.equal(readFileSync(join(dir, 'service-ipv6.yaml'), 'utf8'), service.replace('ipFamilies: [ipv6]', 'ipFamilies: [IPv6]'));
    } finally {
      done();
    }
  });

  it('never rewrites a file that is not valid UTF-8', () => {
    const { dir, done } = tempDir();
    try {
      const bytes = Buffer.concat([
        Buffer.from('# caf\xe9 in Latin-1\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n', 'latin1'),
        Buffer.from('networking:\n  podSubnet: 10.244.0.1/16\n'),
      ]);
      writeFileSync(join(dir, 'latin1.yaml'), bytes);
      const run = runInProcess(['lint', '--fix', 'latin1.yaml'], dir);
      assert.match(run.stderr, /'latin1\.yaml' is not valid UTF-8, so --fix leaves it unchanged/);
      assert.match(run.stdout, /latin1\.yaml:5:14: warning NL103 /);
      assert.ok(readFileSync(join(dir, 'latin1.yaml')).equals(bytes));
    } finally {
      done();
    }
  });
});
