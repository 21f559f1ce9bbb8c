// fast-check arbitraries for the fuzz suite: Kubernetes objects, cluster configs and Compose files built from the
// fields the rules read, filled with interesting values and written in varied YAML styles; and seed files mutated
// byte by byte, line by line and token by token.

import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Seed } from './corpus';

/** One input: the text and the name of the file it is checked as. */
export interface Input {
  readonly file: string;
  readonly text: string;
}

// ---- Values ---------------------------------------------------------------------------------------------------

const IPS = [
  '10.0.0.1', '10.96.0.10', '192.168.1.10', '0.0.0.0', '127.0.0.1', '255.255.255.255', '169.254.1.1', '100.64.0.1',
  '203.0.113.7', '224.0.0.1', '010.0.0.1', '10.0.0.256', '1.2.3', '1.2.3.4.5', '10.0.0.01', '::', '::1', 'fd00::1',
  'fd00:10:96::a', '2001:db8::1', '2001:DB8::1', '2001:0db8:0000::1', 'fe80::1', 'fe80::1%eth0', '::ffff:10.0.0.1',
  '[::1]', '[fd00::1]', '1::2::3', 'gggg::1', '１０.0.0.1', 'ＩＰ🙂', 'localhost', 'example.com', '0', '-1', '1e3',
];
const CIDRS = [
  '10.0.0.0/8', '10.96.0.0/12', '10.96.0.0/16', '10.244.0.0/16', '10.244.0.1/16', '192.168.0.0/24', '192.168.1.0/33',
  '0.0.0.0/0', '10.0.0.0/31', '10.0.0.0/32', '010.0.0.0/8', '10.0.0.0/08', '10.0.0.0', '172.16.0.0/12', '100.64.0.0/10',
  '::/0', 'fd00::/8', 'fd00:10:244::/56', 'fd00:10:96::/112', 'fd00:10:96::/108', 'fd00::1/64', '2001:db8::/32',
  '2001:DB8::/48', '::ffff:10.0.0.0/104', 'fec0::/10', 'fd00::/129', '1.2.3.4/-1', '/24', '10.0.0.0/',
  '10.244.0.0/16,fd00:10:244::/56', 'fd00:10:96::/112,10.96.0.0/16', '10.0.0.0/8, 10.1.0.0/16', '10.0.0.0/8,,',
];
const PORTS = ['80', '443', '8080', '0', '-1', '65535', '65536', '30000', '32767', '32768', '6443', '53', '1e3', '08', 'http', '80-90', ''];
const WORDS = [
  'IPv4', 'IPv6', 'ipv4', 'IPV6', 'SingleStack', 'PreferDualStack', 'RequireDualStack', 'preferdualstack', 'ClusterIP',
  'NodePort', 'LoadBalancer', 'ExternalName', 'None', 'TCP', 'UDP', 'SCTP', 'tcp', 'Local', 'Cluster', 'host', 'bridge',
  'Always', 'Never', 'CrossSubnet', 'ipv4', 'ipv6', 'dual', 'InternalIP', 'ExternalIP', 'Hostname', 'true', 'false',
];
const ODD = [
  '', ' ', 'null', '~', 'yes', 'no', 'on', '0x10', '1.0', '"', "'", '#', '- x', ': x', '{', '[', '&a', '*a', '!!binary', '${IP}',
  '${IP:-10.0.0.1}', '${IP:?unset}', '$$', '$${X}', '${', '${IP', '\t', 'x'.repeat(300), '🙂🙂', '\u00a0', 'é',
];

const ip = fc.constantFrom(...IPS);
const cidr = fc.constantFrom(...CIDRS);
const port = fc.oneof(fc.constantFrom(...PORTS), fc.integer({ min: -2, max: 70000 }).map(String));
const word = fc.constantFrom(...WORDS);
const odd = fc.constantFrom(...ODD);

type Scalar = string | number | boolean | null;

