// Per-rule severity settings reach the server: "off" removes the rule's diagnostics, removing it brings them back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, setRules, waitForDiagnosticOn, waitForDiagnostics } from './util';

describe('settings', () => {
  afterEach(() => setRules(undefined));

  it('netlens.rules {"<code>": "off"} removes that rule\'s diagnostics', async () => {
    const { document: doc } = await openFixture('service-ipv6.yaml');
    const d = await waitForDiagnosticOn(doc, 'ipv6');
    const code = codeOf(d);
    assert.ok(code, 'the diagnostic has a code');
    await setRules({ [code]: 'off' });
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === code), `${code} to disappear once it is "off"`);
    await setRules(undefined);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === code), `${code} to come back once the override is removed`);
  });

  it('netlens.rules can change a rule\'s severity', async () => {
    const { document: doc } = await openFixture('service-ipv6.yaml');
    const d = await waitForDiagnosticOn(doc, 'ipv6');
    const code = codeOf(d)!;
    await setRules({ [code]: 'warning' });
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === code && x.severity === vscode.DiagnosticSeverity.Warning),
      `${code} to become a warning`);
  });
});
