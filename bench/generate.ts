// Seeded generators for benchmark inputs: multi-document manifest streams and large Compose files.

/** A small deterministic PRNG (mulberry32), so every run measures the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function manifestStream(documents: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const parts: string[] = [];
  for (let i = 0; i < documents; i++) {
    const octet = Math.floor(r() * 250);
    switch (i % 4) {
      case 0:
        parts.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  labels: {app: a${i}}\nspec:\n  ipFamilyPolicy: ${pick(['SingleStack', 'PreferDualStack', 'RequireDualStack'])}\n  ipFamilies: [${pick(['IPv4', 'IPv6', 'IPv4, IPv6'])}]\n  clusterIP: 10.96.${octet}.${i % 250}\n  ports:\n  - name: http\n    port: 80\n    targetPort: 8080\n  selector:\n    app: a${i}\n`);
        break;
      case 1:
        parts.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d-${i}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}}}\n    spec:\n      hostAliases:\n      - ip: "192.168.${octet}.10"\n        hostnames: [db]\n      containers:\n      - name: c\n        image: nginx:1.27\n        ports:\n        - containerPort: 8080\n          hostPort: ${30000 + i}\n`);
        break;
      case 2:
        parts.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np-${i}\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock:\n        cidr: 172.${16 + (i % 16)}.0.0/16\n        except: [172.${16 + (i % 16)}.${octet}.0/24]\n`);
        break;
      default:
        parts.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: lb-${i}\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges: ["203.0.113.0/24", "2001:db8:${(i % 65535).toString(16)}::/48"]\n  externalIPs: ["198.51.100.${octet}"]\n  ports: [{port: 443, name: https}]\n`);
    }
  }
  return parts.join('---\n');
}

/** `services` services publishing two ports each, host ports from `portBase` up (at most 43,535 - services). */
export function composeFile(services: number, seed = 2, portBase = 10000): string {
  const r = rng(seed);
  const lines = ['services:'];
  for (let i = 0; i < services; i++) {
    const host = portBase + i;
    lines.push(`  svc${i}:`, `    image: nginx:1.27`, '    ports:', `      - "${r() < 0.5 ? '127.0.0.1:' : ''}${host}:80"`, `      - "[::1]:${host + 20000}:443/tcp"`);
  }
  return lines.join('\n') + '\n';
}

/** A manifest stream of at least `bytes` characters (the large-file policy's input). */
export function manifestStreamOfSize(bytes: number, seed = 3): string {
  // About 265 characters per document on average; generate a little more and cut at a document boundary.
  const text = manifestStream(Math.ceil(bytes / 250), seed);
  const cut = text.indexOf('---\n', bytes);
  return cut < 0 ? text : text.slice(0, cut);
}

/** A manifest stream of about `lines` lines: the file the keystroke and hover benchmarks edit. */
export function manifestStreamOfLines(lines: number, seed = 4): string {
  const text = manifestStream(Math.ceil(lines / 10), seed);
  let at = 0;
  for (let n = 0; n < lines && at >= 0; n++) at = text.indexOf('\n', at + 1);
  const cut = text.indexOf('---\n', Math.max(0, at));
  return cut < 0 ? text : text.slice(0, cut);
}

/** Block mappings nested `depth` levels deep (one space each), then a flow sequence nested as deep, with an address at the bottom. */
export function deepNesting(depth: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'data:'];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i + 1)}k${i}:`);
  lines.push(`${' '.repeat(depth + 1)}ip: 10.0.0.1`);
  lines.push('---', `apiVersion: v1\nkind: Service\nmetadata: {name: deep}\nspec:\n  clusterIPs: ${'['.repeat(depth)}10.96.0.1${']'.repeat(depth)}`);
  return lines.join('\n') + '\n';
}

/** "Billion laughs": each level is a list of ten aliases of the level before; expanding it would need 10^levels nodes. */
export function aliasBomb(levels: number): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata: {name: bomb}', 'spec:', '  ipFamilies: &l0 ["IPv4", "ipv6"]'];
  for (let i = 1; i <= levels; i++) lines.push(`  x${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  lines.push(`  clusterIPs: *l${levels}`);
  return lines.join('\n') + '\n';
}

/** Seeded random bytes decoded as UTF-8 (so invalid sequences become U+FFFD, as an editor shows them). */
export function randomBytes(size: number, seed = 5): string {
  const r = rng(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    // Mostly printable ASCII and YAML indicators, with some control bytes, newlines and high bytes.
    const x = r();
    bytes[i] = x < 0.1 ? 10 : x < 0.2 ? ':-[]{}#&*!|>\'"%@`,? \t'.charCodeAt(Math.floor(r() * 22)) : x < 0.9 ? 32 + Math.floor(r() * 95) : Math.floor(r() * 256);
  }
  return new TextDecoder().decode(bytes);
}

/** Very long lines: a Service whose flow lists of addresses and ports are each one line of `perLine` entries. */
export function longLines(perLine: number, seed = 6, firstOctet = 10): string {
  const r = rng(seed);
  const ips = Array.from({ length: perLine }, (_, i) => `"${firstOctet}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}"`);
  const cidrs = Array.from({ length: perLine }, () => `"${Math.floor(r() * 223) + 1}.${Math.floor(r() * 256)}.0.0/16"`);
  return [
    'apiVersion: v1', 'kind: Service', 'metadata: {name: long}', 'spec:', '  type: LoadBalancer',
    `  externalIPs: [${ips.join(', ')}]`,
    `  loadBalancerSourceRanges: [${cidrs.join(', ')}]`,
    `  description: "${'x'.repeat(perLine * 10)}"`,
    '',
  ].join('\n');
}
