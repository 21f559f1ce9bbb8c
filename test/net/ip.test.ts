// Table tests for single-address parsing: Kubernetes' sloppy rules, strictness issues, problems and their reasons.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type IpParse, isPlaceholder, isTemplate, parseGoIp, parseIp } from '../../server/src/net/ip';

/**
 * What apimachinery's validators would say about `text`, derived only from our parse result
 * (kubernetes/apimachinery pkg/util/validation/ip.go): legacy = IsValidIPForLegacyField(strict=false),
 * legacyStrict = IsValidIPForLegacyField(strict=true), strict = IsValidIP. Each is '' when valid.
 */
function k8sVerdicts(text: string): { err: string; legacyErr: string; legacyStrictErr: string } {
  const p = parseIp(text);
  if (!p.ok) {
    const e = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
    return { err: e, legacyErr: e, legacyStrictErr: e };
  }
  const first = p.issues[0];
  let legacyStrictErr = '';
  if (first?.kind === 'leading-zeros') legacyStrictErr = 'must not have leading 0s';
  else if (first?.kind === 'ipv4-mapped') legacyStrictErr = 'must not be an IPv4-mapped IPv6 address';
  const canonical = p.issues.find((i) => i.kind === 'non-canonical');
  const err = legacyStrictErr || (canonical ? `must be in canonical form (${JSON.stringify(canonical.canonical)})` : '');
  return { err, legacyErr: '', legacyStrictErr };
}

/** apimachinery GetWarningsForIP, rebuilt from our issues (1.36 wording). */
function k8sWarnings(path: string, text: string): string[] {
  const p = parseIp(text);
  if (!p.ok) return [];
  const nonStandard = p.issues.find((i) => i.kind === 'leading-zeros' || i.kind === 'ipv4-mapped');
  if (nonStandard) return [`${path}: non-standard IP address ${JSON.stringify(text)} is invalid: use ${JSON.stringify(nonStandard.canonical)}`];
  const nonCanonical = p.issues.find((i) => i.kind === 'non-canonical');
  if (nonCanonical) return [`${path}: IPv6 address ${JSON.stringify(text)} should be in RFC 5952 canonical format (${JSON.stringify(nonCanonical.canonical)})`];
  return [];
}

