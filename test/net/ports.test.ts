// Table tests for port numbers, port ranges and Docker short port specs, with upstream inputs and exact messages.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  goSplitHostPort,
  parseDockerPortRange,
  parseDockerPortSpec,
  parsePortNumber,
  parsePortRange,
} from '../../server/src/net/ports';

describe('parsePortNumber (strconv.ParseUint base 10, 16 bits)', () => {
  const cases: [string, number | 'empty' | 'syntax' | 'range'][] = [
    ['0', 0],
    ['1', 1],
    ['80', 80],
    ['080', 80],
    // go-connections TestParsePort: "octal value" 0123 is decimal 123.
    ['0123', 123],
    ['65535', 65535],
    ['0000000065535', 65535],
    ['65536', 'range'],
    ['70000', 'range'],
    ['99999999999999999999', 'range'],
    ['', 'empty'],
    ['   ', 'syntax'],
    ['  42  ', 'syntax'],
    ['+1', 'syntax'],
    ['-1', 'syntax'],
    ['0x50', 'syntax'],
    ['1_000', 'syntax'],
    ['asdf', 'syntax'],
    ['1asdf', 'syntax'],
    ['1234abc', 'syntax'],
    ['８０', 'syntax'],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => {
      const p = parsePortNumber(input);
      if (typeof want === 'number') assert.deepEqual(p, { ok: true, port: want });
      else assert.deepEqual(p, { ok: false, reason: want });
    });
  }
});

describe('parsePortRange', () => {
  const cases: [string, [number, number] | 'empty' | 'syntax' | 'range' | 'reversed'][] = [
    ['80', [80, 80]],
    ['8000-9000', [8000, 9000]],
    ['1234-1234', [1234, 1234]],
    ['0-0', [0, 0]],
    ['9000-8000', 'reversed'],
    ['8000-70000', 'range'],
    ['8000-', 'syntax'],
    ['-9000', 'syntax'],
    ['-', 'syntax'],
    ['1-2-3', 'syntax'],
    ['a-9000', 'syntax'],
    ['8000-9000a', 'syntax'],
    ['', 'empty'],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => {
      const p = parsePortRange(input);
      if (Array.isArray(want)) assert.deepEqual(p, { ok: true, start: want[0], end: want[1] });
      else assert.deepEqual(p, { ok: false, reason: want });
    });
  }
});

describe('parseDockerPortRange (go-connections nat/parse_test.go TestParsePortRange)', () => {
  const cases: [string, [number, number] | string][] = [
    ['', 'empty string specified for ports'],
    ['1234', [1234, 1234]],
    ['1234-1234', [1234, 1234]],
    ['1234-1235', [1234, 1235]],
    ['8000-9000', [8000, 9000]],
    ['0', [0, 0]],
    ['0-0', [0, 0]],
    ['asdf', "invalid start port 'asdf': invalid syntax"],
    ['9000-8000', 'invalid port range: 9000-8000'],
    ['8000-', "invalid end port '': value is empty"],
    ['-9000', "invalid start port '': value is empty"],
    ['8000-a', "invalid end port 'a': invalid syntax"],
    ['8000-9000a', "invalid end port '9000a': invalid syntax"],
    ['a-9000', "invalid start port 'a': invalid syntax"],
    ['8000a-9000', "invalid start port '8000a': invalid syntax"],
    ['-8000-', "invalid start port '': value is empty"],
    ['-', "invalid start port '': value is empty"],
    // Beyond the upstream table: v0.7 parses with strconv.ParseInt, so a '+' sign is accepted.
    ['70000', "invalid start port '70000': value out of range (0–65535)"],
    ['+80', [80, 80]],
    ['1-2-3', "invalid end port '2-3': invalid syntax"],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => {
      const p = parseDockerPortRange(input);
      if (Array.isArray(want)) assert.deepEqual(p, { ok: true, start: want[0], end: want[1] });
      else assert.deepEqual(p, { ok: false, message: want });
    });
  }
});

