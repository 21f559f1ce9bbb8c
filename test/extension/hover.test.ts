// Hovering a CIDR shows how big it is.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, positionOf } from './util';

describe('hover', () => {
  it('on 10.96.0.0/12 shows 1,048,576 addresses', async () => {
    const { document: doc } = await openFixture('kubeadm-config.yaml');
    const at = positionOf(doc, '10.96.0.0/12', 4); // inside the scalar's IPv4 part
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers ?? []);
    assert.ok(text.includes('1,048,576'), `hover at ${at.line}:${at.character} does not show 1,048,576:\n${text || '(no hover)'}`);
    const range = hovers.find((h) => h.range)?.range;
    if (range) assert.ok(range.contains(at), 'the hover range contains the hovered position');
  });
});
