// The upstream test cases of the tools whose rules NetLens mirrors, reproduced as YAML the tools read:
// {source, input, tool verdict}. NetLens "rejects" an input when it reports an error from its address,
// kubeadm / control-plane or cluster-config rules (NL1xx, NL3xx, NL5xx); warnings and information do not
// count. Cases that a file cannot express (the upstream test feeds an internal value that defaulting replaces)
// are listed with `unreachable` and the reason, and left out of the ratio.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/analysis';
import { DEFAULT_SETTINGS, type Finding } from '../../server/src/types';

type Verdict = 'valid' | 'invalid';

interface UpstreamCase {
  /** Repository, file and test function (and the case's own name). */
  readonly source: string;
  readonly input: string;
  readonly tool: Verdict;
  /** File name, for formats detected by name. */
  readonly file?: string;
  /** Target Kubernetes minor version when the upstream verdict depends on it (a feature gate's default). */
  readonly minor?: number;
  readonly note?: string;
  /** Why a file cannot reproduce the case. */
  readonly unreachable?: string;
}

const KUBEADM = 'kubernetes/kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation_test.go';
const APISERVER = 'kubernetes/kubernetes cmd/kube-apiserver/app/options/validation_test.go';
const NODEIPAM = 'kubernetes/kubernetes pkg/controller/nodeipam/node_ipam_controller_test.go TestNewNodeIpamControllerWithCIDRMasks';
const KCM_CORE = 'kubernetes/kubernetes cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes (code paths)';
const KIND = 'kubernetes-sigs/kind pkg/internal/apis/config/validate_test.go';
const METALLB = 'metallb/metallb internal/config/config_test.go TestParse';
const CALICO = 'projectcalico/calico libcalico-go/lib/validator/v3/validator_test.go (IPPool entries)';
const KUBEPROXY = 'kubernetes/kubernetes pkg/proxy/apis/config/validation/validation_test.go';

// ---- builders: each turns an upstream input into the YAML that carries it ----

function cluster(networking: Record<string, string>, cmArgs: [string, string][] = [], extra = ''): string {
  const net = Object.entries(networking).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n');
  const args = cmArgs.length ? `controllerManager:\n  extraArgs:\n${cmArgs.map(([n, v]) => `  - name: ${n}\n    value: ${JSON.stringify(v)}`).join('\n')}\n` : '';
  return `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${net ? `networking:\n${net}\n` : ''}${args}${extra}`;
}

function init(advertiseAddress: string, bindPort: number): string {
  return `apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: ${JSON.stringify(advertiseAddress)}\n  bindPort: ${bindPort}\n`;
}

function join(bootstrapToken: Record<string, unknown>, extra = ''): string {
  return `apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery:\n  bootstrapToken: ${JSON.stringify(bootstrapToken)}\n${extra}`;
}

function sans(list: string[]): string {
  return `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  certSANs: ${JSON.stringify(list)}\n`;
}

