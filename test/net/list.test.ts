// Table tests for comma-separated lists: items, trimming, empty items and exact offsets.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitCommaList } from '../../server/src/net/list';

describe('splitCommaList', () => {
  const cases: [string, [string, number, number][]][] = [
    ['10.244.0.0/16,fd00::/56', [['10.244.0.0/16', 0, 13], ['fd00::/56', 14, 23]]],
    ['10.244.0.0/16, fd00::/56', [['10.244.0.0/16', 0, 13], ['fd00::/56', 15, 24]]],
    ['  a ,\tb\t', [['a', 2, 3], ['b', 6, 7]]],
    ['a,,b', [['a', 0, 1], ['', 2, 2], ['b', 3, 4]]],
    ['a,', [['a', 0, 1], ['', 2, 2]]],
    [',a', [['', 0, 0], ['a', 1, 2]]],
    ['a,  ,b', [['a', 0, 1], ['', 2, 2], ['b', 5, 6]]],
    ['', [['', 0, 0]]],
    ['single', [['single', 0, 6]]],
  ];
  for (const [input, want] of cases) {
    it(JSON.stringify(input), () => {
      const got = splitCommaList(input);
      assert.deepEqual(got.map((i) => [i.text, i.start, i.end]), want);
      for (const item of got) assert.equal(input.slice(item.start, item.end), item.text);
    });
  }
});
