// The CLI over a workspace: `netlens lint` prints cross-file findings with the other place (text, SARIF), and
// `netlens plan` draws the address plan as SVG or HTML, in-process and as the bundle.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleMissing, runBundle, runInProcess } from '../cli/helpers';

const HERE = __dirname;

describe('netlens lint over a workspace', () => {
  it('prints each cross-file finding with the place it points at, and fails on the errors', () => {
    const run = runInProcess(['lint', 'fixtures/kubeadm'], HERE);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /fixtures\/kubeadm\/apps\/dns\.yaml:8:14: error NL601 spec\.clusterIPs: Invalid value: \["10\.0\.0\.10"\]: failed to allocate IP 10\.0\.0\.10: provided IP 10\.0\.0\.10 is not in the valid range; the IPv4 service range is 10\.96\.0\.0\/16 \(networking\.serviceSubnet in fixtures\/kubeadm\/kubeadm-config\.yaml\)\n {4}fixtures\/kubeadm\/kubeadm-config\.yaml:7:18: service range 10\.96\.0\.0\/16\n/);
  });

  it('puts the other place in SARIF relatedLocations', () => {
    const run = runInProcess(['lint', '--format', 'sarif', 'fixtures/compose'], HERE);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId === 'NL609');
    assert.equal(results.length, 2);
    for (const r of results) assert.match(r.relatedLocations![0]!.physicalLocation.artifactLocation.uri, /fixtures\/compose\/compose(\.override)?\.yaml$/);
  });
});

describe('netlens plan', () => {
  it('writes the SVG, or the HTML page, of the paths as one workspace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlens-plan-'));
    try {
      const svg = runInProcess(['plan', 'fixtures/dual-stack', '--out', join(dir, 'plan.svg')], HERE);
      assert.equal(svg.code, 0, svg.stderr);
      assert.match(svg.stderr, /wrote .*plan\.svg \(5 files read\)/);
      const drawing = readFileSync(join(dir, 'plan.svg'), 'utf8');
      assert.match(drawing, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="\d+"/);
      assert.match(drawing, /kubeadm cluster — fixtures\/dual-stack\/ <tspan class="badge">IPv6<\/tspan>/);
      assert.match(drawing, /overlap: network edge 172\.28\.0\.0\/16 and network backend 172\.28\.128\.0\/20 share 172\.28\.128\.0–172\.28\.143\.255 \(4,096 addresses\)/);
      assert.match(drawing, /pods fd00:10:244::\/56<\/tspan><tspan class="muted" dx="10">2\^72 addresses · 256 node blocks of \/64 \(2\^64 each\)/);
      const html = runInProcess(['plan', 'fixtures/dual-stack', `--out=${join(dir, 'plan.html')}`], HERE);
      assert.equal(html.code, 0, html.stderr);
      assert.match(readFileSync(join(dir, 'plan.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*<table>[\s\S]*<\/html>\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the SVG on stdout without --out, and refuses what it cannot write', () => {
    const out = runInProcess(['plan', 'fixtures/kind'], HERE);
    assert.equal(out.code, 0);
    assert.match(out.stdout, /^<svg [\s\S]*kind cluster — fixtures\/kind\/[\s\S]*<\/svg>\n$/);
    const png = runInProcess(['plan', 'fixtures', '--out', 'plan.png'], HERE);
    assert.equal(png.code, 2);
    assert.match(png.stderr, /^netlens: cannot tell the format of 'plan\.png': name it \.svg or \.html\n/);
    assert.equal(runInProcess(['plan', '--frobnicate'], HERE).code, 2);
    assert.equal(runInProcess(['plan', 'no-such-folder'], HERE).code, 2);
  });

  it('draws the cluster given on the command line for files no config covers', () => {
    const out = runInProcess(['plan', 'fixtures/compose', '--service-cluster-ip-range', '10.43.0.0/16', '--cluster-cidr=10.42.0.0/16', '--node-cidr-mask-size-ipv4', '25'], HERE);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /Cluster given on the command line/);
    assert.match(out.stdout, /services 10\.43\.0\.0\/16/);
    assert.match(out.stdout, /pods 10\.42\.0\.0\/16<\/tspan><tspan class="muted" dx="10">65,536 addresses · 512 node blocks of \/25/);
    assert.doesNotMatch(runInProcess(['plan', 'fixtures/compose'], HERE).stdout, /command line/);
  });

  it('the bundle draws the same plan', { skip: bundleMissing() }, () => {
    const bundle = runBundle(['plan', 'fixtures/bare-metal'], HERE);
    assert.equal(bundle.code, 0, bundle.stderr);
    assert.equal(bundle.stdout, runInProcess(['plan', 'fixtures/bare-metal'], HERE).stdout);
  });
});