describe('parseIp against apimachinery TestIsValidIP', () => {
  // Inputs and expected results copied from kubernetes/apimachinery pkg/util/validation/ip_test.go.
  const cases: { name: string; in: string; err?: string; legacyErr?: string; legacyStrictErr?: string }[] = [
    { name: 'ipv4', in: '1.2.3.4' },
    { name: 'ipv4, all zeros', in: '0.0.0.0' },
    { name: 'ipv4, max', in: '255.255.255.255' },
    { name: 'ipv6', in: '1234::abcd' },
    { name: 'ipv6, all zeros, collapsed', in: '::' },
    { name: 'ipv6, max', in: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff' },
    { name: 'ipv6, all zeros, expanded (non-canonical)', in: '0:0:0:0:0:0:0:0', err: 'must be in canonical form ("::")' },
    { name: 'ipv6, leading 0s (non-canonical)', in: '0001:002:03:4::', err: 'must be in canonical form ("1:2:3:4::")' },
    { name: 'ipv6, capital letters (non-canonical)', in: '1234::ABCD', err: 'must be in canonical form ("1234::abcd")' },
    { name: 'ipv4 with leading 0s', in: '1.1.1.01', err: 'must not have leading 0s', legacyStrictErr: 'must not have leading 0s' },
    {
      name: 'ipv4-in-ipv6 value',
      in: '::ffff:1.1.1.1',
      err: 'must not be an IPv4-mapped IPv6 address',
      legacyStrictErr: 'must not be an IPv4-mapped IPv6 address',
    },
    ...[
      ['empty string', ''],
      ['junk', 'aaaaaaa'],
      ['domain name', 'myhost.mydomain'],
      ['cidr', '1.2.3.0/24'],
      ['ipv4 with out-of-range octets', '1.2.3.400'],
      ['ipv4 with negative octets', '-1.0.0.0'],
      ['ipv6 with out-of-range segment', '2001:db8::10005'],
      ['ipv4:port', '1.2.3.4:80'],
      ['ipv6 with brackets', '[2001:db8::1]'],
      ['[ipv6]:port', '[2001:db8::1]:80'],
      ['host:port', 'example.com:80'],
      ['ipv6 with zone', '1234::abcd%eth0'],
      ['ipv4 with zone', '169.254.0.0%eth0'],
    ].map(([name, input]) => ({
      name,
      in: input,
      err: 'must be a valid IP address',
      legacyErr: 'must be a valid IP address',
      legacyStrictErr: 'must be a valid IP address',
    })),
  ];
  for (const tc of cases) {
    it(`${tc.name}: ${JSON.stringify(tc.in)}`, () => {
      const got = k8sVerdicts(tc.in);
      for (const key of ['err', 'legacyErr', 'legacyStrictErr'] as const) {
        const want = tc[key] ?? '';
        if (want === '') assert.equal(got[key], '', `${key} should be valid`);
        else assert.ok(got[key].includes(want), `${key}: ${JSON.stringify(got[key])} should contain ${JSON.stringify(want)}`);
      }
    });
  }
});

describe('parseIp issues carry what apimachinery TestGetWarningsForIP prints', () => {
  const cases: [string, string, string[]][] = [
    ['spec.clusterIPs[0]', '192.12.2.2', []],
    ['spec.clusterIPs[0]', '2001:db8::2', []],
    ['spec.clusterIPs[0]', '192.012.2.2', ['spec.clusterIPs[0]: non-standard IP address "192.012.2.2" is invalid: use "192.12.2.2"']],
    ['spec.clusterIPs[0]', '::ffff:192.12.2.2', ['spec.clusterIPs[0]: non-standard IP address "::ffff:192.12.2.2" is invalid: use "192.12.2.2"']],
    ['spec.loadBalancerIP', '2001:db8:0:0::2', ['spec.loadBalancerIP: IPv6 address "2001:db8:0:0::2" should be in RFC 5952 canonical format ("2001:db8::2")']],
  ];
  for (const [path, input, want] of cases) {
    it(input, () => assert.deepEqual(k8sWarnings(path, input), want));
  }
});

function ok(p: IpParse) {
  assert.ok(p.ok, `expected ok, got ${JSON.stringify(!p.ok && p.problem)}`);
  return p;
}

describe('parseIp accepts', () => {
  const cases: { in: string; family: 'IPv4' | 'IPv6'; canonical: string; value?: bigint; issues?: string[] }[] = [
    { in: '10.1.2.3', family: 'IPv4', canonical: '10.1.2.3', value: 0x0a010203n },
    // Kubernetes reads leading zeros as decimal (k8s.io/utils/net ParseIPSloppy), never as octal like inet_aton or ipaddr.js.
    { in: '010.001.2.3', family: 'IPv4', canonical: '10.1.2.3', issues: ['leading-zeros'] },
    { in: '0000000000000000001.2.3.4', family: 'IPv4', canonical: '1.2.3.4', issues: ['leading-zeros'] },
    { in: '192.168.0.010', family: 'IPv4', canonical: '192.168.0.10', issues: ['leading-zeros'] },
    { in: '00.0.0.0', family: 'IPv4', canonical: '0.0.0.0', issues: ['leading-zeros'] },
    // An IPv4-mapped IPv6 address is IPv4, as Go's To4() sees it.
    { in: '::ffff:1.2.3.4', family: 'IPv4', canonical: '1.2.3.4', value: 0x01020304n, issues: ['ipv4-mapped'] },
    { in: '::FFFF:1.2.3.4', family: 'IPv4', canonical: '1.2.3.4', issues: ['ipv4-mapped'] },
    { in: '0:0:0:0:0:ffff:102:304', family: 'IPv4', canonical: '1.2.3.4', issues: ['ipv4-mapped'] },
    { in: '::ffff:01.2.3.4', family: 'IPv4', canonical: '1.2.3.4', issues: ['leading-zeros', 'ipv4-mapped'] },
    { in: '::1', family: 'IPv6', canonical: '::1', value: 1n },
    { in: '::', family: 'IPv6', canonical: '::', value: 0n },
    { in: '1::', family: 'IPv6', canonical: '1::' },
    { in: 'fe80::1', family: 'IPv6', canonical: 'fe80::1' },
    { in: 'FE80:0:0:0:0:0:0:0abc', family: 'IPv6', canonical: 'fe80::abc', issues: ['non-canonical'] },
    { in: '2001:db8:0:0:1:0:0:1', family: 'IPv6', canonical: '2001:db8::1:0:0:1', issues: ['non-canonical'] },
    { in: '2001:db8::1:0:0:1', family: 'IPv6', canonical: '2001:db8::1:0:0:1' },
    // RFC 5952 §4.2.2: a single zero group is never compressed.
    { in: '2001:db8::1:1:1:1:1', family: 'IPv6', canonical: '2001:db8:0:1:1:1:1:1', issues: ['non-canonical'] },
    { in: '2001:db8:0:1:1:1:1:1', family: 'IPv6', canonical: '2001:db8:0:1:1:1:1:1' },
    // RFC 5952 §4.2.3: the longest run is compressed, the first one on a tie.
    { in: '1:0:0:2:0:0:0:3', family: 'IPv6', canonical: '1:0:0:2::3', issues: ['non-canonical'] },
    { in: '1:0:0:2:3:0:0:4', family: 'IPv6', canonical: '1::2:3:0:0:4', issues: ['non-canonical'] },
    { in: '::1.2.3.4', family: 'IPv6', canonical: '::102:304', issues: ['non-canonical'] },
    { in: '1:2:3:4:5:6:1.2.3.4', family: 'IPv6', canonical: '1:2:3:4:5:6:102:304', issues: ['non-canonical'] },
    { in: '64:ff9b::192.0.2.33', family: 'IPv6', canonical: '64:ff9b::c000:221', issues: ['non-canonical'] },
    // Go 1.16's xtoi takes any number of leading zeros; netip allows at most four digits, hence the issue.
    { in: '00000001::', family: 'IPv6', canonical: '1::', issues: ['leading-zeros', 'non-canonical'] },
  ];
  for (const tc of cases) {
    it(tc.in, () => {
      const p = ok(parseIp(tc.in));
      assert.equal(p.ip.family, tc.family);
      assert.equal(p.ip.canonical, tc.canonical);
      assert.equal(p.ip.bytes.length, tc.family === 'IPv4' ? 4 : 16);
      if (tc.value !== undefined) assert.equal(p.ip.value, tc.value);
      assert.deepEqual(p.issues.map((i) => i.kind), tc.issues ?? []);
      for (const i of p.issues) assert.equal(i.canonical, tc.canonical);
      assert.equal(p.text, tc.in);
    });
  }
});

describe('parseIp rejects', () => {
  const cases: [string, string, RegExp?][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    [' 1.2.3.4', 'whitespace', /use "1\.2\.3\.4"/],
    ['1.2.3.4\n', 'whitespace'],
    ['1.2. 3.4', 'whitespace', /cannot contain whitespace/],
    ['{{ .Values.clusterIP }}', 'template'],
    ['{% if x %}', 'template'],
    ['${HOST_IP}', 'template'],
    ['$HOST_IP', 'template'],
    ['<IPv4 CIDR>', 'placeholder', /replace it/],
    ['<podCIDR>', 'placeholder'],
    ['x.x.x.x', 'placeholder'],
    ['a.b.c.d', 'placeholder'],
    ['XXX.XXX.XXX.XXX', 'placeholder'],
    ['10.0.0.X', 'placeholder'],
    ['192.168.x.y', 'placeholder'],
    ['fdXY:IJKL:MNOP:15::1', 'placeholder'],
    ['2001:db8:xxxx::1', 'placeholder'],
    ['CHANGEME', 'placeholder'],
    ['NODE_IP', 'placeholder'],
    ['fe80::1%eth0', 'zone', /use "fe80::1"/],
    ['169.254.0.0%eth0', 'zone'],
    ['[::1]', 'brackets', /use "::1"/],
    ['[2001:db8::1]', 'brackets'],
    ['[2001:db8::1]:80', 'port'],
    ['1.2.3.4:80', 'port', /use "1\.2\.3\.4"/],
    ['10.0.0.0/24', 'cidr'],
    ['2001:db8::/64', 'cidr'],
    ['1.2.3.4/abc', 'invalid'],
    ['127.1', 'invalid', /has 2 octets/],
    ['1.2.3', 'invalid', /has 3 octets/],
    ['1.2.3.4.5', 'invalid', /has 5 octets/],
    ['0x7f.0.0.1', 'invalid', /not a decimal number/],
    ['0177.0.0.1', 'valid-ish'],
    ['1.2.3.300', 'invalid', /IPv4 octet 300 is larger than 255/],
    ['1.2.3.256', 'invalid', /larger than 255/],
    ['1..2.3', 'invalid', /empty octet/],
    ['1.2.3.4.', 'invalid', /empty octet/],
    ['-1.0.0.0', 'invalid'],
    ['+1.0.0.0', 'invalid'],
    ['１.2.3.4', 'invalid'],
    ['2001:db8::10005', 'invalid', /larger than ffff/],
    ['1::2::3', 'invalid', /only once/],
    [':::', 'invalid'],
    [':1::', 'invalid', /start with a single ":"/],
    ['1::2:', 'invalid', /end with a single ":"/],
    ['1:2:3:4:5:6:7', 'invalid', /needs 8 groups/],
    ['1:2:3:4:5:6:7:8:9', 'invalid', /at most 8 groups/],
    ['1:2:3:4:5:6:7:8::', 'invalid', /at least one group of zeros/],
    ['1:2:3:4:5:6:7::8', 'invalid', /at least one group of zeros/],
    ['1.2.3.4::', 'invalid'],
    ['::1.2.3.4:5', 'invalid'],
    ['1:2:3:4:5:6:7:1.2.3.4', 'invalid', /last 32 bits/],
    ['1:1.2.3.4', 'invalid', /last 32 bits/],
    ['::1.2.3', 'invalid', /embedded IPv4/],
    ['2001:dg8::1', 'invalid', /Unexpected character "g"|unexpected character "g"/],
    ['fe80', 'invalid', /host name/],
    ['12345', 'invalid', /plain number/],
    ['localhost', 'invalid', /host name/],
    ['myhost.mydomain', 'invalid', /host name/],
    ['example.com:80', 'invalid', /host name/],
    ['%eth0', 'invalid'],
  ];
  for (const [input, kind, message] of cases) {
    if (kind === 'valid-ish') {
      it(`${JSON.stringify(input)} is decimal 177.0.0.1, not octal 127.0.0.1`, () => {
        const p = ok(parseIp(input));
        assert.equal(p.ip.canonical, '177.0.0.1');
      });
      continue;
    }
    it(`${JSON.stringify(input)} → ${kind}`, () => {
      const p = parseIp(input);
      assert.ok(!p.ok, `expected a problem for ${JSON.stringify(input)}`);
      assert.equal(p.problem.kind, kind, p.problem.message);
      assert.ok(p.problem.message.length > 0);
      if (message) assert.match(p.problem.message, message);
    });
  }
});

describe('parseGoIp (Go net.ParseIP, netip rules)', () => {
  const cases: [string, string | undefined][] = [
    ['127.0.0.1', '127.0.0.1'],
    ['::1', '::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['2001:4860:0:2001::68', '2001:4860:0:2001::68'],
    // Go 1.17 started to reject leading zeros; netip rejects IPv6 groups of more than four digits.
    ['127.000.000.001', undefined],
    ['192.168.1.01', undefined],
    ['00001::', undefined],
    ['127.0.1', undefined],
    ['0x7f.0.0.1', undefined],
    ['fe80::1%eth0', undefined],
    ['[::1]', undefined],
    ['localhost', undefined],
    ['', undefined],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => assert.equal(parseGoIp(input)?.canonical, want));
  }
});

describe('isPlaceholder and isTemplate', () => {
  it('recognises placeholders from the docs', () => {
    for (const t of ['<IPv4 CIDR>', '<podCIDR>', 'fdXY:IJKL:MNOP:15::/64', 'x.x.x.x', 'a.b.c.d', 'XXX.XXX.XXX.XXX', '10.0.0.X', '10.0.0.0/XX', 'x.x.x.x/16', '::ffff:a.b.c.d', 'POD_CIDR', 'changeme']) {
      assert.equal(isPlaceholder(t), true, t);
    }
  });
  it('does not call typos, host names or real values placeholders', () => {
    for (const t of ['10.0.0.1', '2001:db8::1', 'fd00::/64', '2001:dg8::1', '192.168.0.1/healthz', 'localhost', 'www.foo.bar.com', 'dead:beef::', 'fe80::1%eth0', '', '1.2.3']) {
      assert.equal(isPlaceholder(t), false, t);
    }
  });
  it('recognises Helm, Jinja and shell/Compose templates', () => {
    for (const t of ['{{ .Values.ip }}', '{% raw %}', '${IP}', '${IP:-10.0.0.1}', '$IP', 'x{{y']) assert.equal(isTemplate(t), true, t);
    for (const t of ['10.0.0.1', '$', '$$', '$1', 'a$']) assert.equal(isTemplate(t), false, t);
  });
});