describe('goSplitHostPort (Go net.SplitHostPort)', () => {
  const cases: [string, [string, string] | string][] = [
    ['[::1]:', ['::1', '']],
    ['[::1]:80', ['::1', '80']],
    ['1.2.3.4:80', ['1.2.3.4', '80']],
    ['[::', "address [::: missing ']' in address"],
    ['[::1]', "address [::1]: missing port in address"],
    ['[::1]x:', "address [::1]x:: missing port in address"],
    ['[::1]::', "address [::1]::: too many colons in address"],
    ['::1:80', 'address ::1:80: too many colons in address'],
    ['[a[b]:', "address [a[b]:: unexpected '[' in address"],
    ['a]:', "address a]:: unexpected ']' in address"],
    ['noport', 'address noport: missing port in address'],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => {
      const p = goSplitHostPort(input);
      if (Array.isArray(want)) assert.deepEqual(p, { ok: true, host: want[0], port: want[1] });
      else assert.deepEqual(p, { ok: false, error: want });
    });
  }
});

interface Want {
  ip?: string;
  host?: string;
  container: string;
  proto?: 'tcp' | 'udp' | 'sctp';
  hostRange?: [number, number];
  containerRange?: [number, number];
  bracketed?: boolean;
  unbracketedIpv6?: boolean;
}

