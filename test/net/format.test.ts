// Table tests for count formatting: thousands separators and exact powers of two.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount, formatCountWithPower, powerOfTwo } from '../../server/src/net/format';

describe('formatCount', () => {
  const cases: [bigint, string][] = [
    [0n, '0'],
    [7n, '7'],
    [999n, '999'],
    [1000n, '1,000'],
    [65536n, '65,536'],
    [1048574n, '1,048,574'],
    [4722366482869645213696n, '4,722,366,482,869,645,213,696'],
    [1n << 128n, '340,282,366,920,938,463,463,374,607,431,768,211,456'],
    [-1234567n, '-1,234,567'],
  ];
  for (const [n, want] of cases) it(String(n), () => assert.equal(formatCount(n), want));
});

describe('powerOfTwo', () => {
  const cases: [bigint, string | undefined][] = [
    [1n, '2^0'],
    [2n, '2^1'],
    [256n, '2^8'],
    [4722366482869645213696n, '2^72'],
    [1n << 128n, '2^128'],
    [0n, undefined],
    [3n, undefined],
    [254n, undefined],
    [-4n, undefined],
  ];
  for (const [n, want] of cases) it(String(n), () => assert.equal(powerOfTwo(n), want));
  it('names every power up to 2^200, and no neighbour of one', () => {
    for (let k = 0; k <= 200; k++) {
      const n = 1n << BigInt(k);
      assert.equal(powerOfTwo(n), `2^${k}`);
      if (k >= 2) assert.equal(powerOfTwo(n - 1n), undefined);
      assert.equal(powerOfTwo(n + (k === 0 ? 2n : 1n)), undefined);
    }
  });
  it('formatCountWithPower adds the power for large exact powers only', () => {
    assert.equal(formatCountWithPower(4722366482869645213696n), '4,722,366,482,869,645,213,696 (2^72)');
    assert.equal(formatCountWithPower(256n), '256');
    assert.equal(formatCountWithPower(1048574n), '1,048,574');
  });
});
