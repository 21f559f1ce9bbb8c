// The `netlens.nodePortRange` setting (kube-apiserver --service-node-port-range) as toSettings reads it.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toSettings } from '../../server/src/lsp/settings';

describe('netlens.nodePortRange', () => {
  it('reads a range and a single port', () => {
    assert.deepEqual(toSettings({ nodePortRange: '20000-22767' }).nodePortRange, { start: 20000, end: 22767 });
    assert.deepEqual(toSettings({ nodePortRange: ' 30080 ' }).nodePortRange, { start: 30080, end: 30080 });
  });

  it('leaves the default for anything else', () => {
    for (const bad of ['', 'x', '32767-30000', '0-100', '1-70000', 30000]) assert.equal(toSettings({ nodePortRange: bad }).nodePortRange, undefined, String(bad));
    assert.equal(toSettings({}).nodePortRange, undefined);
  });
});
