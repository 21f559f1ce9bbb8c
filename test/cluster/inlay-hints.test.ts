// Capacities as inlay hints over LSP (the bundled server, dist/server.js): after each pod, service and pool
// range, outside the quotes, with the full sentence as tooltip; `netlens.inlayHints: false` turns them off.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../lsp/client';
import { serverForSuite } from '../lsp/suite';

const KUBEADM = [
  'apiVersion: kubeadm.k8s.io/v1beta4',
  'kind: ClusterConfiguration',
  'networking:',
  '  podSubnet: "10.244.0.0/16"',
  '  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112',
  'controllerManager:',
  '  extraArgs:',
  '  - name: node-cidr-mask-size-ipv4',
  '    value: "25"',
  '',
].join('\n');

interface Hint { position: { line: number; character: number }; label: string; tooltip?: string; paddingLeft?: boolean }

const RANGE = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };

describe('inlay hints', () => {
  let client: TestClient;
  serverForSuite((c) => (client = c), {
    capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } }, textDocument: { inlayHint: {} } },
  });

  it('announces the capability and shows nodes × per node and ClusterIPs after the values', async () => {
    const uri = 'file:///ws/hints/kubeadm-config.yaml';
    await client.open(uri, KUBEADM);
    await client.diagnostics(uri);
    const hints = await client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: RANGE });
    const shown = hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`);
    assert.deepEqual(shown, [
      // After the closing quote of "10.244.0.0/16": the node mask /25 comes from controllerManager.extraArgs.
      '3:28 512 nodes × 128',
      '4:29 65,534 ClusterIPs',
      '4:46 65,535 ClusterIPs',
    ]);
    assert.ok(hints.every((h) => h.paddingLeft === true && typeof h.tooltip === 'string'));
    assert.match(hints[0]!.tooltip!, /512 nodes × 128 addresses per node \(\/25\)/);
  });

  it('honours netlens.inlayHints: false', async () => {
    const off = await TestClient.start({ configuration: { inlayHints: false } });
    try {
      const uri = 'file:///ws/hints/off.yaml';
      await off.open(uri, KUBEADM);
      await off.diagnostics(uri);
      assert.deepEqual(await off.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: RANGE }), []);
    } finally {
      await off.stop();
    }
  });
});
