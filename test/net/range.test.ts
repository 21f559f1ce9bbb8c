// Table tests for `start-end` address ranges (MetalLB / bare-metal pools) and their CIDR summaries.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseIpRange, rangeToCidrs } from '../../server/src/net/range';

describe('parseIpRange accepts', () => {
  const cases: [string, string, string, bigint, 'IPv4' | 'IPv6'][] = [
    ['192.168.1.10-192.168.1.20', '192.168.1.10', '192.168.1.20', 11n, 'IPv4'],
    ['192.168.1.10 - 192.168.1.20', '192.168.1.10', '192.168.1.20', 11n, 'IPv4'],
    ['10.0.0.1-10.0.0.1', '10.0.0.1', '10.0.0.1', 1n, 'IPv4'],
    ['0.0.0.0-255.255.255.255', '0.0.0.0', '255.255.255.255', 4294967296n, 'IPv4'],
    ['fd00::1-fd00::ff', 'fd00::1', 'fd00::ff', 255n, 'IPv6'],
    ['2001:db8::-2001:db8::ffff:ffff', '2001:db8::', '2001:db8::ffff:ffff', 4294967296n, 'IPv6'],
  ];
  for (const [input, start, end, count, family] of cases) {
    it(input, () => {
      const r = parseIpRange(input);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.problem));
      assert.equal(r.start.canonical, start);
      assert.equal(r.end.canonical, end);
      assert.equal(r.count, count);
      assert.equal(r.family, family);
      assert.equal(input.slice(r.startPart.start, r.startPart.end), start);
      assert.equal(input.slice(r.endPart.start, r.endPart.end), end);
    });
  }
  it('keeps the issues of each end (Go net.ParseIP, used by MetalLB, rejects leading zeros)', () => {
    const r = parseIpRange('10.0.0.01-10.0.0.20');
    assert.ok(r.ok);
    assert.deepEqual(r.startIssues.map((i) => i.kind), ['leading-zeros']);
    assert.deepEqual(r.endIssues, []);
  });
});

describe('parseIpRange rejects', () => {
  const cases: [string, 'start' | 'end' | 'whole', string, RegExp][] = [
    ['10.0.0.5-10.0.0.1', 'whole', 'invalid', /end 10\.0\.0\.1 comes before the start 10\.0\.0\.5/],
    ['10.0.0.1-fd00::1', 'whole', 'invalid', /mixes IPv4 \(10\.0\.0\.1\) and IPv6 \(fd00::1\)/],
    ['10.0.0.1', 'whole', 'invalid', /not a range/],
    ['10.0.0.1-', 'end', 'empty', /empty/],
    ['-10.0.0.1', 'start', 'empty', /empty/],
    ['10.0.0-10.0.0.9', 'start', 'invalid', /3 octets/],
    ['10.0.0.1-10.0.0.300', 'end', 'invalid', /larger than 255/],
    ['10.0.0.0/24-10.0.1.0/24', 'start', 'cidr', /CIDR/],
    ['<start>-<end>', 'whole', 'placeholder', /placeholder/],
    ['{{ .Values.pool }}', 'whole', 'template', /template/],
    ['', 'whole', 'empty', /empty/],
  ];
  for (const [input, part, kind, message] of cases) {
    it(`${JSON.stringify(input)} → ${part} ${kind}`, () => {
      const r = parseIpRange(input);
      assert.ok(!r.ok);
      assert.equal(r.part, part);
      assert.equal(r.problem.kind, kind);
      assert.match(r.problem.message, message);
      assert.ok(r.at.start >= 0 && r.at.start <= r.at.end && r.at.end <= input.length);
    });
  }
});

describe('rangeToCidrs', () => {
  function blocks(text: string): string[] {
    const r = parseIpRange(text);
    assert.ok(r.ok);
    return rangeToCidrs(r.start, r.end).map((c) => c.canonical);
  }
  it('summarises ranges into the fewest aligned blocks', () => {
    assert.deepEqual(blocks('192.168.1.0-192.168.1.255'), ['192.168.1.0/24']);
    assert.deepEqual(blocks('192.168.1.10-192.168.1.20'), ['192.168.1.10/31', '192.168.1.12/30', '192.168.1.16/30', '192.168.1.20/32']);
    assert.deepEqual(blocks('0.0.0.0-255.255.255.255'), ['0.0.0.0/0']);
    assert.deepEqual(blocks('::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), ['::/0']);
    assert.deepEqual(blocks('fd00::1-fd00::2'), ['fd00::1/128', 'fd00::2/128']);
  });
});