/** A value of the expected shape most of the time, anything at all now and then. */
function value(kind: 'ip' | 'cidr' | 'port' | 'word' | 'int'): fc.Arbitrary<Scalar> {
  const main = kind === 'ip' ? ip : kind === 'cidr' ? cidr : kind === 'port' ? port : kind === 'word' ? word : fc.integer({ min: -1, max: 200 });
  const asNumber = (a: fc.Arbitrary<Scalar>): fc.Arbitrary<Scalar> => (kind === 'port' || kind === 'int' ? a.map((v) => (typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v)) : a);
  return fc.oneof(
    { weight: 12, arbitrary: asNumber(main) },
    { weight: 2, arbitrary: fc.oneof(ip, cidr, port, word) },
    { weight: 2, arbitrary: odd },
    { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 12 })) },
  );
}

// ---- Kubernetes objects and cluster configs ----------------------------------------------------------------------

/** Field paths per kind; `[]` makes a list of one to three items, and the last word says what goes there. */
interface Shape {
  readonly apiVersion: readonly string[];
  readonly kind: string;
  readonly fields: readonly (readonly [string, Parameters<typeof value>[0]])[];
}

const POD_SPEC: Shape['fields'] = [
  ['containers[].ports[].containerPort', 'port'], ['containers[].ports[].hostPort', 'port'], ['containers[].ports[].hostIP', 'ip'],
  ['containers[].ports[].protocol', 'word'], ['containers[].ports[].name', 'word'], ['hostNetwork', 'word'],
  ['hostAliases[].ip', 'ip'], ['dnsConfig.nameservers[]', 'ip'], ['containers[].name', 'word'],
  ['containers[].command[]', 'word'], ['containers[].args[]', 'word'],
];
const withPrefix = (prefix: string, fields: Shape['fields']): Shape['fields'] => fields.map(([p, k]) => [`${prefix}${p}`, k] as const);

