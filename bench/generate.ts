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

export function composeFile(services: number, seed = 2): string {
  const r = rng(seed);
  const lines = ['services:'];
  for (let i = 0; i < services; i++) {
    const host = 10000 + i;
    lines.push(`  svc${i}:`, `    image: nginx:1.27`, '    ports:', `      - "${r() < 0.5 ? '127.0.0.1:' : ''}${host}:80"`, `      - "[::1]:${host + 20000}:443/tcp"`);
  }
  return lines.join('\n') + '\n';
}
