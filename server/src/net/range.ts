// Inclusive `start-end` address ranges, as MetalLB and bare-metal cluster address pools write them.

import { type Cidr, cidrOf } from './cidr';
import { type Family, type IpAddress, type IpIssue, type IpProblem, familyBits, ipFromValue, parseIp, precheck } from './ip';

/** Offsets of one end of the range inside the text given to `parseIpRange`. */
export interface RangePart {
  readonly start: number;
  readonly end: number;
}

export type IpRangeParse =
  | {
      readonly ok: true;
      readonly family: Family;
      readonly start: IpAddress;
      readonly end: IpAddress;
      /** Addresses in the range, both ends included. */
      readonly count: bigint;
      readonly text: string;
      readonly startPart: RangePart;
      readonly endPart: RangePart;
      /** Issues of each end as `parseIp` reports them; `leading-zeros` means Go's `net.ParseIP` rejects it. */
      readonly startIssues: readonly IpIssue[];
      readonly endIssues: readonly IpIssue[];
    }
  | {
      readonly ok: false;
      readonly problem: IpProblem;
      /** Which part is wrong, with its offsets (the whole text when the range as such is wrong). */
      readonly part: 'start' | 'end' | 'whole';
      readonly at: RangePart;
    };

/**
 * Parses `start-end` the way MetalLB's `config.ParseCIDR` does: split at the first '-', trim spaces
 * around each end, parse both as addresses, and require start <= end. MetalLB itself does not reject a
 * range whose ends are of different families (it silently summarises to nothing); we do.
 */
export function parseIpRange(text: string): IpRangeParse {
  const whole: RangePart = { start: 0, end: text.length };
  // Spaces around either end are fine (MetalLB trims them); a space inside an address is caught per end.
  const early = precheck(text, 'IP range');
  if (early && early.kind !== 'whitespace') return { ok: false, problem: early, part: 'whole', at: whole };

  const dash = text.indexOf('-');
  if (dash < 0) {
    return {
      ok: false,
      problem: { kind: 'invalid', message: `"${text}" is not a range: write it as start-end, such as 192.168.1.10-192.168.1.20` },
      part: 'whole',
      at: whole,
    };
  }
  const startPart = trimmedPart(text, 0, dash);
  const endPart = trimmedPart(text, dash + 1, text.length);
  const start = parseIp(text.slice(startPart.start, startPart.end));
  if (!start.ok) return { ok: false, problem: start.problem, part: 'start', at: startPart };
  const end = parseIp(text.slice(endPart.start, endPart.end));
  if (!end.ok) return { ok: false, problem: end.problem, part: 'end', at: endPart };

  if (start.ip.family !== end.ip.family) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        message: `the range mixes ${start.ip.family} (${start.ip.canonical}) and ${end.ip.family} (${end.ip.canonical})`,
      },
      part: 'whole',
      at: whole,
    };
  }
  if (end.ip.value < start.ip.value) {
    return {
      ok: false,
      problem: { kind: 'invalid', message: `the end ${end.ip.canonical} comes before the start ${start.ip.canonical}` },
      part: 'whole',
      at: whole,
    };
  }
  return {
    ok: true,
    family: start.ip.family,
    start: start.ip,
    end: end.ip,
    count: end.ip.value - start.ip.value + 1n,
    text,
    startPart,
    endPart,
    startIssues: start.issues,
    endIssues: end.issues,
  };
}

function trimmedPart(text: string, from: number, to: number): RangePart {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The smallest list of CIDR blocks that covers exactly `start..end` (what MetalLB's `ipaddr.Summarize`
 * computes), so a range can be checked for overlap with pod and service CIDRs. At most 2 × bits blocks.
 */
export function rangeToCidrs(start: IpAddress, end: IpAddress): Cidr[] {
  if (start.family !== end.family || end.value < start.value) return [];
  const bits = familyBits(start.family);
  const out: Cidr[] = [];
  let cur = start.value;
  while (cur <= end.value) {
    // The largest aligned block starting at `cur` that does not run past `end`.
    let size = 0;
    while (size < bits && (cur & ((1n << BigInt(size + 1)) - 1n)) === 0n && cur + (1n << BigInt(size + 1)) - 1n <= end.value) size++;
    out.push(cidrOf(ipFromValue(start.family, cur), bits - size));
    cur += 1n << BigInt(size);
  }
  return out;
}