const SHAPES: readonly Shape[] = [
  {
    apiVersion: ['v1'], kind: 'Service', fields: [
      ['spec.clusterIP', 'ip'], ['spec.clusterIPs[]', 'ip'], ['spec.ipFamilies[]', 'word'], ['spec.ipFamilyPolicy', 'word'], ['spec.ipFamily', 'word'],
      ['spec.type', 'word'], ['spec.ports[].port', 'port'], ['spec.ports[].targetPort', 'port'], ['spec.ports[].nodePort', 'port'],
      ['spec.ports[].protocol', 'word'], ['spec.ports[].name', 'word'], ['spec.externalIPs[]', 'ip'], ['spec.loadBalancerIP', 'ip'],
      ['spec.loadBalancerSourceRanges[]', 'cidr'], ['spec.externalName', 'word'], ['spec.externalTrafficPolicy', 'word'],
      ['spec.healthCheckNodePort', 'port'], ['spec.selector.app', 'word'], ['metadata.annotations.service\\.beta\\.kubernetes\\.io/load-balancer-source-ranges', 'cidr'],
      ['status.loadBalancer.ingress[].ip', 'ip'],
    ],
  },
  { apiVersion: ['v1'], kind: 'Pod', fields: [...withPrefix('spec.', POD_SPEC), ['status.podIP', 'ip'], ['status.podIPs[].ip', 'ip'], ['status.hostIP', 'ip']] },
  { apiVersion: ['apps/v1'], kind: 'Deployment', fields: withPrefix('spec.template.spec.', POD_SPEC) },
  { apiVersion: ['batch/v1'], kind: 'CronJob', fields: withPrefix('spec.jobTemplate.spec.template.spec.', POD_SPEC) },
  {
    apiVersion: ['networking.k8s.io/v1'], kind: 'NetworkPolicy', fields: [
      ['spec.ingress[].from[].ipBlock.cidr', 'cidr'], ['spec.ingress[].from[].ipBlock.except[]', 'cidr'], ['spec.egress[].to[].ipBlock.cidr', 'cidr'],
      ['spec.egress[].to[].ipBlock.except[]', 'cidr'], ['spec.ingress[].ports[].port', 'port'], ['spec.ingress[].ports[].endPort', 'port'],
      ['spec.ingress[].ports[].protocol', 'word'], ['spec.policyTypes[]', 'word'],
    ],
  },
  {
    apiVersion: ['discovery.k8s.io/v1'], kind: 'EndpointSlice', fields: [
      ['addressType', 'word'], ['endpoints[].addresses[]', 'ip'], ['ports[].port', 'port'], ['ports[].protocol', 'word'], ['ports[].name', 'word'],
    ],
  },
  { apiVersion: ['v1'], kind: 'Endpoints', fields: [['subsets[].addresses[].ip', 'ip'], ['subsets[].notReadyAddresses[].ip', 'ip'], ['subsets[].ports[].port', 'port']] },
  { apiVersion: ['v1'], kind: 'Node', fields: [['spec.podCIDR', 'cidr'], ['spec.podCIDRs[]', 'cidr'], ['status.addresses[].type', 'word'], ['status.addresses[].address', 'ip']] },
  { apiVersion: ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1'], kind: 'ServiceCIDR', fields: [['spec.cidrs[]', 'cidr']] },
  { apiVersion: ['networking.k8s.io/v1'], kind: 'IPAddress', fields: [['metadata.name', 'ip'], ['spec.parentRef.resource', 'word'], ['spec.parentRef.name', 'word']] },
  {
    apiVersion: ['kubeadm.k8s.io/v1beta3', 'kubeadm.k8s.io/v1beta4'], kind: 'ClusterConfiguration', fields: [
      ['networking.podSubnet', 'cidr'], ['networking.serviceSubnet', 'cidr'], ['controlPlaneEndpoint', 'ip'], ['apiServer.certSANs[]', 'ip'],
      ['apiServer.extraArgs.service-cluster-ip-range', 'cidr'], ['apiServer.extraArgs.advertise-address', 'ip'], ['apiServer.extraArgs[].name', 'word'],
      ['apiServer.extraArgs[].value', 'cidr'], ['controllerManager.extraArgs.cluster-cidr', 'cidr'], ['controllerManager.extraArgs.node-cidr-mask-size', 'int'],
      ['controllerManager.extraArgs.node-cidr-mask-size-ipv4', 'int'], ['controllerManager.extraArgs.node-cidr-mask-size-ipv6', 'int'],
      ['featureGates.IPv6DualStack', 'word'],
    ],
  },
  {
    apiVersion: ['kubeadm.k8s.io/v1beta3', 'kubeadm.k8s.io/v1beta4'], kind: 'InitConfiguration', fields: [
      ['localAPIEndpoint.advertiseAddress', 'ip'], ['localAPIEndpoint.bindPort', 'port'], ['nodeRegistration.kubeletExtraArgs.node-ip', 'ip'],
      ['nodeRegistration.kubeletExtraArgs[].name', 'word'], ['nodeRegistration.kubeletExtraArgs[].value', 'ip'], ['bootstrapTokens[].token', 'word'],
    ],
  },
  {
    apiVersion: ['kubeadm.k8s.io/v1beta3', 'kubeadm.k8s.io/v1beta4'], kind: 'JoinConfiguration', fields: [
      ['discovery.bootstrapToken.apiServerEndpoint', 'ip'], ['discovery.bootstrapToken.caCertHashes[]', 'word'], ['controlPlane.localAPIEndpoint.advertiseAddress', 'ip'],
      ['controlPlane.localAPIEndpoint.bindPort', 'port'], ['nodeRegistration.kubeletExtraArgs.node-ip', 'ip'],
    ],
  },
  { apiVersion: ['kubelet.config.k8s.io/v1beta1'], kind: 'KubeletConfiguration', fields: [['clusterDNS[]', 'ip'], ['address', 'ip'], ['healthzBindAddress', 'ip'], ['port', 'port']] },
  { apiVersion: ['kubeproxy.config.k8s.io/v1alpha1'], kind: 'KubeProxyConfiguration', fields: [['clusterCIDR', 'cidr'], ['bindAddress', 'ip'], ['mode', 'word'], ['metricsBindAddress', 'ip']] },
  {
    apiVersion: ['kind.x-k8s.io/v1alpha4'], kind: 'Cluster', fields: [
      ['networking.ipFamily', 'word'], ['networking.apiServerAddress', 'ip'], ['networking.apiServerPort', 'port'], ['networking.podSubnet', 'cidr'],
      ['networking.serviceSubnet', 'cidr'], ['nodes[].extraPortMappings[].containerPort', 'port'], ['nodes[].extraPortMappings[].hostPort', 'port'],
      ['nodes[].extraPortMappings[].listenAddress', 'ip'], ['nodes[].extraPortMappings[].protocol', 'word'], ['nodes[].role', 'word'],
    ],
  },
  {
    apiVersion: ['baremetal.cluster.gke.io/v1'], kind: 'Cluster', fields: [
      ['spec.clusterNetwork.pods.cidrBlocks[]', 'cidr'], ['spec.clusterNetwork.services.cidrBlocks[]', 'cidr'], ['spec.loadBalancer.vips.controlPlaneVIP', 'ip'],
      ['spec.loadBalancer.vips.ingressVIP', 'ip'], ['spec.loadBalancer.addressPools[].addresses[]', 'cidr'], ['spec.controlPlane.nodePoolSpec.nodes[].address', 'ip'],
      ['spec.clusterNetwork.flatIPv4', 'word'], ['metadata.namespace', 'word'],
    ],
  },
  {
    apiVersion: ['baremetal.cluster.gke.io/v1alpha1'], kind: 'ClusterCIDRConfig', fields: [
      ['spec.ipv4.cidr', 'cidr'], ['spec.ipv4.perNodeMaskSize', 'int'], ['spec.ipv6.cidr', 'cidr'], ['spec.ipv6.perNodeMaskSize', 'int'], ['metadata.namespace', 'word'],
    ],
  },
  { apiVersion: ['metallb.io/v1beta1'], kind: 'IPAddressPool', fields: [['spec.addresses[]', 'cidr'], ['spec.addresses[]', 'ip'], ['spec.autoAssign', 'word']] },
  {
    apiVersion: ['crd.projectcalico.org/v1', 'projectcalico.org/v3'], kind: 'IPPool', fields: [
      ['spec.cidr', 'cidr'], ['spec.blockSize', 'int'], ['spec.ipipMode', 'word'], ['spec.vxlanMode', 'word'], ['spec.natOutgoing', 'word'],
    ],
  },
];

/** Builds nested maps and lists from `a.b[].c` paths (`\.` is a literal dot in a key). */
function setPath(root: Record<string, unknown>, path: string, leaf: Scalar, listSize: number): void {
  const parts = path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
  let targets: Record<string, unknown>[] = [root];
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const next: Record<string, unknown>[] = [];
    for (const t of targets) {
      if (list) {
        let items = t[key];
        if (!Array.isArray(items)) t[key] = items = [];
        const arr = items as unknown[];
        if (last) {
          arr.push(leaf);
        } else {
          while (arr.length < listSize) arr.push({});
          for (const item of arr) if (item && typeof item === 'object' && !Array.isArray(item)) next.push(item as Record<string, unknown>);
        }
      } else if (last) {
        t[key] = leaf;
      } else {
        let child = t[key];
        if (!child || typeof child !== 'object' || Array.isArray(child)) t[key] = child = {};
        next.push(child as Record<string, unknown>);
      }
    }
    targets = next;
  });
}