describe('parseDockerPortSpec accepts (go-connections nat_test.go and compose-spec examples)', () => {
  const cases: [string, Want][] = [
    // TestParsePortSpecs / TestParsePortSpecsWithRange / TestParsePortSpecFull.
    ['1234/tcp', { container: '1234' }],
    ['2345/udp', { container: '2345', proto: 'udp' }],
    ['3456/sctp', { container: '3456', proto: 'sctp' }],
    ['1234:1234/tcp', { host: '1234', container: '1234' }],
    ['0.0.0.0:1234:1234/tcp', { ip: '0.0.0.0', host: '1234', container: '1234' }],
    ['1234-1236/tcp', { container: '1234-1236', containerRange: [1234, 1236] }],
    ['1234-1236:1234-1236/tcp', { host: '1234-1236', container: '1234-1236', hostRange: [1234, 1236] }],
    ['0.0.0.0:1234-1236:1234-1236/tcp', { ip: '0.0.0.0', host: '1234-1236', container: '1234-1236' }],
    ['0.0.0.0:1234-1235:3333-3334/tcp', { ip: '0.0.0.0', host: '1234-1235', container: '3333-3334', hostRange: [1234, 1235], containerRange: [3333, 3334] }],
    // TestPartPortSpecIPV6.
    ['[2001:4860:0:2001::68]::333', { ip: '2001:4860:0:2001::68', container: '333', bracketed: true }],
    ['[::1]:80:80', { ip: '::1', host: '80', container: '80', bracketed: true }],
    ['2001:4860:0:2001::68::333', { ip: '2001:4860:0:2001::68', container: '333', unbracketedIpv6: true }],
    ['::1:80:80', { ip: '::1', host: '80', container: '80', unbracketedIpv6: true }],
    ['::::80', { ip: '::', container: '80', unbracketedIpv6: true }],
    // TestParseNetworkOpts*.
    ['192.168.1.100::80', { ip: '192.168.1.100', container: '80' }],
    ['192.168.1.100:8080:80', { ip: '192.168.1.100', host: '8080', container: '80' }],
    ['192.168.1.100::6000/udp', { ip: '192.168.1.100', container: '6000', proto: 'udp' }],
    ['192.168.1.100::6000/sctp', { ip: '192.168.1.100', container: '6000', proto: 'sctp' }],
    // TestStringer inputs.
    [':8080:6000/tcp', { host: '8080', container: '6000' }],
    ['::6000', { container: '6000' }],
    ['[::1]::6000/udp', { ip: '::1', container: '6000', proto: 'udp', bracketed: true }],
    ['::::6000/udp', { ip: '::', container: '6000', proto: 'udp', unbracketedIpv6: true }],
    // compose-spec 05-services.md examples.
    ['3000', { container: '3000' }],
    ['3000-3005', { container: '3000-3005' }],
    ['8000:8000', { host: '8000', container: '8000' }],
    ['9090-9091:8080-8081', { host: '9090-9091', container: '8080-8081' }],
    ['49100:22', { host: '49100', container: '22' }],
    ['8000-9000:80', { host: '8000-9000', container: '80', hostRange: [8000, 9000], containerRange: [80, 80] }],
    ['127.0.0.1:8001:8001', { ip: '127.0.0.1', host: '8001', container: '8001' }],
    ['127.0.0.1:5000-5010:5000-5010', { ip: '127.0.0.1', host: '5000-5010', container: '5000-5010' }],
    ['::1:6000:6000', { ip: '::1', host: '6000', container: '6000', unbracketedIpv6: true }],
    ['[::1]:6001:6001', { ip: '::1', host: '6001', container: '6001', bracketed: true }],
    ['6060:6060/udp', { host: '6060', container: '6060', proto: 'udp' }],
    // compose-rules.md §4 "accepted but worth a hint".
    ['0:80', { host: '0', container: '80' }],
    ['127.0.0.1::80', { ip: '127.0.0.1', container: '80' }],
    ['[::1]::80', { ip: '::1', container: '80', bracketed: true }],
    ['080:080', { host: '080', container: '080', hostRange: [80, 80], containerRange: [80, 80] }],
    ['::80', { container: '80' }],
    ['8080:0', { host: '8080', container: '0' }],
    ['80/', { container: '80' }],
    ['80/TCP', { container: '80' }],
    ['80/Udp', { container: '80', proto: 'udp' }],
    ['+80:80', { host: '+80', container: '80', hostRange: [80, 80] }],
    ['::1', { container: '1' }],
    ['::ffff:1.2.3.4:80:80', { ip: '::ffff:1.2.3.4', host: '80', container: '80', unbracketedIpv6: true }],
  ];
  for (const [spec, want] of cases) {
    it(spec, () => {
      const p = parseDockerPortSpec(spec);
      assert.ok(p.ok, JSON.stringify(p));
      assert.equal(p.hostIp?.text, want.ip);
      assert.equal(p.hostPort?.text, want.host);
      assert.equal(p.container.text, want.container);
      assert.equal(p.protocolValue, want.proto ?? 'tcp');
      assert.equal(p.bracketed, want.bracketed ?? false);
      assert.equal(p.unbracketedIpv6, want.unbracketedIpv6 ?? false);
      if (want.hostRange) assert.deepEqual(p.hostPort?.range, { start: want.hostRange[0], end: want.hostRange[1] });
      if (want.containerRange) assert.deepEqual(p.container.range, { start: want.containerRange[0], end: want.containerRange[1] });
      for (const part of [p.hostIp, p.hostPort, p.container, p.protocol]) {
        if (part) assert.equal(spec.slice(part.start, part.end), part.text);
      }
    });
  }
  it('points at the parts', () => {
    const p = parseDockerPortSpec('[::1]:8080:80/udp');
    assert.ok(p.ok);
    assert.deepEqual([p.hostIp?.start, p.hostIp?.end], [1, 4]);
    assert.deepEqual([p.hostPort?.start, p.hostPort?.end], [6, 10]);
    assert.deepEqual([p.container.start, p.container.end], [11, 13]);
    assert.deepEqual([p.protocol?.start, p.protocol?.end, p.protocol?.text], [14, 17, 'udp']);
  });
});

