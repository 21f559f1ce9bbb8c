// The cluster model over the protocol, against the bundled server: a manifest's cross-file diagnostic follows
// the config it depends on, whether the config is an open buffer or a file on disk that changes (file-watcher
// events); indexing reports progress; the address plan comes back through netlens/addressPlan.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from '../lsp/client';
import { serverForSuite } from '../lsp/suite';
import { kubeadmWithServiceSubnet } from './tester';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: dns\nspec:\n  clusterIP: 10.0.0.10\n  selector:\n    app: dns\n  ports:\n    - port: 53\n      protocol: UDP\n';

const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => d.code);
const has601 = (p: PublishedDiagnostics) => codes(p).includes('NL601');

describe('the cluster model over the protocol: open buffers', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c));

  it('checks the manifest again when the open config it depends on changes', async () => {
    const config = 'file:///proto/cluster/kubeadm-config.yaml';
    const service = 'file:///proto/cluster/apps/dns.yaml';
    await client.open(config, kubeadmWithServiceSubnet('10.96.0.0/16'));
    await client.diagnostics(config);
    await client.open(service, SERVICE);
    const first = await client.diagnostics(service, has601);
    const d = first.diagnostics.find((x) => x.code === 'NL601')!;
    assert.equal(d.severity, 1);
    assert.match(d.message, /failed to allocate IP 10\.0\.0\.10: provided IP 10\.0\.0\.10 is not in the valid range; the IPv4 service range is 10\.96\.0\.0\/16 \(networking\.serviceSubnet in kubeadm-config\.yaml\)/);
    assert.deepEqual(d.relatedInformation, [{
      location: { uri: config, range: { start: { line: 3, character: 17 }, end: { line: 3, character: 29 } } },
      message: 'service range 10.96.0.0/16',
    }]);
    // The service itself is not edited: only the config is.
    await client.change(config, 2, [{ range: { start: { line: 3, character: 17 }, end: { line: 3, character: 29 } }, text: '10.0.0.0/16' }]);
    const again = await client.diagnostics(service, (p) => !has601(p));
    assert.equal(again.version, 1);
  });

  it('hovers say what the value was checked against', async () => {
    const service = 'file:///proto/cluster/apps/dns.yaml';
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: service }, position: { line: 5, character: 15 } });
    assert.match(hover.contents.value, /\*\*Checked against\*\* the kubeadm cluster \(kubeadm-config\.yaml\): inside serviceSubnet `10\.0\.0\.0\/16` from kubeadm-config\.yaml/);
  });
});

describe('the server asks to watch the YAML files of the workspace', () => {
  const start = (initializationOptions?: unknown) =>
    TestClient.start({
      configuration: {},
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      initialize: { workspaceFolders: [{ uri: 'file:///watch/ws', name: 'ws' }] },
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });

  it('of a client that can watch on request (Neovim, Helix, ...)', async () => {
    const client = await start();
    try {
      // The registration is sent after initialized; a round trip makes sure it has come.
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///watch/ws/none.yaml' }, position: { line: 0, character: 0 } });
      const watch = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watch.map((r) => r.registerOptions), [{ watchers: [{ globPattern: '**/*.{yaml,yml}' }] }]);
    } finally {
      await client.stop();
    }
  });

  it('but not of the VS Code client, which watches them itself', async () => {
    const client = await start({ watchesFiles: true });
    try {
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///watch/ws/none.yaml' }, position: { line: 0, character: 0 } });
      assert.deepEqual(client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles'), []);
    } finally {
      await client.stop();
    }
  });
});

describe('the cluster model over the protocol: workspace folders on disk', () => {
  let client: TestClient;
  let dir: string;
  const progress: string[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'netlens-ws-'));
    mkdirSync(join(dir, 'cluster', 'apps'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'cluster', 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.96.0.0/16'));
    // node_modules is never indexed: the plan would draw this kind cluster otherwise.
    writeFileSync(join(dir, 'node_modules', 'pkg', 'kind.yaml'), 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n');
    client = await TestClient.start({
      configuration: {},
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initialize: { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] },
    });
    client.connection.onRequest('window/workDoneProgress/create', () => null);
    client.connection.onNotification('$/progress', (p: { value: { kind: string; title?: string } }) => {
      progress.push(p.value.kind + (p.value.title ? ` ${p.value.title}` : ''));
    });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the folders in the background with progress, and checks an open manifest against a config on disk', async () => {
    const service = pathToFileURL(join(dir, 'cluster', 'apps', 'dns.yaml')).href;
    writeFileSync(join(dir, 'cluster', 'apps', 'dns.yaml'), SERVICE);
    await client.open(service, SERVICE);
    const found = await client.diagnostics(service, has601);
    const related = found.diagnostics.find((x) => x.code === 'NL601')!.relatedInformation as { location: { uri: string } }[];
    assert.equal(related[0]!.location.uri, pathToFileURL(join(dir, 'cluster', 'kubeadm-config.yaml')).href);
    assert.deepEqual(progress.filter((p) => p !== 'report'), ['begin NetLens: indexing cluster configs', 'end']);
  });

  it('checks the open manifest again when the config changes on disk (workspace/didChangeWatchedFiles)', async () => {
    const config = join(dir, 'cluster', 'kubeadm-config.yaml');
    const service = pathToFileURL(join(dir, 'cluster', 'apps', 'dns.yaml')).href;
    writeFileSync(config, kubeadmWithServiceSubnet('10.0.0.0/24'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.diagnostics(service, (p) => !has601(p));
    writeFileSync(config, kubeadmWithServiceSubnet('10.96.0.0/12'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.diagnostics(service, has601);
    rmSync(config);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 3 }] });
    await client.diagnostics(service, (p) => !has601(p));
  });

  it('answers netlens/addressPlan with the page of the indexed workspace', async () => {
    writeFileSync(join(dir, 'cluster', 'kubeadm-config.yaml'), kubeadmWithServiceSubnet('10.96.0.0/16'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'cluster', 'kubeadm-config.yaml')).href, type: 1 }] });
    const plan = await client.request<{ format: string; content: string }>('netlens/addressPlan', { format: 'html' });
    assert.equal(plan.format, 'html');
    assert.match(plan.content, /<h2>kubeadm cluster — cluster\/ · IPv4<\/h2>/);
    assert.match(plan.content, /services <code>10\.96\.0\.0\/16<\/code>/);
    assert.doesNotMatch(plan.content, /node_modules/);
  });
});