const shapeObject = fc.constantFrom(...SHAPES).chain((shape) =>
  fc.record({
    apiVersion: fc.constantFrom(...shape.apiVersion),
    fields: fc.subarray([...shape.fields], { minLength: 1 }).chain((fields) => fc.tuple(...fields.map(([p, k]) => fc.tuple(fc.constant(p), value(k))))),
    listSize: fc.integer({ min: 1, max: 3 }),
    name: fc.constantFrom('a', 'web', 'svc-1', 'kube-system'),
  }).map(({ apiVersion, fields, listSize, name }) => {
    const object: Record<string, unknown> = { apiVersion, kind: shape.kind, metadata: { name } };
    for (const [p, v] of fields) setPath(object, p, v, listSize);
    return object;
  }),
);

/** Static pod manifests of the control plane: their flags are read from `command`. */
const staticPod = fc.record({
  component: fc.constantFrom('kube-apiserver', 'kube-controller-manager', 'kube-proxy'),
  flags: fc.array(fc.tuple(fc.constantFrom('--service-cluster-ip-range', '--cluster-cidr', '--node-cidr-mask-size', '--node-cidr-mask-size-ipv4', '--node-cidr-mask-size-ipv6', '--advertise-address', '--bind-address', '--allocate-node-cidrs'), fc.oneof(cidr, ip, port, odd)), { maxLength: 5 }),
}).map(({ component, flags }) => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: component, namespace: 'kube-system' },
  spec: { containers: [{ name: component, command: [component, ...flags.map(([f, v]) => `${f}=${v}`)] }] },
}));

