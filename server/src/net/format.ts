// Exact address counts as text: thousands separators and powers of two, for hovers and messages.

/** `4722366482869645213696n` → `4,722,366,482,869,645,213,696`. */
export function formatCount(n: bigint): string {
  const digits = (n < 0n ? -n : n).toString();
  // Groups of three from the right: the first group holds what is left over.
  let out = n < 0n ? '-' : '';
  let next = digits.length % 3 || 3;
  out += digits.slice(0, next);
  for (; next < digits.length; next += 3) out += `,${digits.slice(next, next + 3)}`;
  return out;
}

/** `2^72` when n is exactly a power of two (1 is `2^0`), else undefined. */
export function powerOfTwo(n: bigint): string | undefined {
  if (n <= 0n || (n & (n - 1n)) !== 0n) return undefined;
  // In hex a power of two is 1, 2, 4 or 8 followed by zeros: four bits a digit, and the first digit's own.
  const hex = n.toString(16);
  return `2^${(hex.length - 1) * 4 + '1248'.indexOf(hex[0]!)}`;
}

/** `4,722,366,482,869,645,213,696 (2^72)`; small counts and non-powers stay plain. */
export function formatCountWithPower(n: bigint): string {
  const power = powerOfTwo(n);
  return power !== undefined && n >= 1024n ? `${formatCount(n)} (${power})` : formatCount(n);
}
