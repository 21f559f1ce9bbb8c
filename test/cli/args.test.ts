// The command line: what parses, and every usage mistake is a clear CliError (exit 2).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';
import { CliError } from '../../server/src/cli/cli-error';

describe('cli arguments', () => {
  it('lint with no options lints the current folder as text with default settings', () => {
    assert.deepEqual(parseArgs(['lint']), {
      kind: 'lint', format: 'text', fix: false, capacities: false, kubernetesVersion: { major: 1, minor: 36 }, rules: {}, paths: [],
    });
  });

  it('reads every option, with a separate or an inline value, and paths in order', () => {
    const command = parseArgs(['lint', 'a.yaml', '--format', 'json', '--fix', '--kubernetes-version=1.33',
      '--rule', 'NL104=off', '--rule=nl103=error', 'dir/', '--', '--odd-name.yaml']);
    assert.deepEqual(command, {
      kind: 'lint', format: 'json', fix: true, capacities: false, kubernetesVersion: { major: 1, minor: 33 },
      rules: { NL104: 'off', NL103: 'error' }, paths: ['a.yaml', 'dir/', '--odd-name.yaml'],
    });
  });

  it('reads the cluster options into netlens.cluster settings from the command line', () => {
    const command = parseArgs(['lint', '--service-cluster-ip-range', '10.96.0.0/12, fd00::/108', '--cluster-cidr=10.244.0.0/16',
      '--node-cidr-mask-size-ipv4', '25', '--node-cidr-mask-size-ipv6=80', '--service-cluster-ip-range=10.0.0.0/16']);
    assert.ok(command.kind === 'lint');
    assert.deepEqual(command.cluster, { from: 'command line', serviceCIDRs: ['10.0.0.0/16'], podCIDRs: ['10.244.0.0/16'], nodeMaskIPv4: 25, nodeMaskIPv6: 80 });
    const dual = parseArgs(['lint', '--service-cluster-ip-range', '10.96.0.0/12, fd00::/108']);
    assert.ok(dual.kind === 'lint');
    assert.deepEqual(dual.cluster, { from: 'command line', serviceCIDRs: ['10.96.0.0/12', 'fd00::/108'] });
  });

  it('plan reads --out either way, and paths in order', () => {
    assert.deepEqual(parseArgs(['plan', 'a/', '--out', 'p.HTML', '--', '-b/']), { kind: 'plan', paths: ['a/', '-b/'], format: 'html', out: 'p.HTML' });
    assert.deepEqual(parseArgs(['plan', '--out=p.svg', 'c/']), { kind: 'plan', paths: ['c/'], format: 'svg', out: 'p.svg' });
    assert.deepEqual(parseArgs(['plan']), { kind: 'plan', paths: [], format: 'svg' });
    assert.equal(parseArgs(['plan', '-h']).kind, 'help');
    assert.deepEqual(parseArgs(['plan', 'apps/', '--cluster-cidr', '10.244.0.0/16', '--service-cluster-ip-range=10.96.0.0/12']), {
      kind: 'plan', paths: ['apps/'], format: 'svg', cluster: { from: 'command line', serviceCIDRs: ['10.96.0.0/12'], podCIDRs: ['10.244.0.0/16'] },
    });
  });

  it('help, version and rules', () => {
    assert.equal(parseArgs(['--help']).kind, 'help');
    assert.equal(parseArgs(['-h']).kind, 'help');
    assert.equal(parseArgs(['lint', '--help']).kind, 'help');
    assert.equal(parseArgs(['--version']).kind, 'version');
    assert.equal(parseArgs(['rules']).kind, 'rules');
  });

  const mistakes: [string[], RegExp][] = [
    [[], /missing command/],
    [['check'], /unknown command 'check'/],
    [['--bogus'], /unknown option '--bogus'/],
    [['lint', '--bogus'], /unknown option '--bogus'/],
    [['lint', '--format', 'xml'], /unknown format 'xml': expected text, json, sarif/],
    [['lint', '--format'], /option '--format' needs a value/],
    [['lint', '--format', '--fix'], /option '--format' needs a value/],
    [['lint', '--fix=yes'], /takes no value/],
    [['lint', '--kubernetes-version', '2.0'], /invalid Kubernetes version '2\.0'/],
    [['lint', '--kubernetes-version', 'latest'], /invalid Kubernetes version/],
    [['lint', '--rule', 'NL999=off'], /unknown rule 'NL999'/],
    [['lint', '--rule', 'NL103=loud'], /invalid severity 'loud' for NL103/],
    [['lint', '--rule', 'NL103'], /expected CODE=SEVERITY/],
    [['rules', 'extra'], /unexpected argument/],
    [['lint', '--service-cluster-ip-range', '10.96.0.0/33'], /invalid range '10\.96\.0\.0\/33' in --service-cluster-ip-range: prefix length 33 is out of range/],
    [['lint', '--cluster-cidr', '10.244.0.0/16,10.245.0.0/16,fd00::/56'], /takes at most two ranges/],
    [['lint', '--cluster-cidr'], /option '--cluster-cidr' needs a value/],
    [['lint', '--cluster-cidr', '10.244.0.0/16', '--node-cidr-mask-size-ipv4', '33'], /invalid node mask '33' for --node-cidr-mask-size-ipv4: expected a whole number from 0 to 32/],
    [['lint', '--node-cidr-mask-size-ipv6', '64'], /a node mask needs the pod ranges it splits: add --cluster-cidr/],
    [['plan', '--out'], /option '--out' needs a file name/],
    [['plan', '--out', '-x.svg'], /option '--out' needs a file name/],
    [['plan', '--out='], /option '--out' needs a file name/],
    [['plan', '--bogus=1'], /unknown option '--bogus' for plan/],
    [['plan', '--service-cluster-ip-range'], /option '--service-cluster-ip-range' needs a value/],
    [['plan', '--cluster-cidr', 'pods'], /invalid range 'pods' in --cluster-cidr/],
    [['plan', '--out', 'plan.png'], /cannot tell the format of 'plan\.png'/],
  ];
  for (const [argv, message] of mistakes) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof CliError && message.test(e.message));
    });
  }
});