// ---- Compose ----------------------------------------------------------------------------------------------------

const hostIp = fc.oneof(fc.constant(''), ip.map((x) => `${x}:`), fc.constantFrom('[::1]:', '[fd00::1]:', '::1:', '0.0.0.0:', '[::]:', '${HOST_IP}:', '${HOST_IP:-127.0.0.1}:'));
const portPart = fc.oneof(port, fc.tuple(port, port).map(([a, b]) => `${a}-${b}`), fc.constant('${PORT}'));
const shortPort = fc.tuple(hostIp, fc.option(portPart, { nil: undefined }), portPart, fc.constantFrom('', '/tcp', '/udp', '/sctp', '/xyz', '/TCP'))
  .map(([h, host, target, proto]) => `${host === undefined ? '' : `${h}${host}:`}${target}${proto}`);
const portEntry = fc.oneof(
  { weight: 4, arbitrary: shortPort },
  { weight: 1, arbitrary: port.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) },
  { weight: 1, arbitrary: fc.constantFrom('22:22', '2222:22', '80:80', '60:60') }, // base-60 numbers in YAML 1.1
  {
    weight: 2, arbitrary: fc.record({ target: value('port'), published: value('port'), host_ip: value('ip'), protocol: value('word'), mode: fc.constantFrom('host', 'ingress', 'x') }, { requiredKeys: [] }),
  },
);
const service = fc.record({
  image: fc.constant('nginx'),
  ports: fc.array(portEntry, { maxLength: 4 }),
  expose: fc.array(fc.oneof(portPart, fc.integer({ min: -1, max: 70000 })), { maxLength: 2 }),
  network_mode: fc.constantFrom('host', 'bridge', 'none', 'service:db'),
  networks: fc.oneof(
    fc.array(fc.constantFrom('front', 'back', 'default'), { maxLength: 2 }),
    fc.dictionary(fc.constantFrom('front', 'back'), fc.record({ ipv4_address: value('ip'), ipv6_address: value('ip'), aliases: fc.constant(['x']) }, { requiredKeys: [] })),
  ),
  extra_hosts: fc.oneof(
    fc.array(fc.tuple(fc.constantFrom('db', 'host.docker.internal', 'x'), fc.constantFrom(':', '='), fc.oneof(ip, fc.constant('host-gateway'))).map(([h, s, a]) => `${h}${s}${a}`), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('db', 'x'), value('ip')),
  ),
  dns: fc.oneof(value('ip'), fc.array(value('ip'), { maxLength: 2 })),
}, { requiredKeys: ['image'] });
const network = fc.record({
  enable_ipv6: fc.oneof(fc.boolean(), fc.constantFrom('yes', 'true', '${IPV6}')),
  driver: fc.constantFrom('bridge', 'overlay', 'macvlan'),
  internal: fc.boolean(),
  ipam: fc.record({
    driver: fc.constant('default'),
    config: fc.array(fc.record({ subnet: value('cidr'), ip_range: value('cidr'), gateway: value('ip'), aux_addresses: fc.dictionary(fc.constantFrom('a', 'b'), value('ip')) }, { requiredKeys: [] }), { maxLength: 3 }),
  }, { requiredKeys: [] }),
}, { requiredKeys: [] });
const composeObject = fc.record({
  version: fc.constantFrom('3.8', '2.4', '3', '${V}'),
  services: fc.dictionary(fc.constantFrom('web', 'db', 'app', 'proxy'), service, { minKeys: 1, maxKeys: 4 }),
  networks: fc.dictionary(fc.constantFrom('front', 'back', 'default'), network, { maxKeys: 3 }),
}, { requiredKeys: ['services'] });

// ---- Writing YAML in varied styles ------------------------------------------------------------------------------