function staticPod(component: string, flags: string[]): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: ${component}, namespace: kube-system}\nspec:\n  containers:\n  - name: ${component}\n    image: registry.k8s.io/${component}:v1.34.0\n    command:\n    - ${component}\n${flags.map((f) => `    - ${JSON.stringify(f)}`).join('\n')}\n`;
}

function kind(networking: Record<string, unknown>, nodes = ''): string {
  const net = Object.entries(networking).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n');
  return `kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n${net ? `networking:\n${net}\n` : ''}${nodes}`;
}

function kindMappings(mappings: { listenAddress?: string; hostPort?: number; containerPort?: number; protocol?: string }[]): string {
  return kind({}, `nodes:\n- role: control-plane\n  extraPortMappings:\n${mappings.map((m) => `  - ${JSON.stringify({ containerPort: 80, ...m })}`).join('\n')}\n`);
}

function metallb(pools: [string, string[]][]): string {
  return pools.map(([name, addresses]) => `apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: ${name}, namespace: metallb-system}\nspec:\n  addresses: ${JSON.stringify(addresses)}\n`).join('---\n');
}

function calico(spec: Record<string, unknown>): string {
  return `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: pool.name}\nspec: ${JSON.stringify(spec)}\n`;
}

const ok = (source: string, input: string, extra: Partial<UpstreamCase> = {}): UpstreamCase => ({ source, input, tool: 'valid', ...extra });
const bad = (source: string, input: string, extra: Partial<UpstreamCase> = {}): UpstreamCase => ({ source, input, tool: 'invalid', ...extra });

const CASES: UpstreamCase[] = [
  // kubeadm TestValidateToken (JoinConfiguration discovery token).
  ...[['772ef5.6b6baab1d4a0a171', true], ['.6b6baab1d4a0a171', false], ['772ef5.', false], ['abcdef.1234567890123456@foobar', false]].map(([token, valid]) =>
    (valid ? ok : bad)(`${KUBEADM} TestValidateToken ${token}`, join({ apiServerEndpoint: '192.168.122.100:6443', token, unsafeSkipCAVerification: true }))),
  // kubeadm TestValidateCertSANs.
  ...([
    [[], true], [['1,2,,3'], false], [['my-hostname', '???&?.garbage'], false], [['my-hostname', 'my.subdomain', '1.2.3.4'], true],
    [['my-hostname2', 'my.other.subdomain', '10.0.0.10'], true], [['my-hostname', 'my.subdomain', '2001:db8::4'], true],
    [['my-hostname2', 'my.other.subdomain', '2001:db8::10'], true], [['*.my-hostname2', '*.my.other.subdomain'], true],
    [['**.my-hostname2', 'my.other.subdomain'], false], [['*.*.my-hostname2', 'my.other.subdomain'], false],
    [['a.*.my-hostname2', 'my.other.subdomain'], false], [['*', 'my.other.subdomain', '2001:db8::10'], false],
  ] as [string[], boolean][]).map(([list, valid]) => (valid ? ok : bad)(`${KUBEADM} TestValidateCertSANs ${JSON.stringify(list)}`, sans(list))),
  // kubeadm TestValidateIPFromString (InitConfiguration advertiseAddress).
  { ...bad(`${KUBEADM} TestValidateIPFromString invalid missing address`, init('', 6443)), unreachable: 'an empty advertiseAddress in a file is auto-detected by kubeadm before validation' },
  ...([['1234', false], ['1.2', false], ['1.2.3.4/16', false], ['1.2.3.4', true], ['2001:db8::1', true], ['2001:db8::1/64', false], ['2001:xb8::', false], ['2001::db8::', false]] as [string, boolean][])
    .map(([ip, valid]) => (valid ? ok : bad)(`${KUBEADM} TestValidateIPFromString ${ip}`, init(ip, 6443))),
  // kubeadm TestValidatePort (bindPort).
  bad(`${KUBEADM} TestValidatePort negative number port`, init('1.2.3.4', -1234)),
  { ...bad(`${KUBEADM} TestValidatePort zero number port`, init('1.2.3.4', 0)), unreachable: 'bindPort 0 in a file is defaulted to 6443 before validation' },
  ok(`${KUBEADM} TestValidatePort minimum valid value port`, init('1.2.3.4', 1)),
  ok(`${KUBEADM} TestValidatePort valid value port`, init('1.2.3.4', 300)),
  ok(`${KUBEADM} TestValidatePort maximum valid value port`, init('1.2.3.4', 65535)),
  bad(`${KUBEADM} TestValidatePort if port greater than 65535`, init('1.2.3.4', 65538)),
  // kubeadm TestValidateIPNetFromString (serviceSubnet, minimum 10 addresses).
  { ...bad(`${KUBEADM} TestValidateIPNetFromString invalid missing CIDR`, cluster({ serviceSubnet: '' })), unreachable: 'an empty serviceSubnet in a file is defaulted (10.96.0.0/12)' },
  ...([
    ['10.0.0.16/12', true], ['2001:db8::/98', true], ['1.2.3.4,2001:db8::/98', false], ['2001:db8::1,10.0.0.16/12', false],
    ['10.0.0.16/29,2001:db8::/98', false], ['10.0.0.16/12,2001:db8::/125', false], ['10.0.0.16/12,192.168.0.0/16', false],
    ['2001:db8::/98,2005:db8::/98', false], ['10.0.0.16/12,2001:db8::/98', true], ['10.0.0.16/12,2001:db8::/98,192.168.0.0/16', false],
    ['10.0.0.16/12,2001:db8::/98,192.168.0.0/16,a.b.c.d/24', false],
  // ValidateIPNetFromString alone: a pod subnet with allocate-node-cidrs "false", so kubeadm skips the node-mask check
  // (the minimum is then 14, not the test's 10, which changes no verdict here).
  ] as [string, boolean][]).map(([subnet, valid]) => (valid ? ok : bad)(`${KUBEADM} TestValidateIPNetFromString ${subnet}`,
    cluster({ podSubnet: subnet }, [['allocate-node-cidrs', 'false']]))),
  // kubeadm TestValidatePodSubnetNodeMask.
  ...([
    ['10.0.0.16/29', [], false], ['10.0.0.16/24', [['node-cidr-mask-size-ipv4', '23']], false], ['2001:db8::1/112', [], false],
    ['2001:db8::1/64', [['node-cidr-mask-size-ipv6', '24']], false], ['2001:db8::1/12', [], false],
    ['2001:db8::1/64', [['node-cidr-mask-size-ipv6', '120']], false], ['10.0.0.16/12', [], true], ['2001:db8::/48', [], true],
    ['10.0.0.16/29,2001:db8::/48', [], false], ['10.0.0.16/24,2001:db8::/48', [['node-cidr-mask-size-ipv4', '23']], false],
    ['2001:db8::1/112,10.0.0.16/16', [], false], ['10.0.0.16/16,2001:db8::1/64', [['node-cidr-mask-size-ipv6', '24']], false],
    ['2001:db8::1/12,10.0.0.16/16', [], false], ['10.0.0.16/16,2001:db8::1/64', [['node-cidr-mask-size-ipv6', '120']], false],
    ['2001:db8::/48,10.0.0.16/12', [], true],
  ] as [string, [string, string][], boolean][]).map(([subnet, args, valid]) =>
    (valid ? ok : bad)(`${KUBEADM} TestValidatePodSubnetNodeMask ${subnet} ${JSON.stringify(args)}`, cluster({ podSubnet: subnet }, args))),
  // kubeadm TestValidateServiceSubnetSize.
  ...([
    ['10.0.0.16/2', false], ['2001:db8::1/64', false], ['10.0.0.16/12', true], ['2001:db8::/112', true],
    ['2001:db8::1/112,10.0.0.16/6', false], ['2001:db8::1/12,10.0.0.16/16', false], ['10.0.0.16/12,2001:db8::/112', true], ['2001:db8::/112,10.0.0.16/12', true],
  ] as [string, boolean][]).map(([subnet, valid]) => (valid ? ok : bad)(`${KUBEADM} TestValidateServiceSubnetSize ${subnet}`, cluster({ serviceSubnet: subnet }))),
  // kubeadm TestValidateHostPort (controlPlaneEndpoint).
  ...([
    ['cp.k8s.io:8081', true], ['cp.k8s.io', true], ['1.2.3.4:8081', true], ['1.2.3.4', true], ['[2001:db7::1]:8081', true],
    ['2001:db7::1', true], ['1.2.34', true], ['a.B.c.d.e', false], ['2001:db7:1', false], ['1.2.3.4:0', false],
  ] as [string, boolean][]).map(([endpoint, valid]) => (valid ? ok : bad)(`${KUBEADM} TestValidateHostPort ${endpoint}`, cluster({}, [], `controlPlaneEndpoint: ${JSON.stringify(endpoint)}\n`))),
  // kubeadm TestValidateAPIEndpoint.
  ok(`${KUBEADM} TestValidateAPIEndpoint Valid IPv4 address / port`, init('4.5.6.7', 6443)),
  ok(`${KUBEADM} TestValidateAPIEndpoint Valid IPv6 address / port`, init('2001:db7::2', 6443)),
  bad(`${KUBEADM} TestValidateAPIEndpoint Invalid IPv4 address`, init('1.2.34', 6443)),
  bad(`${KUBEADM} TestValidateAPIEndpoint Invalid IPv6 address`, init('2001:db7:1', 6443)),
  { ...bad(`${KUBEADM} TestValidateAPIEndpoint Invalid BindPort`, init('4.5.6.7', 0)), unreachable: 'bindPort 0 in a file is defaulted to 6443' },
  // kubeadm TestValidateDiscoveryBootstrapToken and TestValidateDiscoveryTokenAPIServer.
  bad(`${KUBEADM} TestValidateDiscoveryBootstrapToken APIServerEndpoint not set`, join({ token: 'abcdef.1234567890123456', unsafeSkipCAVerification: true })),
  bad(`${KUBEADM} TestValidateDiscoveryBootstrapToken without CACertHashes and UnsafeSkipCAVerification`, join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '192.168.122.100:6443', unsafeSkipCAVerification: false })),
  ok(`${KUBEADM} TestValidateDiscoveryBootstrapToken with CACertHashes`, join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '192.168.122.100:6443', caCertHashes: ['sha256:7173b809ca12ec5dee4506cd86be934c4596dd234ee82c0662eac04a8c2c71dc'] })),
  ok(`${KUBEADM} TestValidateDiscoveryBootstrapToken with CACertHashes but skip CA verification`, join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '192.168.122.100:6443', caCertHashes: ['sha256:7173b809ca12ec5dee4506cd86be934c4596dd234ee82c0662eac04a8c2c71dc'], unsafeSkipCAVerification: true })),
  bad(`${KUBEADM} TestValidateDiscoveryTokenAPIServer 192.168.122.100`, join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '192.168.122.100', unsafeSkipCAVerification: true })),
  ok(`${KUBEADM} TestValidateDiscoveryTokenAPIServer 192.168.122.100:6443`, join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '192.168.122.100:6443', unsafeSkipCAVerification: true })),
  // kubeadm TestValidateJoinConfiguration (the network-related fields).
  bad(`${KUBEADM} TestValidateJoinConfiguration pass without JoinControlPlane, CACertHashes "aaaa"`,
    join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '1.2.3.4:6443', caCertHashes: ['aaaa'] }, 'caCertPath: /some/cert.crt\n'),
    { note: 'ValidateJoinConfiguration accepts "aaaa"; kubeadm join then fails in pubkeypin.Set.Allow (invalid hash, expected "format:hex-value"), which is the verdict that counts' }),
  bad(`${KUBEADM} TestValidateJoinConfiguration fail JoinControlPlane.AdvertiseAddress`,
    join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '1.2.3.4:6443', unsafeSkipCAVerification: true }, 'controlPlane:\n  localAPIEndpoint: {advertiseAddress: aaa, bindPort: 1234}\n')),
  bad(`${KUBEADM} TestValidateJoinConfiguration fail JoinControlPlane.BindPort`,
    join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '1.2.3.4:6443', unsafeSkipCAVerification: true }, 'controlPlane:\n  localAPIEndpoint: {advertiseAddress: 1.2.3.4, bindPort: -1}\n')),
  ok(`${KUBEADM} TestValidateJoinConfiguration pass with JoinControlPlane`,
    join({ token: 'abcdef.1234567890123456', apiServerEndpoint: '1.2.3.4:6443', unsafeSkipCAVerification: true }, 'controlPlane:\n  localAPIEndpoint: {advertiseAddress: 1.2.3.4, bindPort: 1234}\n')),
  // kubeadm TestGetClusterNodeMask (read through ValidatePodSubnetNodeMask with a pod subnet that fits the mask).
  ok(`${KUBEADM} TestGetClusterNodeMask dual ipv4 default mask`, cluster({ podSubnet: '10.0.0.0/16' })),
  bad(`${KUBEADM} TestGetClusterNodeMask dual ipv4 custom mask (node-cidr-mask-size ignored) + ${KCM_CORE}`, cluster({ podSubnet: '10.0.0.0/16' }, [['node-cidr-mask-size', '21'], ['node-cidr-mask-size-ipv4', '23']]),
    { note: 'kubeadm reads 23 and accepts the file (the upstream test checks only that); the kube-controller-manager it starts then exits: "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set"' }),
  ok(`${KUBEADM} TestGetClusterNodeMask dual ipv6 custom mask`, cluster({ podSubnet: 'fd00::/72' }, [['node-cidr-mask-size-ipv6', '83']])),
  bad(`${KUBEADM} TestGetClusterNodeMask dual ipv4 wrong mask`, cluster({ podSubnet: '10.0.0.0/16' }, [['node-cidr-mask-size-ipv4', 'aa']])),
  bad(`${KUBEADM} TestGetClusterNodeMask dual ipv6 custom mask and wrong flag`, cluster({ podSubnet: 'fd00::/72' }, [['node-cidr-mask-size', '23'], ['node-cidr-mask-size-ipv6', 'a83']])),
  // kubeadm TestValidateExtraArgs.
  ok(`${KUBEADM} TestValidateExtraArgs valid argument`, cluster({}, [['foo', 'bar']])),
  bad(`${KUBEADM} TestValidateExtraArgs invalid one argument`, cluster({}, [['', 'bar']])),
  bad(`${KUBEADM} TestValidateExtraArgs invalid two arguments`, cluster({}, [['', 'foo'], ['', 'bar']])),

  // kube-apiserver TestClusterServiceIPRange (gate false: before 1.34; gate true: 1.34+ defaults).
  { ...bad(`${APISERVER} TestClusterServiceIPRange no service cidr`, staticPod('kube-apiserver', [])), unreachable: 'without the flag kube-apiserver uses its default 10.0.0.0/24; the test feeds an empty internal value' },
  bad(`${APISERVER} TestClusterServiceIPRange only secondary service cidr`, staticPod('kube-apiserver', ['--service-cluster-ip-range=,10.0.0.0/16']), { minor: 33 }),
  bad(`${APISERVER} TestClusterServiceIPRange not dual stack v4-v4`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16,11.0.0.0/16']), { minor: 33 }),
  bad(`${APISERVER} TestClusterServiceIPRange not dual stack v6-v6`, staticPod('kube-apiserver', ['--service-cluster-ip-range=2000::/108,3000::/108']), { minor: 33 }),
  bad(`${APISERVER} TestClusterServiceIPRange service cidr is too big`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/8']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange IPv4 too big but gate enabled`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/8']), { minor: 36 }),
  ok(`${APISERVER} TestClusterServiceIPRange IPv6 too big but gate enabled`, staticPod('kube-apiserver', ['--service-cluster-ip-range=2001:db8::/64']), { minor: 36 }),
  ok(`${APISERVER} TestClusterServiceIPRange IPv6 /12 and gate enabled`, staticPod('kube-apiserver', ['--service-cluster-ip-range=2001:db8::/12']), { minor: 36, note: 'flag validation passes; NetLens warns that the IPAddress allocator refuses IPv6 prefixes shorter than /64' }),
  bad(`${APISERVER} TestClusterServiceIPRange dual-stack secondary cidr too big`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16,3000::/64']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange dual-stack secondary too big gate enabled`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16,3000::/48']), { minor: 36 }),
  bad(`${APISERVER} TestClusterServiceIPRange more than two entries`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16,244.0.0.0/16,3000::/108']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange valid primary`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange valid primary, class E range`, staticPod('kube-apiserver', ['--service-cluster-ip-range=244.0.0.0/16']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange valid v4-v6 dual stack`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.0.0.0/16,3000::/108']), { minor: 33 }),
  ok(`${APISERVER} TestClusterServiceIPRange valid v6-v4 dual stack`, staticPod('kube-apiserver', ['--service-cluster-ip-range=3000::/108,10.0.0.0/16']), { minor: 33 }),
  // kube-apiserver TestValidatePublicIPServiceClusterIPRangeIPFamilies.
  ...([
    ['master-count', '192.168.0.0/24', '192.168.1.1', true], ['master-count', '2001:db8::/112', '2001:db8::1', true],
    ['master-count', '192.168.0.0/24', '2001:db8::1', false], ['master-count', '2001:db8::/112', '192.168.1.1', false],
    ['lease', '192.168.0.0/24', '192.168.1.1', true], ['lease', '2001:db8::/112', '2001:db8::1', true],
    ['lease', '192.168.0.0/24', '2001:db8::1', false], ['lease', '2001:db8::/112', '192.168.1.1', false],
    ['none', '192.168.0.0/24', '2001:db8::1', true],
  ] as [string, string, string, boolean][]).map(([reconciler, range, address, valid]) =>
    (valid ? ok : bad)(`${APISERVER} TestValidatePublicIPServiceClusterIPRangeIPFamilies ${reconciler} ${range} ${address}`,
      staticPod('kube-apiserver', [`--endpoint-reconciler-type=${reconciler}`, `--service-cluster-ip-range=${range}`, `--advertise-address=${address}`]))),
  // kube-apiserver TestValidateMaxCIDRRange (before 1.34, when the check runs).
  ok(`${APISERVER} TestValidateMaxCIDRRange valid ipv4 cidr`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.92.0.0/12']), { minor: 33 }),
  ok(`${APISERVER} TestValidateMaxCIDRRange valid ipv6 cidr`, staticPod('kube-apiserver', ['--service-cluster-ip-range=3000::/108']), { minor: 33 }),
  bad(`${APISERVER} TestValidateMaxCIDRRange ipv4 cidr too big`, staticPod('kube-apiserver', ['--service-cluster-ip-range=10.92.0.0/8']), { minor: 33 }),
  bad(`${APISERVER} TestValidateMaxCIDRRange ipv6 cidr too big`, staticPod('kube-apiserver', ['--service-cluster-ip-range=3000::/64']), { minor: 33 }),

  // kube-controller-manager node IPAM (cluster CIDR, service CIDR, masks, allocator).
  ...([
    ['valid_range_allocator', '10.0.0.0/21', '10.1.0.0/21', '', [24], 'RangeAllocator', true],
    ['valid_range_allocator_dualstack', '10.0.0.0/21,2000::/48', '10.1.0.0/21', '', [24, 64], 'RangeAllocator', true],
    ['valid_range_allocator_dualstack_dualstackservice', '10.0.0.0/21,2000::/48', '10.1.0.0/21', '3000::/112', [24, 64], 'RangeAllocator', true],
    ['valid_cloud_allocator', '10.0.0.0/21', '10.1.0.0/21', '', [24], 'CloudAllocator', true],
    ['valid_ipam_from_cluster', '10.0.0.0/21', '10.1.0.0/21', '', [24], 'IPAMFromCluster', true],
    ['valid_ipam_from_cloud', '10.0.0.0/21', '10.1.0.0/21', '', [24], 'IPAMFromCloud', true],
    ['valid_CIDR_larger_than_mask_cloud_allocator', '10.0.0.0/16', '10.1.0.0/21', '', [24], 'CloudAllocator', true],
    ['invalid_CIDR_smaller_than_mask_other_allocators', '10.0.0.0/26', '10.1.0.0/21', '', [24], 'IPAMFromCloud', false],
    ['invalid_serviceCIDR_contains_clusterCIDR', '10.0.0.0/16', '10.0.0.0/8', '', [24], 'IPAMFromCluster', false],
    ['invalid_CIDR_mask_size', '10.0.0.0/24,2000::/64', '10.1.0.0/21', '', [24, 48], 'IPAMFromCluster', false],
  ] as [string, string, string, string, number[], string, boolean][]).map(([name, clusterCidr, service, secondary, masks, type, valid]) => {
    const maskFlags = masks.length === 1 ? [`--node-cidr-mask-size=${masks[0]}`] : [`--node-cidr-mask-size-ipv4=${masks[0]}`, `--node-cidr-mask-size-ipv6=${masks[1]}`];
    return (valid ? ok : bad)(`${NODEIPAM} ${name}`, staticPod('kube-controller-manager', [
      '--allocate-node-cidrs=true', `--cidr-allocator-type=${type}`, `--cluster-cidr=${clusterCidr}`,
      `--service-cluster-ip-range=${secondary ? `${service},${secondary}` : service}`, ...maskFlags,
    ]));
  }),
  bad(`${NODEIPAM} invalid_cluster_CIDR (empty, IPAMFromCluster)`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cidr-allocator-type=IPAMFromCluster', '--service-cluster-ip-range=10.1.0.0/21'])),
  ok(`${NODEIPAM} valid_skip_cluster_CIDR_validation_for_cloud_allocator`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cidr-allocator-type=CloudAllocator', '--cluster-cidr=invalid']),
    { note: 'the cloud allocator never parses --cluster-cidr: NetLens reports the value as a warning only' }),
  // kube-controller-manager setNodeCIDRMaskSizes, each branch.
  bad(`${KCM_CORE} dual-stack with --node-cidr-mask-size`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16,fd00::/48', '--node-cidr-mask-size=24'])),
  ok(`${KCM_CORE} dual-stack with family masks`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16,fd00::/48', '--node-cidr-mask-size-ipv4=25', '--node-cidr-mask-size-ipv6=64'])),
  bad(`${KCM_CORE} single-stack with generic and family masks`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16', '--node-cidr-mask-size=24', '--node-cidr-mask-size-ipv4=24'])),
  bad(`${KCM_CORE} single-stack IPv6 with the IPv4 mask`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=fd00::/48', '--node-cidr-mask-size-ipv4=24'])),
  bad(`${KCM_CORE} single-stack IPv4 with the IPv6 mask`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16', '--node-cidr-mask-size-ipv6=64'])),
  ok(`${KCM_CORE} single-stack with the generic mask`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=fd00::/48', '--node-cidr-mask-size=56'])),
  bad(`${KCM_CORE} validateCIDRs two IPv4`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16,10.1.0.0/16'])),
  bad(`${KCM_CORE} validateCIDRs three CIDRs`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/16,fd00::/48,10.1.0.0/16'])),
  bad(`${KCM_CORE} cidrset IPv6 node mask more than 16 bits longer`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=fd00::/40', '--node-cidr-mask-size=64'])),
  ok(`${KCM_CORE} cidrset IPv4 has no 16-bit limit`, staticPod('kube-controller-manager', ['--allocate-node-cidrs=true', '--cluster-cidr=10.0.0.0/8', '--node-cidr-mask-size=28'])),

  // kube-proxy TestValidateKubeProxyConfiguration (ClusterCIDR).
  bad(`${KUBEPROXY} ClusterCIDR missing subset range`, 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 192.168.59.0\n'),
  bad(`${KUBEPROXY} invalid number of ClusterCIDRs`, 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 192.168.59.0/24,fd00:192:168::/64,10.0.0.0/16\n'),
  ok(`${KUBEPROXY} valid dual-stack ClusterCIDR`, 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 192.168.59.0/24,fd00:192:168::/64\n'),
  ok(`${KUBEPROXY} valid ClusterCIDR`, 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 192.168.59.0/24\n'),

  // kind TestClusterValidate (networking) and TestNodeValidate / TestPortValidate / TestValidatePortMappings.
  ok(`${KIND} TestClusterValidate Defaulted`, kind({})),
  ok(`${KIND} TestClusterValidate default IPv6`, kind({ ipFamily: 'ipv6' })),
  bad(`${KIND} TestClusterValidate bogus podSubnet`, kind({ podSubnet: 'aa' })),
  bad(`${KIND} TestClusterValidate bogus serviceSubnet`, kind({ serviceSubnet: 'aa' })),
  bad(`${KIND} TestClusterValidate bogus apiServerPort`, kind({ apiServerPort: 9999999 })),
  bad(`${KIND} TestClusterValidate bogus ipFamily`, kind({ ipFamily: 'ds' })),
  bad(`${KIND} TestClusterValidate invalid number of podSubnet`, kind({ podSubnet: '192.168.0.2/24,2.2.2.0/24' })),
  ok(`${KIND} TestClusterValidate valid dual stack podSubnet and serviceSubnet`, kind({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24,fd00:1::/25' })),
  bad(`${KIND} TestClusterValidate invalid dual stack podSubnet and multiple serviceSubnet`, kind({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24,fd00:1::/25,10.0.0.0/16' })),
  ok(`${KIND} TestClusterValidate valid dual stack podSubnet and single stack serviceSubnet`, kind({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,fd00:1::/25', serviceSubnet: '192.168.0.2/24' })),
  ok(`${KIND} TestClusterValidate valid dual stack serviceSubnet and single stack podSubnet`, kind({ ipFamily: 'dual', podSubnet: '192.168.0.2/24', serviceSubnet: '192.168.0.2/24,fd00:1::/25' })),
  bad(`${KIND} TestClusterValidate bad dual stack podSubnet and serviceSubnet`, kind({ ipFamily: 'dual', podSubnet: '192.168.0.2/24,2.2.2.0/25', serviceSubnet: '192.168.0.2/24,2.2.2.0/25' })),
  bad(`${KIND} TestClusterValidate ipv6 family and ipv4 podSubnet`, kind({ ipFamily: 'ipv6', podSubnet: '192.168.0.2/24', serviceSubnet: '192.168.0.2/24' })),
  bad(`${KIND} TestClusterValidate ipv4 family and ipv6 podSubnet`, kind({ ipFamily: 'ipv4', podSubnet: 'fd00:1::/25', serviceSubnet: 'fd00:1::/25' })),
  { ...bad(`${KIND} TestClusterValidate no pod subnet`, kind({ podSubnet: '' })), unreachable: 'kind defaults an empty podSubnet before validating (the test says so itself)' },
  { ...bad(`${KIND} TestClusterValidate no service subnet`, kind({ serviceSubnet: '' })), unreachable: 'kind defaults an empty serviceSubnet before validating' },
  bad(`${KIND} TestNodeValidate Invalid ContainerPort`, kindMappings([{ containerPort: 999999999, hostPort: 8080 }])),
  bad(`${KIND} TestNodeValidate Invalid HostPort`, kindMappings([{ containerPort: 8080, hostPort: 999999999 }])),
  ok(`${KIND} TestNodeValidate Multiple random HostPort`, kindMappings([{ containerPort: 80 }, { containerPort: 443 }])),
  ok(`${KIND} TestNodeValidate Multiple random -1 HostPort`, kindMappings([{ containerPort: 80, hostPort: -1 }, { containerPort: 443, hostPort: -1 }])),
  ok(`${KIND} TestPortValidate -1 port`, kindMappings([{ hostPort: -1 }])),
  ok(`${KIND} TestPortValidate valid port`, kindMappings([{ hostPort: 10 }])),
  bad(`${KIND} TestPortValidate negative port`, kindMappings([{ hostPort: -2 }])),
  bad(`${KIND} TestPortValidate extra port`, kindMappings([{ hostPort: 65536 }])),
  ...([
    ['unique port mappings ipv4', [['127.0.0.1', 80, 'UDP'], ['127.0.0.1', 80, 'TCP'], ['0.0.0.0', 3000, 'UDP'], ['0.0.0.0', 5000, 'TCP']], true],
    ['unique port mappings ipv6', [['::1', 80, 'UDP'], ['::1', 80, 'TCP'], ['1e3d:6e85:424d:a011:a72e:9780:5f6f:a6fc', 3000, 'UDP'], ['6516:944d:e070:a1d1:2e91:8437:a6b3:edf9', 5000, 'TCP']], true],
    ['exact duplicate port mappings ipv4', [['127.0.0.1', 80, 'TCP'], ['127.0.0.1', 80, 'UDP'], ['127.0.0.1', 80, 'TCP']], false],
    ['exact duplicate port mappings ipv6', [['::1', 80, 'TCP'], ['::1', 80, 'UDP'], ['::1', 80, 'TCP']], false],
    ['wildcard ipv4 & ipv6', [['127.0.0.1', 80, 'TCP'], ['0.0.0.0', 80, 'UDP'], ['::1', 80, 'TCP'], ['::', 80, 'UDP']], false],
    ['subset already configured ipv4', [['127.0.0.1', 80, 'TCP'], ['0.0.0.0', 80, 'TCP']], false],
    ['subset already configured ipv6', [['::1', 80, 'TCP'], ['::', 80, 'TCP']], false],
    ['port mapping already configured via wildcard ipv4', [['0.0.0.0', 80, 'TCP'], ['127.0.0.1', 80, 'TCP']], false],
    ['port mapping already configured via wildcard ipv6', [['::', 80, 'SCTP'], ['::1', 80, 'SCTP']], false],
    ['empty listen address defaults to wildcard', [['', 80, 'TCP']], true],
    ['empty listen address conflicts as wildcard', [['', 80, 'TCP'], ['127.0.0.1', 80, 'TCP']], false],
    ['invalid listen address', [['not-an-ip', 80, 'TCP']], false],
  ] as [string, [string, number, string][], boolean][]).map(([name, list, valid]) =>
    (valid ? ok : bad)(`${KIND} TestValidatePortMappings ${name}`, kindMappings(list.map(([listenAddress, hostPort, protocol]) => ({ ...(listenAddress ? { listenAddress } : {}), hostPort, protocol }))))),

  // MetalLB TestParse (address pools).
  ok(`${METALLB} config using all features (pools)`, metallb([
    ['pool1', ['10.20.0.0/16', '10.50.0.0/24']], ['pool2', ['30.0.0.0/8']],
    ['pool3', ['40.0.0.0/25', '40.0.0.150-40.0.0.200', '40.0.0.210 - 40.0.0.240', '40.0.0.250 - 40.0.0.250']], ['pool4', ['2001:db8::/64']],
  ])),
  bad(`${METALLB} address pool with no address`, metallb([['pool1', []]])),
  bad(`${METALLB} invalid pool CIDR`, metallb([['pool1', ['100.200.300.400/24']]])),
  bad(`${METALLB} invalid pool CIDR prefix length`, metallb([['pool1', ['1.2.3.0/33']]])),
  bad(`${METALLB} invalid pool CIDR, first address of the range is after the second`, metallb([['pool1', ['1.2.3.10-1.2.3.1']]])),
  bad(`${METALLB} duplicate CIDRs`, metallb([['pool1', [' 10.0.0.0/8']], ['pool2', [' 10.0.0.0/8']]])),
  bad(`${METALLB} overlapping CIDRs`, metallb([['pool1', [' 10.0.0.0/8']], ['pool2', ['10.0.0.0/16']]])),
  bad(`${METALLB} overlapping CIDRs (without the leading space)`, metallb([['pool1', ['10.0.0.0/8']], ['pool2', ['10.0.0.0/16']]]), { note: 'the upstream case also has a leading space; this variant isolates the overlap' }),

  // Calico validator_test (IPPool).
  ok(`${CALICO} should accept IP pool with IPv4 CIDR /26`, calico({ cidr: '1.2.3.0/26' })),
  ok(`${CALICO} should accept IP pool with IPv4 CIDR /10`, calico({ cidr: '1.0.0.0/10' })),
  ok(`${CALICO} should accept IP pool with IPv6 CIDR /122`, calico({ cidr: 'aabb:aabb::0000/122', ipipMode: 'Never', vxlanMode: 'Never' })),
  ok(`${CALICO} should accept IP pool with IPv6 CIDR /10`, calico({ cidr: 'aa00:0000::0000/10', ipipMode: 'Never', vxlanMode: 'Never' })),
  ok(`${CALICO} should accept a disabled IP pool with IPv4 CIDR /27`, calico({ cidr: '1.2.3.0/27', disabled: true })),
  ok(`${CALICO} should accept a disabled IP pool with IPv6 CIDR /128`, calico({ cidr: 'aabb:aabb::ffff/128', ipipMode: 'Never', vxlanMode: 'Never', disabled: true })),
  bad(`${CALICO} should reject IP pool with IPv4 CIDR /27`, calico({ cidr: '1.2.3.0/27' })),
  bad(`${CALICO} should reject IP pool with IPv6 CIDR /128`, calico({ cidr: 'aabb:aabb::ffff/128' })),
  bad(`${CALICO} should reject IP pool with IPv4 CIDR /33`, calico({ cidr: '1.2.3.4/33' })),
  bad(`${CALICO} should reject IP pool with IPv6 CIDR /129`, calico({ cidr: 'aa:bb::/129' })),
  bad(`${CALICO} should reject IPIPMode 'Always' for IPv6 pool`, calico({ cidr: 'aabb:aabb::ffff/128', ipipMode: 'Always', vxlanMode: 'Never' })),
  bad(`${CALICO} should reject VXLANMode 'Always' for IPv6 pool`, calico({ cidr: 'aabb:aabb::ffff/128', vxlanMode: 'Always', ipipMode: 'Never' }), { note: 'rejected here for its size (/128 is smaller than a /122 block); NetLens does not check VXLAN on IPv6, which newer Calico supports' }),
  bad(`${CALICO} should reject IPv4 pool with a CIDR range overlapping with Link Local range`, calico({ cidr: '169.254.5.0/24' })),
  bad(`${CALICO} should reject IPv6 pool with a CIDR range overlapping with Link Local range`, calico({ cidr: 'fe80::/120' })),
  ok(`${CALICO} should accept IPPool with no IPIP mode specified`, calico({ cidr: '1.2.3.0/24' })),
  ok(`${CALICO} should accept IPIP mode Always`, calico({ cidr: '1.2.3.0/24', ipipMode: 'Always' })),
  ok(`${CALICO} should accept IPIP mode CrossSubnet`, calico({ cidr: '1.2.3.0/24', ipipMode: 'CrossSubnet' })),
  bad(`${CALICO} should reject IPIP mode and VXLAN mode`, calico({ cidr: '1.2.3.0/24', ipipMode: 'Always', vxlanMode: 'Always' })),
  ok(`${CALICO} should accept VXLAN mode Always`, calico({ cidr: '1.2.3.0/24', vxlanMode: 'Always' })),
  bad('projectcalico/calico calicoctl tests (ippool): 10.0.250.0/32', calico({ cidr: '10.0.250.0/32' })),
  bad('projectcalico/calico calicoctl tests (ippool): 10.0.256.0/24', calico({ cidr: '10.0.256.0/24' })),
  bad('projectcalico/calico calicoctl tests (ippool): fd5f::2::1/32', calico({ cidr: 'fd5f::2::1/32' })),
];

const COUNTED = /^NL[135]\d\d$/;

function verdictOf(c: UpstreamCase): { verdict: Verdict; errors: Finding[] } {
  const settings = c.minor ? { ...DEFAULT_SETTINGS, kubernetesVersion: { major: 1, minor: c.minor } } : DEFAULT_SETTINGS;
  const findings = analyzeFile({ uri: `file:///upstream/${c.file ?? 'case.yaml'}`, text: c.input }, settings);
  const errors = findings.filter((f) => f.severity === 'error' && COUNTED.test(f.code));
  return { verdict: errors.length > 0 ? 'invalid' : 'valid', errors };
}

describe('upstream cases', () => {
  const reachable = CASES.filter((c) => !c.unreachable);
  const results = reachable.map((c) => ({ c, ...verdictOf(c) }));
  const agree = results.filter((r) => r.verdict === r.c.tool);
  const disagree = results.filter((r) => r.verdict !== r.c.tool);

  it(`agrees with the tools on at least 98 % of the cases (${agree.length} of ${results.length})`, () => {
    const ratio = agree.length / results.length;
    console.log(`upstream agreement: ${agree.length} of ${results.length} (${(ratio * 100).toFixed(1)} %); ${CASES.length - reachable.length} unreachable cases listed apart`);
    for (const r of disagree) console.log(`  differs: ${r.c.source}: tool says ${r.c.tool}, NetLens says ${r.verdict}${r.c.note ? ` (${r.c.note})` : ''}`);
    for (const c of CASES.filter((x) => x.unreachable)) console.log(`  unreachable: ${c.source}: ${c.unreachable}`);
    assert.ok(ratio >= 0.98, `agreement ${(ratio * 100).toFixed(1)} % is below 98 %`);
  });

  it('reports no error on an input the tool accepts', () => {
    const falseErrors = results.filter((r) => r.c.tool === 'valid' && r.verdict === 'invalid');
    assert.deepEqual(falseErrors.map((r) => `${r.c.source}: ${r.errors.map((e) => `${e.code} ${e.message}`).join('; ')}`), []);
  });

  it('covers every tool named in the issue', () => {
    for (const source of [KUBEADM, APISERVER, NODEIPAM, KIND, METALLB, CALICO]) {
      assert.ok(CASES.filter((c) => c.source.startsWith(source)).length >= 5, source);
    }
  });
});