describe('parseDockerPortSpec rejects with the exact go-connections v0.7 message', () => {
  const cases: [string, string, 'ip' | 'hostPort' | 'container' | 'protocol' | 'whole', string?][] = [
    // TestParsePortSpecEmptyContainerPort.
    ['', 'no port specified: <empty>', 'whole'],
    ['0.0.0.0:1234-1235:/tcp', 'no port specified: 0.0.0.0:1234-1235:/tcp<empty>', 'container', '/tcp'],
    ['0.0.0.0:1234-1235:', 'no port specified: 0.0.0.0:1234-1235:<empty>', 'container', ''],
    // TestParsePortSpecs, TestParseNetworkOptsPublicNoPort, TestParseNetworkOptsNegativePorts.
    ['localhost:1234:1234/tcp', 'invalid IP address: localhost', 'ip', 'localhost'],
    ['localhost:1234-1236:1234-1236/tcp', 'invalid IP address: localhost', 'ip', 'localhost'],
    ['192.168.1.100', 'invalid containerPort: 192.168.1.100', 'container', '192.168.1.100'],
    ['192.168.1.100:-1:-1', 'invalid containerPort: -1', 'container', '-1'],
    // compose-rules.md §4 table.
    ['[::1]:80', "invalid IP address [:: address [::: missing ']' in address", 'ip', '[:'],
    ['127.0.0.1:80', 'invalid hostPort: 127.0.0.1', 'hostPort', '127.0.0.1'],
    ['localhost:80:80', 'invalid IP address: localhost', 'ip', 'localhost'],
    ['127.0.1:8080:80', 'invalid IP address: 127.0.1', 'ip', '127.0.1'],
    ['[fe80::1%eth0]:8080:80', 'invalid IP address: fe80::1%eth0', 'ip', '[fe80::1%eth0]'],
    ['1.2.3.4:80:80:80', 'invalid IP address: 1.2.3.4:80', 'ip', '1.2.3.4:80'],
    ['8080:80/xyz', 'invalid proto: xyz', 'protocol', 'xyz'],
    ['8080:80/XYZ', 'invalid proto: xyz', 'protocol', 'XYZ'],
    ['80/tcp/udp', 'invalid proto: tcp/udp', 'protocol', 'tcp/udp'],
    ['8080:70000', 'invalid containerPort: 70000', 'container', '70000'],
    ['65536', 'invalid containerPort: 65536', 'container', '65536'],
    ['abc', 'invalid containerPort: abc', 'container', 'abc'],
    ['-1', 'invalid containerPort: -1', 'container', '-1'],
    ['70000:80', 'invalid hostPort: 70000', 'hostPort', '70000'],
    ['9000-8000:80', 'invalid hostPort: 9000-8000', 'hostPort', '9000-8000'],
    ['-1:80', 'invalid hostPort: -1', 'hostPort', '-1'],
    ['8000-8002:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000-8002', 'whole', '8000-8002:80-81'],
    ['80:8080-8081', 'invalid ranges specified for container and host Ports: 8080-8081 and 80', 'whole', '80:8080-8081'],
    // Go's net.ParseIP since 1.17 rejects leading zeros, unlike Kubernetes' sloppy parser.
    ['127.000.000.001:80:80', 'invalid IP address: 127.000.000.001', 'ip', '127.000.000.001'],
    ['[127.0.0.1]x:80:80', "invalid IP address [127.0.0.1]x: address [127.0.0.1]x:: missing port in address", 'ip', '[127.0.0.1]x'],
    // Order: an empty container port is reported before a bad protocol or IP (v0.7 moved this check first).
    ['localhost:80:', 'no port specified: localhost:80:<empty>', 'container', ''],
    ['localhost:80:80/xyz', 'invalid proto: xyz', 'protocol', 'xyz'],
    ['localhost:70000:80', 'invalid IP address: localhost', 'ip', 'localhost'],
    ['70000:abc', 'invalid containerPort: abc', 'container', 'abc'],
  ];
  for (const [spec, message, part, underlined] of cases) {
    it(`${JSON.stringify(spec)} → ${message}`, () => {
      const p = parseDockerPortSpec(spec);
      assert.ok(!p.ok, JSON.stringify(p));
      assert.equal(p.message, message);
      assert.equal(p.part, part);
      assert.ok(0 <= p.start && p.start <= p.end && p.end <= spec.length);
      if (underlined !== undefined) assert.equal(spec.slice(p.start, p.end), underlined);
    });
  }
});