const style = fc.record({
  flow: fc.constantFrom(false, false, true),
  quote: fc.constantFrom('PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
  indent: fc.constantFrom(2, 2, 4),
  indentSeq: fc.boolean(),
  crlf: fc.constantFrom(false, false, false, true),
  bom: fc.constantFrom(false, false, false, false, true),
  comment: fc.constantFrom('', '', '# クラスター 🚀\n', '# ${VAR} {{ not a template\n'),
});

type Style = typeof style extends fc.Arbitrary<infer S> ? S : never;

function write(objects: readonly unknown[], s: Style): string {
  let text = s.comment + objects
    .map((o) => stringify(o, { defaultStringType: s.quote, indent: s.indent, indentSeq: s.indentSeq, collectionStyle: s.flow ? 'flow' : 'any', lineWidth: 0 }))
    .join('---\n');
  if (s.crlf) text = text.replace(/\n/g, '\r\n');
  if (s.bom) text = `\uFEFF${text}`;
  return text;
}

export const manifests: fc.Arbitrary<Input> = fc.record({
  objects: fc.array(fc.oneof({ weight: 6, arbitrary: shapeObject }, { weight: 1, arbitrary: staticPod }), { minLength: 1, maxLength: 4 }),
  style,
  file: fc.constantFrom('manifest.yaml', 'kubeadm-config.yaml', 'cluster.yml', 'kube-apiserver.yaml'),
}).map(({ objects, style: s, file }) => ({ file, text: write(objects, s) }));

export const composeFiles: fc.Arbitrary<Input> = fc.record({
  object: composeObject,
  style,
  file: fc.constantFrom('compose.yaml', 'docker-compose.yml', 'compose.override.yaml', 'stack.yaml'),
}).map(({ object, style: s, file }) => ({ file, text: write([object], s) }));

// ---- Mutations of seed files -------------------------------------------------------------------------------------

const CHARS = [...' \t\n\r-:#[]{},&*!|>\'"%@`?0123456789.abcxyz/', '\u00a0', 'é', '🙂', '\uFEFF', '\u0000', '\ud800'];
const TOKENS = [...IPS, ...CIDRS, ...PORTS, ...WORDS, ...ODD, '---', '...', '- ', ': ', '\n---\n', '\n  ', '  ', '<<: *a'];

type Mutation = (text: string) => string;

const at = (n: number, text: string): number => (text.length === 0 ? 0 : n % (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...CHARS)).map(([n, c]) => (t: string) => { const i = at(n, t); return t.slice(0, i) + c + t.slice(i); }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([n, len]) => (t: string) => { const i = at(n, t); return t.slice(0, i) + t.slice(i + len); }),
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([n, tok]) => (t: string) => { const i = at(n, t); return t.slice(0, i) + tok + t.slice(i); }),
  // Replace the n-th address-, number- or word-like token with an interesting one.
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([n, tok]) => (t: string) => {
    const matches = [...t.matchAll(/[0-9a-fA-F:.]*[0-9][0-9a-fA-F:./]*|[A-Za-z][A-Za-z0-9-]*/g)];
    if (matches.length === 0) return t;
    const m = matches[n % matches.length]!;
    return t.slice(0, m.index) + tok + t.slice(m.index! + m[0].length);
  }),
  // Line operations: delete, duplicate, swap with the next, indent, dedent.
  fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'dedent')).map(([n, op]) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    if (op === 'delete') lines.splice(i, 1);
    else if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    else if (op === 'indent') lines[i] = `  ${lines[i]}`;
    else if (op === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '');
    return lines.join('\n');
  }),
  fc.nat().map((n) => (t: string) => t.slice(0, at(n, t))),
);

export function mutated(corpus: readonly Seed[]): fc.Arbitrary<Input> {
  return fc.record({
    seed: fc.constantFrom(...corpus),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
  }).map(({ seed, mutations }) => ({ file: seed.file, text: mutations.reduce((t, m) => m(t), seed.text) }));
}

/** Mutations applied to generated manifests and Compose files too, so valid structure meets broken syntax. */
export function mutatedGenerated(): fc.Arbitrary<Input> {
  return fc.record({ input: fc.oneof(manifests, composeFiles), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
    .map(({ input, mutations }) => ({ file: input.file, text: mutations.reduce((t, m) => m(t), input.text) }));
}

/** Small edits (offset, deleted length, inserted text) for the incremental-parse property. */
export const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 }), fc.constantFrom('', ...CHARS, ...TOKENS)), { minLength: 1, maxLength: 12 });
