// The bounded cache of the address and port parsers.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoized } from '../../server/src/net/memo';

describe('memoized', () => {
  it('parses each text once, undefined results included, and starts over when full', () => {
    const calls: string[] = [];
    const parse = memoized((text: string) => {
      calls.push(text);
      return text.startsWith('x') ? undefined : text.length;
    }, 3);
    assert.equal(parse('ab'), 2);
    assert.equal(parse('ab'), 2);
    assert.equal(parse('xy'), undefined);
    assert.equal(parse('xy'), undefined);
    assert.deepEqual(calls, ['ab', 'xy']);
    parse('c');
    parse('d'); // the fourth entry: the cache starts over with it
    parse('ab');
    assert.deepEqual(calls, ['ab', 'xy', 'c', 'd', 'ab']);
  });

  it('keeps no text longer than 256 characters', () => {
    let count = 0;
    const parse = memoized(() => ++count);
    const long = 'a'.repeat(257);
    parse(long);
    parse(long);
    assert.equal(count, 2);
  });
});
