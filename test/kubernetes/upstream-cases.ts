// The upstream cases NetLens must agree with: Kubernetes' own validation tests for the fields NetLens checks,
// and the dual-stack examples of the Kubernetes docs, each as a manifest with the API server's verdict.
//
// The facts (inputs and verdicts) come from the upstream tests; the objects are rebuilt here as v1 YAML. The
// verdict is the API server's on create against a default-configured cluster (dual-stack where a case asks
// for two families, --service-node-port-range 30000-32767). Where that differs from the unit test, which runs
// validation alone, `stage` says so: `allocation` cases pass validation (numErrs 0 upstream) and fail when
// alloc.go allocates families or node ports; `decode` cases never reach validation.
//
// Left out, by design:
// - cases about fields NetLens does not check: metadata (names, namespaces, labels, annotations), selectors,
//   appProtocol, sessionAffinity timeouts, internalTrafficPolicy values, loadBalancerClass syntax, topology
//   annotations, trafficDistribution values, NetworkPolicy policyTypes and label selectors, EndpointSlice
//   hints, topology, hostnames, node names, and the endpoint/port count limits (1000 endpoints, 20000 ports);
// - cases a v1 manifest cannot express because v1 defaulting fills the field in before validation: a missing
//   protocol (TCP), type (ClusterIP), sessionAffinity (None), internalTrafficPolicy (Cluster),
//   allocateLoadBalancerNodePorts (true), externalTrafficPolicy on NodePort/LoadBalancer (Cluster);
// - update-only tests (TestValidateServiceUpdate, ...), which need an old object.

import { stringify } from 'yaml';

export interface Source {
  readonly repo: string;
  readonly file: string;
  readonly test: string;
  readonly name: string;
}

export type Verdict =
  | { readonly valid: true; readonly note?: string }
  | {
      readonly valid: false;
      /** Errors in the upstream unit test (validation only); for allocation and decode cases, what the API server returns. */
      readonly numErrs: number;
      /** Text each expected error message contains (field path and detail). */
      readonly messages: readonly string[];
      readonly stage?: 'validation' | 'allocation' | 'decode';
      readonly note?: string;
    };

export interface UpstreamCase {
  readonly source: Source;
  readonly yaml: string;
  readonly verdict: Verdict;
  /** The Kubernetes minor version the verdict is for; the setting `netlens.kubernetesVersion` is set to it. */
  readonly version?: number;
}

const K = 'kubernetes/kubernetes';
const CORE_TEST = 'pkg/apis/core/validation/validation_test.go';
const NET_TEST = 'pkg/apis/networking/validation/validation_test.go';
const DISCOVERY_TEST = 'pkg/apis/discovery/validation/validation_test.go';

const ok: Verdict = { valid: true };
function bad(numErrs: number, ...messages: string[]): Verdict {
  return { valid: false, numErrs, messages, stage: 'validation' };
}
function allocation(numErrs: number, note: string, ...messages: string[]): Verdict {
  return { valid: false, numErrs, messages, stage: 'allocation', note };
}

function y(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

// --- Services: TestValidateServiceCreate and TestValidateServiceExternalTrafficPolicy -----------------------

type Obj = Record<string, unknown>;
interface Svc { metadata: Obj & { annotations: Record<string, string> }; spec: Obj & { ports: Obj[] } }

/** makeValidService in validation_test.go, as a v1 manifest. */
function makeValidService(): Svc {
  return {
    metadata: { name: 'valid', namespace: 'valid', labels: {}, annotations: {} },
    spec: {
      selector: { key: 'val' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
      ports: [{ name: 'p', protocol: 'TCP', port: 8675, targetPort: 8675 }],
      internalTrafficPolicy: 'Cluster',
    },
  };
}

function service(test: string, name: string, tweak: (s: Svc) => void, verdict: Verdict): UpstreamCase {
  const s = makeValidService();
  tweak(s);
  if (Object.keys(s.metadata.annotations).length === 0) delete (s.metadata as Obj).annotations;
  return { source: { repo: K, file: CORE_TEST, test, name }, yaml: y({ apiVersion: 'v1', kind: 'Service', ...s }), verdict };
}

const create = (name: string, tweak: (s: Svc) => void, verdict: Verdict): UpstreamCase => service('TestValidateServiceCreate', name, tweak, verdict);

function lb(s: Svc): void {
  s.spec.type = 'LoadBalancer';
  s.spec.externalTrafficPolicy = 'Cluster';
  s.spec.allocateLoadBalancerNodePorts = true;
}
function nodePort(s: Svc): void {
  s.spec.type = 'NodePort';
  s.spec.externalTrafficPolicy = 'Cluster';
}
function headless(s: Svc): void {
  s.spec.clusterIP = 'None';
  s.spec.clusterIPs = ['None'];
}
function ips(s: Svc, policy: string | undefined, clusterIP: string | undefined, clusterIPs?: string[], families?: string[]): void {
  if (policy) s.spec.ipFamilyPolicy = policy;
  if (clusterIP !== undefined) s.spec.clusterIP = clusterIP;
  if (clusterIPs) s.spec.clusterIPs = clusterIPs;
  if (families) s.spec.ipFamilies = families;
}
const port = (name: string, p: number, protocol = 'TCP', extra: Obj = {}): Obj => ({ name, port: p, protocol, targetPort: p, ...extra });
const ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const NOT_IN_RANGE = 'provided port is not in the valid range. The range of valid ports is 30000-32767';
const NODE_PORT_NOTE = 'validation passes (numErrs 0 upstream); allocating the node port fails with the default --service-node-port-range';
const SINGLE_STACK = "must be 'RequireDualStack' or 'PreferDualStack' when multiple";

const SERVICE_CASES: UpstreamCase[] = [
  create('missing ports', (s) => { delete (s.spec as Obj).ports; }, bad(1, 'spec.ports: Required value')),
  create('missing ports but headless', (s) => { delete (s.spec as Obj).ports; headless(s); }, ok),
  create('empty port[0] name', (s) => { s.spec.ports[0]!.name = ''; }, ok),
  create('empty port[1] name', (s) => { s.spec.ports.push(port('', 12345)); }, bad(1, 'spec.ports[1].name: Required value')),
  create('empty multi-port port[0] name', (s) => { s.spec.ports[0]!.name = ''; s.spec.ports.push(port('p', 12345)); }, bad(1, 'spec.ports[0].name: Required value')),
  create('invalid port name', (s) => { s.spec.ports[0]!.name = 'INVALID'; }, bad(1, 'spec.ports[0].name: Invalid value: "INVALID"')),
  create('invalid protocol', (s) => { s.spec.ports[0]!.protocol = 'INVALID'; }, bad(1, 'spec.ports[0].protocol: Unsupported value: "INVALID"')),
  create('invalid cluster ip', (s) => { ips(s, undefined, 'invalid', ['invalid']); }, bad(1, 'spec.clusterIPs[0]: Invalid value: "invalid": must be a valid IP address')),
  create('missing port', (s) => { s.spec.ports[0]!.port = 0; }, bad(1, 'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive')),
  create('invalid port', (s) => { s.spec.ports[0]!.port = 65536; }, bad(1, 'spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive')),
  create('invalid TargetPort int', (s) => { s.spec.ports[0]!.targetPort = 65536; }, bad(1, 'spec.ports[0].targetPort: Invalid value: 65536')),
  create('valid port headless', (s) => { s.spec.ports[0]!.port = 11722; s.spec.ports[0]!.targetPort = 11722; headless(s); }, ok),
  create('invalid port headless 1', (s) => { s.spec.ports[0]!.port = 11722; s.spec.ports[0]!.targetPort = 11721; headless(s); },
    { valid: true, note: 'targetPort on a headless Service is tolerated for v1 compatibility' }),
  create('invalid port headless 2', (s) => { s.spec.ports[0]!.port = 11722; s.spec.ports[0]!.targetPort = 'target'; headless(s); }, ok),
  create('invalid publicIPs localhost', (s) => { s.spec.externalTrafficPolicy = 'Cluster'; s.spec.externalIPs = ['127.0.0.1']; },
    bad(1, 'spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)')),
  create('invalid publicIPs unspecified', (s) => { s.spec.externalTrafficPolicy = 'Cluster'; s.spec.externalIPs = ['0.0.0.0']; },
    bad(1, 'spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)')),
  create('invalid publicIPs host', (s) => { s.spec.externalTrafficPolicy = 'Cluster'; s.spec.externalIPs = ['myhost.mydomain']; },
    bad(1, 'spec.externalIPs[0]: Invalid value: "myhost.mydomain": must be a valid IP address')),
  create('valid publicIPs', (s) => { s.spec.externalTrafficPolicy = 'Cluster'; s.spec.externalIPs = ['1.2.3.4']; }, ok),
  create('dup port name', (s) => { s.spec.ports.push(port('p', 12345)); }, bad(1, 'spec.ports[1].name: Duplicate value: "p"')),
  create('valid load balancer protocol UDP 1', (s) => { lb(s); s.spec.ports[0]!.protocol = 'UDP'; }, ok),
  create('valid load balancer protocol UDP 2', (s) => { lb(s); s.spec.ports[0] = port('q', 12345, 'UDP'); }, ok),
  create('load balancer with mix protocol', (s) => { lb(s); s.spec.ports.push(port('q', 12345, 'UDP')); }, ok),
  create('valid 1', () => undefined, ok),
  create('valid 2', (s) => { s.spec.ports[0]!.protocol = 'UDP'; s.spec.ports[0]!.targetPort = 12345; }, ok),
  create('valid 3', (s) => { s.spec.ports[0]!.targetPort = 'http'; }, ok),
  create('valid cluster ip - none ', (s) => { headless(s); }, ok),
  create('valid cluster ip - empty', (s) => { s.spec.ports[0]!.targetPort = 'http'; }, ok),
  create('valid type - clusterIP', (s) => { s.spec.type = 'ClusterIP'; }, ok),
  create('valid type - loadbalancer', (s) => { lb(s); }, ok),
  create('valid type - loadbalancer with allocateLoadBalancerNodePorts=false', (s) => { lb(s); s.spec.allocateLoadBalancerNodePorts = false; }, ok),
  create('valid type loadbalancer 2 ports', (s) => { lb(s); s.spec.ports.push(port('q', 12345)); }, ok),
  create('duplicate nodeports', (s) => {
    nodePort(s);
    s.spec.ports.push(port('q', 1, 'TCP', { nodePort: 1 }), port('r', 2, 'TCP', { nodePort: 1 }));
  }, bad(1, 'spec.ports[2].nodePort: Duplicate value: 1')),
  create('duplicate nodeports (different protocols)', (s) => {
    nodePort(s);
    s.spec.ports.push(port('q', 1, 'TCP', { nodePort: 1 }), port('r', 2, 'UDP', { nodePort: 1 }), port('s', 3, 'SCTP', { nodePort: 1 }));
  }, allocation(1, NODE_PORT_NOTE, `spec.ports[1].nodePort: Invalid value: 1: ${NOT_IN_RANGE}`)),
  create('invalid duplicate ports (with same protocol)', (s) => {
    s.spec.ports.push(port('q', 12345, 'TCP', { targetPort: 8080 }), port('r', 12345, 'TCP', { targetPort: 80 }));
  }, bad(1, 'spec.ports[2]: Duplicate value')),
  create('valid duplicate ports (with different protocols)', (s) => {
    s.spec.ports.push(port('q', 12345, 'TCP', { targetPort: 8080 }), port('r', 12345, 'UDP', { targetPort: 80 }), port('s', 12345, 'SCTP', { targetPort: 8088 }));
  }, ok),
  create('valid type - nodeport', (s) => { nodePort(s); }, ok),
  create('valid type loadbalancer with NodePort', (s) => { lb(s); s.spec.ports.push(port('q', 12345, 'TCP', { nodePort: 12345 })); },
    allocation(1, NODE_PORT_NOTE, `spec.ports[1].nodePort: Invalid value: 12345: ${NOT_IN_RANGE}`)),
  create('valid type=NodePort service with NodePort', (s) => { nodePort(s); s.spec.ports.push(port('q', 12345, 'TCP', { nodePort: 12345 })); },
    allocation(1, NODE_PORT_NOTE, `spec.ports[1].nodePort: Invalid value: 12345: ${NOT_IN_RANGE}`)),
  create('valid type=NodePort service without NodePort', (s) => { nodePort(s); s.spec.ports.push(port('q', 12345)); }, ok),
  create('valid cluster service without NodePort', (s) => { s.spec.ports.push(port('q', 12345)); }, ok),
  create('invalid cluster service with NodePort', (s) => { s.spec.ports.push(port('q', 12345, 'TCP', { nodePort: 12345 })); },
    bad(1, "spec.ports[1].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'")),
  create('invalid public service with duplicate NodePort', (s) => {
    nodePort(s);
    s.spec.ports.push(port('p1', 1, 'TCP', { nodePort: 1 }), port('p2', 2, 'TCP', { nodePort: 1 }));
  }, bad(1, 'spec.ports[2].nodePort: Duplicate value: 1')),
  create('valid type=LoadBalancer', (s) => { lb(s); s.spec.ports.push(port('q', 12345)); }, ok),
  create('valid port type=LoadBalancer', (s) => { lb(s); s.spec.ports.push({ name: 'kubelet', port: 10250, protocol: 'TCP', targetPort: 12345 }); }, ok),
  create('valid LoadBalancer source range annotation', (s) => { lb(s); s.metadata.annotations[ANNOTATION] = '1.2.3.0/24,  5.6.0.0/16'; }, ok),
  create('valid empty LoadBalancer source range annotation', (s) => { lb(s); s.metadata.annotations[ANNOTATION] = ''; }, ok),
  create('valid whitespace-only LoadBalancer source range annotation', (s) => { lb(s); s.metadata.annotations[ANNOTATION] = '  '; }, ok),
  create('invalid LoadBalancer source range annotation (hostname)', (s) => { lb(s); s.metadata.annotations[ANNOTATION] = 'foo.bar'; },
    bad(1, `metadata.annotations[${ANNOTATION}]: Invalid value: "foo.bar"`)),
  create('invalid LoadBalancer source range annotation (invalid CIDR)', (s) => { lb(s); s.metadata.annotations[ANNOTATION] = '1.2.3.4/33'; },
    bad(1, `metadata.annotations[${ANNOTATION}]: Invalid value: "1.2.3.4/33"`)),
  create('invalid LoadBalancer source range annotation for non LoadBalancer type service', (s) => { s.metadata.annotations[ANNOTATION] = '1.2.3.0/24'; },
    bad(1, `metadata.annotations[${ANNOTATION}]: Forbidden: may only be used when \`type\` is 'LoadBalancer'`)),
  create('invalid empty-but-set LoadBalancer source range annotation for non LoadBalancer type service', (s) => { s.metadata.annotations[ANNOTATION] = ''; },
    bad(1, `metadata.annotations[${ANNOTATION}]: Forbidden`)),
  create('valid LoadBalancer source range', (s) => { lb(s); s.spec.loadBalancerSourceRanges = ['1.2.3.0/24', '5.6.0.0/16']; }, ok),
  create('valid LoadBalancer source range with whitespace', (s) => { lb(s); s.spec.loadBalancerSourceRanges = ['1.2.3.0/24  ', ' 5.6.0.0/16']; }, ok),
  create('invalid empty LoadBalancer source range', (s) => { lb(s); s.spec.loadBalancerSourceRanges = ['   ']; },
    bad(1, 'spec.LoadBalancerSourceRanges[0]: Invalid value: "": must be a valid CIDR value')),
  create('invalid LoadBalancer source range (hostname)', (s) => { lb(s); s.spec.loadBalancerSourceRanges = ['foo.bar']; },
    bad(1, 'spec.LoadBalancerSourceRanges[0]: Invalid value: "foo.bar": must be a valid CIDR value')),
  create('invalid LoadBalancer source range (invalid CIDR)', (s) => { lb(s); s.spec.loadBalancerSourceRanges = ['1.2.3.4/33']; },
    bad(1, 'spec.LoadBalancerSourceRanges[0]: Invalid value: "1.2.3.4/33": must be a valid CIDR value')),
  create('invalid source range for non LoadBalancer type service', (s) => { s.spec.loadBalancerSourceRanges = ['1.2.3.0/24', '5.6.0.0/16']; },
    bad(1, "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'")),
  create('invalid source range annotation ignored with valid source range field', (s) => {
    lb(s);
    s.metadata.annotations[ANNOTATION] = 'foo.bar';
    s.spec.loadBalancerSourceRanges = ['1.2.3.0/24', '5.6.0.0/16'];
  }, ok),
  create('valid ExternalName', (s) => { s.spec.type = 'ExternalName'; s.spec.externalName = 'foo.bar.example.com'; }, ok),
  create('valid ExternalName (trailing dot)', (s) => { s.spec.type = 'ExternalName'; s.spec.externalName = 'foo.bar.example.com.'; }, ok),
  create('invalid ExternalName clusterIP (valid IP)', (s) => { s.spec.type = 'ExternalName'; ips(s, undefined, '1.2.3.4', ['1.2.3.4']); s.spec.externalName = 'foo.bar.example.com'; },
    bad(1, 'spec.clusterIPs: Forbidden: may not be set for ExternalName services')),
  create('invalid ExternalName clusterIP (None)', (s) => { s.spec.type = 'ExternalName'; ips(s, undefined, 'None', ['None']); s.spec.externalName = 'foo.bar.example.com'; },
    bad(1, 'spec.clusterIPs: Forbidden: may not be set for ExternalName services')),
  create('invalid ExternalName (not a DNS name)', (s) => { s.spec.type = 'ExternalName'; s.spec.externalName = '-123'; },
    bad(1, 'spec.externalName: Invalid value: "-123": a lowercase RFC 1123 subdomain')),
  create('LoadBalancer type cannot have None ClusterIP', (s) => { headless(s); lb(s); },
    bad(1, "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services")),
  create('invalid node port with clusterIP None', (s) => {
    nodePort(s);
    s.spec.ports.push(port('q', 1, 'TCP', { nodePort: 1 }));
    headless(s);
  }, bad(1, "may not be set to 'None' for NodePort services")),
  create('invalid externalTraffic field', (s) => { lb(s); s.spec.externalTrafficPolicy = 'invalid'; },
    bad(1, 'spec.externalTrafficPolicy: Unsupported value: "invalid": supported values: "Cluster", "Local"')),
  create('internalTrafficPolicy field nil when type is ExternalName', (s) => {
    delete (s.spec as Obj).internalTrafficPolicy;
    s.spec.type = 'ExternalName';
    s.spec.externalName = 'foo.bar.com';
  }, ok),
  create('internalTrafficPolicy field is set when type is ExternalName', (s) => { s.spec.type = 'ExternalName'; s.spec.externalName = 'foo.bar.com'; }, ok),
  create('internalTrafficPolicy field set to Cluster', () => undefined, ok),
  create('internalTrafficPolicy field set to Local', (s) => { s.spec.internalTrafficPolicy = 'Local'; }, ok),
  create('negative healthCheckNodePort field', (s) => { lb(s); s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = -1; },
    bad(1, 'spec.healthCheckNodePort: Invalid value: -1: must be between 1 and 65535, inclusive')),
  create('negative healthCheckNodePort field (31100)', (s) => { lb(s); s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = 31100; }, ok),
  create('invalid, service with invalid ipFamilies', (s) => { s.spec.ipFamilies = ['not-a-valid-ip-family']; },
    bad(1, 'spec.ipFamilies[0]: Unsupported value: "not-a-valid-ip-family"')),
  create('invalid, service with invalid ipFamilies (2nd)', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv4', 'not-a-valid-ip-family']); },
    bad(1, 'spec.ipFamilies[1]: Unsupported value: "not-a-valid-ip-family"')),
  create('IPFamilyPolicy(singleStack) is set for two families', (s) => { ips(s, 'SingleStack', undefined, undefined, ['IPv4', 'IPv6']); },
    allocation(1, 'the upstream test says "this validated in alloc code"', `spec.ipFamilyPolicy: Invalid value: "SingleStack": ${SINGLE_STACK} IP families are specified`)),
  create('valid, IPFamilyPolicy(preferDualStack) is set for two families (note: alloc sets families)', (s) => { ips(s, 'PreferDualStack', undefined, undefined, ['IPv4', 'IPv6']); }, ok),
  create('invalid, service with 2+ ipFamilies', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv4', 'IPv6', 'IPv4']); },
    bad(1, 'spec.ipFamilies[2]: Duplicate value: "IPv4"')),
  create('invalid, service with same ip families', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv6', 'IPv6']); },
    bad(1, 'spec.ipFamilies[1]: Duplicate value: "IPv6"')),
  create('valid, nil service ipFamilies', () => undefined, ok),
  create('valid, service with valid ipFamilies (v4)', (s) => { s.spec.ipFamilies = ['IPv4']; }, ok),
  create('valid, service with valid ipFamilies (v6)', (s) => { s.spec.ipFamilies = ['IPv6']; }, ok),
  create('valid, service with valid ipFamilies(v4,v6)', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv4', 'IPv6']); }, ok),
  create('valid, service with valid ipFamilies(v6,v4)', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv6', 'IPv4']); }, ok),
  create('valid, service preferred dual stack with single family', (s) => { ips(s, 'PreferDualStack', undefined, undefined, ['IPv6']); }, ok),
  create('invalid, garbage single ip', (s) => { ips(s, undefined, 'garbage-ip', ['garbage-ip']); }, bad(1, 'spec.clusterIPs[0]: Invalid value: "garbage-ip"')),
  create('invalid, garbage ips', (s) => { ips(s, 'RequireDualStack', 'garbage-ip', ['garbage-ip', 'garbage-second-ip']); },
    bad(2, 'spec.clusterIPs[0]: Invalid value: "garbage-ip"', 'spec.clusterIPs[1]: Invalid value: "garbage-second-ip"')),
  create('invalid, garbage first ip', (s) => { ips(s, 'RequireDualStack', 'garbage-ip', ['garbage-ip', '2001::1']); }, bad(1, 'spec.clusterIPs[0]: Invalid value: "garbage-ip"')),
  create('invalid, garbage second ip', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', 'garbage-ip']); }, bad(1, 'spec.clusterIPs[1]: Invalid value: "garbage-ip"')),
  create('invalid, NONE + IP', (s) => { ips(s, 'RequireDualStack', 'None', ['None', '2001::1']); },
    bad(1, `spec.clusterIPs: Invalid value: ["None","2001::1"]: 'None' must be the first and only value`)),
  create('invalid, IP + NONE', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', 'None']); },
    bad(1, 'spec.clusterIPs[1]: Invalid value: "None": must be a valid IP address')),
  create('invalid, EMPTY STRING + IP', (s) => { ips(s, 'RequireDualStack', '', ['', '2001::1']); },
    bad(2, 'must be empty when `clusterIP` is not specified', 'spec.clusterIPs[0]: Invalid value: "": must be a valid IP address')),
  create('invalid, IP + EMPTY STRING', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', '']); },
    bad(1, 'spec.clusterIPs[1]: Invalid value: "": must be a valid IP address')),
  create('invalid, same ip family (v6)', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', '2001::4'], ['IPv4', 'IPv6']); },
    bad(2, 'may specify no more than one IP for each IP family', 'spec.clusterIPs[0]: Invalid value: "2001::1": expected an IPv4 value as indicated by `ipFamilies[0]`')),
  create('invalid, same ip family (v4)', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1', '10.0.0.10'], ['IPv4', 'IPv6']); },
    bad(2, 'may specify no more than one IP for each IP family', 'spec.clusterIPs[1]: Invalid value: "10.0.0.10": expected an IPv6 value as indicated by `ipFamilies[1]`')),
  create('invalid, more than two ips', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1', '2001::1', '10.0.0.10'], ['IPv4', 'IPv6']); },
    bad(1, 'spec.clusterIPs: Invalid value: ["10.0.0.1","2001::1","10.0.0.10"]: may only hold up to 2 values')),
  create(' multi ip, dualstack not set (request for downgrade)', (s) => { ips(s, 'SingleStack', '10.0.0.1', ['10.0.0.1', '2001::1'], ['IPv4', 'IPv6']); },
    allocation(2, 'a downgrade only on update; on create alloc.go refuses two IPs and two families under SingleStack', SINGLE_STACK)),
  create('valid, headless-no-selector + multi family + gate off', (s) => {
    ips(s, 'RequireDualStack', 'None', ['None'], ['IPv4', 'IPv6']);
    delete (s.spec as Obj).selector;
  }, ok),
  create('valid, multi ip, single ipfamilies preferDualStack', (s) => { ips(s, 'PreferDualStack', '10.0.0.1', ['10.0.0.1', '2001::1'], ['IPv4']); }, ok),
  create('valid, multi ip, single ipfamilies (must match when provided) + requireDualStack', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1', '2001::1'], ['IPv4']); }, ok),
  create("invalid, families don't match (v4=>v6)", (s) => { ips(s, undefined, '10.0.0.1', ['10.0.0.1'], ['IPv6']); },
    bad(1, 'spec.clusterIPs[0]: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by `ipFamilies[0]`')),
  create("invalid, families don't match (v6=>v4)", (s) => { ips(s, undefined, '2001::1', ['2001::1'], ['IPv4']); },
    bad(1, 'spec.clusterIPs[0]: Invalid value: "2001::1": expected an IPv4 value as indicated by `ipFamilies[0]`')),
  create('valid. no field set', () => undefined, ok),
  create('valid, single ip', (s) => { ips(s, 'SingleStack', '10.0.0.1', ['10.0.0.1']); }, ok),
  create('valid, single family', (s) => { ips(s, 'SingleStack', undefined, undefined, ['IPv6']); }, ok),
  create('valid, single ip + single family', (s) => { ips(s, 'SingleStack', '2001::1', ['2001::1'], ['IPv6']); }, ok),
  create('valid, single ip + single family (dual stack requested)', (s) => { ips(s, 'PreferDualStack', '2001::1', ['2001::1'], ['IPv6']); }, ok),
  create('valid, single ip, multi ipfamilies', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1'], ['IPv4', 'IPv6']); }, ok),
  create('valid, multi ips, multi ipfamilies (4,6)', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1', '2001::1'], ['IPv4', 'IPv6']); }, ok),
  create('valid, ips, multi ipfamilies (6,4)', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', '10.0.0.1'], ['IPv6', 'IPv4']); }, ok),
  create('valid, multi ips (6,4)', (s) => { ips(s, 'RequireDualStack', '2001::1', ['2001::1', '10.0.0.1']); }, ok),
  create('valid, multi ipfamilies (6,4)', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv6', 'IPv4']); }, ok),
  create('valid, multi ips (4,6)', (s) => { ips(s, 'RequireDualStack', '10.0.0.1', ['10.0.0.1', '2001::1']); }, ok),
  create('valid,  multi ipfamilies (4,6)', (s) => { ips(s, 'RequireDualStack', undefined, undefined, ['IPv4', 'IPv6']); }, ok),
  create('valid, dual stack', (s) => { s.spec.ipFamilyPolicy = 'RequireDualStack'; }, ok),
  create('invalid cluster ip != clusterIP in multi ip service', (s) => { ips(s, 'RequireDualStack', '10.0.0.10', ['10.0.0.1', '2001::1']); },
    bad(1, 'spec.clusterIPs: Invalid value: ["10.0.0.1","2001::1"]: first value must match `clusterIP`')),
  create('invalid cluster ip != clusterIP in single ip service', (s) => { ips(s, undefined, '10.0.0.10', ['10.0.0.1']); },
    bad(1, 'first value must match `clusterIP`')),
  create('Use AllocateLoadBalancerNodePorts when type is not LoadBalancer', (s) => { s.spec.allocateLoadBalancerNodePorts = true; },
    bad(1, "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'")),
  create('valid LoadBalancerClass when type is LoadBalancer', (s) => { lb(s); s.spec.loadBalancerClass = 'test.com/test-load-balancer-class'; }, ok),
  create('invalid: set LoadBalancerClass when type is not LoadBalancer', (s) => { s.spec.loadBalancerClass = 'test.com/test-load-balancer-class'; },
    bad(1, "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'")),
  create('valid: trafficDistribution field set to PreferClose', (s) => { s.spec.trafficDistribution = 'PreferClose'; }, ok),

  // TestValidateServiceExternalTrafficPolicy runs validateServiceExternalTrafficPolicy alone.
  service('TestValidateServiceExternalTrafficPolicy', 'valid loadBalancer service with externalTrafficPolicy and healthCheckNodePort set', (s) => {
    lb(s);
    s.spec.externalTrafficPolicy = 'Local';
    s.spec.healthCheckNodePort = 34567;
  }, allocation(1, 'validation passes; the requested health-check node port is allocated from the default --service-node-port-range, which 34567 is outside',
    `spec.healthCheckNodePort: Invalid value: 34567: ${NOT_IN_RANGE}`)),
  service('TestValidateServiceExternalTrafficPolicy', 'valid nodePort service with externalTrafficPolicy set', (s) => { nodePort(s); s.spec.externalTrafficPolicy = 'Local'; }, ok),
  service('TestValidateServiceExternalTrafficPolicy', 'valid clusterIP service with none of externalTrafficPolicy and healthCheckNodePort set', () => undefined, ok),
  service('TestValidateServiceExternalTrafficPolicy', 'cannot set healthCheckNodePort field on loadBalancer service with externalTrafficPolicy!=Local', (s) => {
    lb(s);
    s.spec.healthCheckNodePort = 34567;
  }, bad(1, "spec.healthCheckNodePort: Invalid value: 34567: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'")),
  service('TestValidateServiceExternalTrafficPolicy', 'cannot set healthCheckNodePort field on nodePort service', (s) => {
    nodePort(s);
    s.spec.externalTrafficPolicy = 'Local';
    s.spec.healthCheckNodePort = 34567;
  }, bad(1, 'spec.healthCheckNodePort: Invalid value: 34567: may only be set when')),
  service('TestValidateServiceExternalTrafficPolicy', 'cannot set externalTrafficPolicy or healthCheckNodePort fields on clusterIP service', (s) => {
    s.spec.externalTrafficPolicy = 'Local';
    s.spec.healthCheckNodePort = 34567;
  }, bad(2, 'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services', 'spec.healthCheckNodePort: Invalid value: 34567')),
  service('TestValidateServiceExternalTrafficPolicy', 'cannot set externalTrafficPolicy field on ExternalName service', (s) => {
    s.spec.type = 'ExternalName';
    s.spec.externalTrafficPolicy = 'Local';
  }, {
    valid: false, numErrs: 1, stage: 'validation', messages: ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services'],
    note: 'the whole Service also lacks spec.externalName, which the function-level test does not look at',
  }),
];

// --- Pods: TestValidatePorts (validateContainerPorts) --------------------------------------------------------

function pod(test: string, name: string, ports: Obj[], verdict: Verdict, spec: Obj = {}): UpstreamCase {
  const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' }, spec: { ...spec, containers: [{ name: 'ctr', image: 'image', ports }] } };
  return { source: { repo: K, file: CORE_TEST, test, name }, yaml: y(manifest), verdict };
}

const POD_CASES: UpstreamCase[] = [
  pod('TestValidatePorts', 'successCase', [
    { name: 'abc', containerPort: 80, hostPort: 80, protocol: 'TCP' },
    { name: 'easy', containerPort: 82, protocol: 'TCP' },
    { name: 'as', containerPort: 83, protocol: 'UDP' },
    { name: 'do-re-me', containerPort: 84, protocol: 'SCTP' },
    { containerPort: 85, protocol: 'TCP' },
  ], ok),
  pod('TestValidatePorts', 'nonCanonicalCase', [{ containerPort: 80, protocol: 'TCP' }], ok),
  pod('TestValidatePorts', 'name > 15 characters', [{ name: 'a'.repeat(16), containerPort: 80, protocol: 'TCP' }],
    bad(1, 'spec.containers[0].ports[0].name: Invalid value: "aaaaaaaaaaaaaaaa": must be no more than 15 characters')),
  pod('TestValidatePorts', 'name contains invalid characters', [{ name: 'a.b.c', containerPort: 80, protocol: 'TCP' }], bad(1, 'alpha-numeric')),
  pod('TestValidatePorts', 'name is a number', [{ name: '80', containerPort: 80, protocol: 'TCP' }], bad(1, 'at least one letter')),
  pod('TestValidatePorts', 'name not unique', [{ name: 'abc', containerPort: 80, protocol: 'TCP' }, { name: 'abc', containerPort: 81, protocol: 'TCP' }],
    bad(1, 'spec.containers[0].ports[1].name: Duplicate value: "abc"')),
  pod('TestValidatePorts', 'zero container port', [{ containerPort: 0, protocol: 'TCP' }], bad(1, 'spec.containers[0].ports[0].containerPort: Required value')),
  pod('TestValidatePorts', 'invalid container port', [{ containerPort: 65536, protocol: 'TCP' }], bad(1, 'containerPort: Invalid value: 65536: must be between')),
  pod('TestValidatePorts', 'invalid host port', [{ containerPort: 80, hostPort: 65536, protocol: 'TCP' }], bad(1, 'hostPort: Invalid value: 65536: must be between')),
  pod('TestValidatePorts', 'invalid protocol case', [{ containerPort: 80, protocol: 'tcp' }], bad(1, 'protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"')),
  pod('TestValidatePorts', 'invalid protocol', [{ containerPort: 80, protocol: 'ICMP' }], bad(1, 'protocol: Unsupported value: "ICMP"')),
  // validatePodHostNetworkDeps (k8s-rules.md §6): with hostNetwork, hostPort must match containerPort; 0 is defaulted.
  pod('validatePodHostNetworkDeps (k8s-rules.md §6)', 'hostNetwork with matching hostPort', [{ containerPort: 8080, hostPort: 8080 }], ok, { hostNetwork: true }),
  pod('validatePodHostNetworkDeps (k8s-rules.md §6)', 'hostNetwork without hostPort (defaulted)', [{ containerPort: 8080 }], ok, { hostNetwork: true }),
  pod('validatePodHostNetworkDeps (k8s-rules.md §6)', 'hostNetwork with another hostPort', [{ containerPort: 80, hostPort: 8080 }],
    bad(1, 'spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'), { hostNetwork: true }),
];

// --- NetworkPolicy: TestValidateNetworkPolicy -----------------------------------------------------------------

function policy(name: string, spec: Obj, verdict: Verdict, version?: number): UpstreamCase {
  const manifest = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'foo', namespace: 'bar' }, spec: { podSelector: { matchLabels: { a: 'b' } }, ...spec } };
  return { source: { repo: K, file: NET_TEST, test: 'TestValidateNetworkPolicy', name }, yaml: y(manifest), verdict, ...(version ? { version } : {}) };
}
const from = (...peers: Obj[]): Obj => ({ ingress: [{ from: peers }] });
const to = (...peers: Obj[]): Obj => ({ egress: [{ to: peers }] });
const block = (cidr: string | undefined, except?: string[]): Obj => ({ ipBlock: { ...(cidr !== undefined ? { cidr } : {}), ...(except ? { except } : {}) } });
const V4 = block('192.168.0.0/16', ['192.168.3.0/24', '192.168.4.0/24']);
const V6 = block('fd00:192:168::/48', ['fd00:192:168:3::/64', 'fd00:192:168:4::/64']);

const POLICY_CASES: UpstreamCase[] = [
  policy('success: empty ingress', { ingress: [] }, ok),
  policy('success: empty from and ports', { ingress: [{ from: [], ports: [] }] }, ok),
  policy('success: ports', { ingress: [{ ports: [{ port: 80 }, { protocol: 'TCP' }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 'dns' }, { protocol: 'SCTP', port: 7777 }] }] }, ok),
  policy('success: podSelector peer', from({ podSelector: { matchLabels: { c: 'd' } } }), ok),
  policy('success: namespaceSelector peer', from({ namespaceSelector: { matchLabels: { c: 'd' } } }), ok),
  policy('success: namespaceSelector and podSelector in one peer', from({ namespaceSelector: { matchLabels: { c: 'd' } }, podSelector: { matchLabels: { e: 'f' } } }), ok),
  policy('success: IPv4 ipBlock with except', { ...to({ namespaceSelector: { matchLabels: { c: 'd' } } }), ...from(V4) }, ok),
  policy('success: IPv4 ipBlock egress, policyTypes Egress', { ...to(V4), policyTypes: ['Egress'] }, ok),
  policy('success: IPv4 ipBlock egress, policyTypes Ingress and Egress', { ...to(V4), policyTypes: ['Ingress', 'Egress'] }, ok),
  policy('success: egress ports', { egress: [{ ports: [{ port: 80 }, { protocol: 'TCP' }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 'dns' }, { protocol: 'SCTP', port: 7777 }] }] }, ok),
  policy('success: IPv6 ipBlock with except', { ...to({ namespaceSelector: { matchLabels: { c: 'd' } } }), ...from(V6) }, ok),
  policy('success: IPv6 ipBlock egress', { ...to(V6), policyTypes: ['Egress'] }, ok),
  policy('namespaceSelector and ipBlock', from({ namespaceSelector: { matchLabels: { c: 'd' } }, ...V4 }), bad(1, 'spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer')),
  policy('podSelector and ipBlock', to({ podSelector: { matchLabels: { c: 'd' } }, ...V4 }), bad(1, 'spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer')),
  policy('missing from and to type', { ingress: [{ from: [{}] }], egress: [{ to: [{}] }] },
    bad(2, 'spec.ingress[0].from[0]: Required value: must specify a peer', 'spec.egress[0].to[0]: Required value: must specify a peer')),
  policy('invalid ingress.ports.protocol', { ingress: [{ ports: [{ protocol: 'ICMP', port: 80 }] }] }, bad(1, 'spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP"')),
  policy('invalid ingress.ports.port (int)', { ingress: [{ ports: [{ protocol: 'TCP', port: 123456789 }] }] },
    bad(1, 'spec.ingress[0].ports[0].port: Invalid value: 123456789: must be between 1 and 65535, inclusive')),
  policy('invalid ingress.ports.port (str)', { ingress: [{ ports: [{ protocol: 'TCP', port: '!@#$' }] }] }, bad(2, 'spec.ingress[0].ports[0].port: Invalid value: "!@#$"')),
  policy('invalid egress.ports.protocol', { egress: [{ ports: [{ protocol: 'ICMP', port: 80 }] }] }, bad(1, 'spec.egress[0].ports[0].protocol: Unsupported value: "ICMP"')),
  policy('invalid egress.ports.port (int)', { egress: [{ ports: [{ protocol: 'TCP', port: 123456789 }] }] }, bad(1, 'spec.egress[0].ports[0].port: Invalid value: 123456789')),
  policy('invalid egress.ports.port (str)', { egress: [{ ports: [{ protocol: 'TCP', port: '!@#$' }] }] }, bad(2, 'spec.egress[0].ports[0].port: Invalid value: "!@#$"')),
  policy('missing cidr field', from(block(undefined, ['192.168.8.0/24', '192.168.9.0/24'])), bad(1, 'spec.ingress[0].from[0].ipBlock.cidr: Required value')),
  policy('invalid cidr format', from(block('192.168.5.6', ['192.168.1.0/24', '192.168.2.0/24'])),
    bad(1, 'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.5.6": must be a valid CIDR value')),
  policy('invalid ipv6 cidr format', from(block('fd00:192:168::', ['fd00:192:168:3::/64', 'fd00:192:168:4::/64'])),
    bad(1, 'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "fd00:192:168::": must be a valid CIDR value')),
  policy('except field is an empty string', from(block('192.168.8.0/24', ['', ' '])),
    bad(2, 'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "": must be a valid CIDR value', 'spec.ingress[0].from[0].ipBlock.except[1]')),
  policy('except IP is outside of CIDR range', from(block('192.168.8.0/24', ['192.168.9.1/24'])),
    bad(1, 'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.1/24": must be a strict subset of `cidr`')),
  policy('except IP is not strictly within CIDR range', from(block('192.168.0.0/24', ['192.168.0.0/24'])),
    bad(1, 'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.0.0/24": must be a strict subset of `cidr`')),
  policy('except IPv6 is outside of CIDR range', from(block('fd00:192:168:1::/64', ['fd00:192:168:2::/64'])),
    bad(1, 'spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "fd00:192:168:2::/64": must be a strict subset of `cidr`')),
  // Host bits in a legacy CIDR field (k8s-rules.md §8, KEP-4858): a warning up to 1.35, an error from 1.36.
  { ...policy('host bits in cidr (KEP-4858, 1.35)', from(block('192.168.1.5/24')), ok, 35),
    source: { repo: 'kubernetes/enhancements', file: 'keps/sig-network/4858-ip-cidr-validation/README.md', test: 'StrictIPCIDRValidation (k8s-rules.md §8)', name: 'host bits accepted before 1.36' } },
  { ...policy('host bits in cidr (KEP-4858, 1.36)', from(block('192.168.1.5/24')),
    bad(1, 'spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "192.168.1.5/24": must not have bits set beyond the prefix length'), 36),
    source: { repo: 'kubernetes/enhancements', file: 'keps/sig-network/4858-ip-cidr-validation/README.md', test: 'StrictIPCIDRValidation (k8s-rules.md §8)', name: 'host bits rejected from 1.36' } },
];

// --- EndpointSlice: TestValidateEndpointSlice, TestValidateEndpointSliceCreate --------------------------------

function slice(test: string, name: string, body: Obj, verdict: Verdict): UpstreamCase {
  const manifest = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'hello', namespace: 'world' }, ...body };
  return { source: { repo: K, file: DISCOVERY_TEST, test, name }, yaml: y(manifest), verdict };
}
const es = (name: string, body: Obj, verdict: Verdict): UpstreamCase => slice('TestValidateEndpointSlice', name, body, verdict);
const http = [{ name: 'http', protocol: 'TCP' }];
const addresses = (n: number): string[] => Array.from({ length: n }, (_, i) => `10.1.2.${i % 255}`);

const SLICE_CASES: UpstreamCase[] = [
  es('good-slice', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: addresses(1), hostname: 'valid-123' }] }, ok),
  es('good-ipv6', { addressType: 'IPv6', ports: http, endpoints: [{ addresses: ['a00:100::4'], hostname: 'valid-123' }] }, ok),
  es('good-fqdns', { addressType: 'FQDN', ports: http, endpoints: [{ addresses: ['foo.example.com', 'example.com', 'example.com.', 'hyphens-are-good.example.com'], hostname: 'valid-123' }] }, ok),
  es('all-protocols', { addressType: 'IPv4', ports: [{ name: 'tcp', protocol: 'TCP' }, { name: 'udp', protocol: 'UDP' }, { name: 'sctp', protocol: 'SCTP' }], endpoints: [{ addresses: addresses(1) }] }, ok),
  es('empty-port-name', { addressType: 'IPv4', ports: [{ name: '', protocol: 'TCP' }, { name: 'http', protocol: 'TCP' }], endpoints: [{ addresses: addresses(1) }] }, ok),
  es('long-port-name', { addressType: 'IPv4', ports: [{ name: 'a'.repeat(63), protocol: 'TCP' }], endpoints: [{ addresses: addresses(1) }] }, ok),
  es('empty-ports-and-endpoints', { addressType: 'IPv4', ports: [], endpoints: [] }, ok),
  es('max-addresses', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: addresses(100) }] }, ok),
  es('valid-hints', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: addresses(1), hints: { forZones: [{ name: 'zone-a' }] } }] }, ok),
  es('duplicate-port-name', { addressType: 'IPv4', ports: [{ name: '', protocol: 'TCP' }, { name: '', protocol: 'TCP' }], endpoints: [] }, bad(1, 'ports[1].name: Duplicate value: ""')),
  es('bad-port-name-caps', { addressType: 'IPv4', ports: [{ name: 'aCapital', protocol: 'TCP' }], endpoints: [] }, bad(1, 'ports[0].name: Invalid value: "aCapital"')),
  es('bad-port-name-chars', { addressType: 'IPv4', ports: [{ name: 'almost_valid', protocol: 'TCP' }], endpoints: [] }, bad(1, 'ports[0].name: Invalid value: "almost_valid"')),
  es('bad-port-name-length', { addressType: 'IPv4', ports: [{ name: 'a'.repeat(64), protocol: 'TCP' }], endpoints: [] }, bad(1, 'must be no more than 63 characters')),
  es('invalid-port-protocol', { addressType: 'IPv4', ports: [{ name: 'http', protocol: 'foo' }] }, bad(1, 'ports[0].protocol: Unsupported value: "foo"')),
  es('no-endpoint-addresses', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: [] }] }, bad(1, 'endpoints[0].addresses: Required value: must contain at least 1 address')),
  es('too-many-addresses', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: addresses(101) }] }, bad(1, 'endpoints[0].addresses: Too many: 101: must have at most 100 items')),
  es('bad-ip', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: ['123.456.789.012'], hostname: 'valid-123' }] }, bad(1, 'endpoints[0].addresses[0]: Invalid value: "123.456.789.012"')),
  es('bad-ipv4', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: ['123.456.789.012', '2001:4860:4860::8888'], hostname: 'valid-123' }] },
    bad(2, 'endpoints[0].addresses[0]: Invalid value: "123.456.789.012"', 'endpoints[0].addresses[1]: Invalid value: "2001:4860:4860::8888": must be a valid IPv4 address')),
  es('bad-ipv6', { addressType: 'IPv6', ports: http, endpoints: [{ addresses: ['123.456.789.012', '2001:4860:4860:defg'], hostname: 'valid-123' }] },
    bad(2, 'endpoints[0].addresses[0]: Invalid value: "123.456.789.012"', 'endpoints[0].addresses[1]: Invalid value: "2001:4860:4860:defg"')),
  es('bad-fqdns', { addressType: 'FQDN', ports: http, endpoints: [{ addresses: ['foo.*', 'FOO.example.com', 'underscores_are_bad.example.com', '*.example.com'], hostname: 'valid-123' }] },
    bad(4, 'endpoints[0].addresses[0]', 'endpoints[0].addresses[1]', 'endpoints[0].addresses[2]', 'endpoints[0].addresses[3]')),
  es('empty-everything', {}, { valid: false, numErrs: 3, stage: 'validation', messages: ['addressType: Required value'], note: 'the other two errors are the missing name and namespace' }),
  es('special-ipv4', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: ['127.0.0.1'], hostname: 'valid-123' }] },
    bad(1, 'endpoints[0].addresses[0]: Invalid value: "127.0.0.1": may not be in the loopback range')),
  es('special-ipv6', { addressType: 'IPv6', ports: http, endpoints: [{ addresses: ['fe80::9656:d028:8652:66b6'], hostname: 'valid-123' }] },
    bad(1, 'endpoints[0].addresses[0]: Invalid value: "fe80::9656:d028:8652:66b6": may not be in the link-local range')),
  slice('TestValidateEndpointSliceCreate', 'good-slice', { addressType: 'IPv4', ports: http, endpoints: [{ addresses: addresses(1), hostname: 'valid-123' }] }, ok),
  slice('TestValidateEndpointSliceCreate', 'deprecated-address-type', { addressType: 'IP', ports: http, endpoints: [{ addresses: addresses(1) }] },
    bad(1, 'addressType: Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6"')),
  slice('TestValidateEndpointSliceCreate', 'bad-address-type', { addressType: 'other', ports: http, endpoints: [{ addresses: addresses(1) }] },
    bad(1, 'addressType: Unsupported value: "other"')),
];

// --- Endpoints: TestValidateEndpointsCreate -------------------------------------------------------------------

function endpoints(name: string, subsets: Obj[] | undefined, verdict: Verdict): UpstreamCase {
  const manifest = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'mysvc', namespace: 'namespace' }, ...(subsets ? { subsets } : {}) };
  return { source: { repo: K, file: CORE_TEST, test: 'TestValidateEndpointsCreate', name }, yaml: y(manifest), verdict };
}
const a93 = [{ name: 'a', port: 93, protocol: 'TCP' }];

const ENDPOINTS_CASES: UpstreamCase[] = [
  endpoints('simple endpoint', [
    { addresses: [{ ip: '10.10.1.1' }, { ip: '10.10.2.2' }], ports: [{ name: 'a', port: 8675, protocol: 'TCP' }, { name: 'b', port: 309, protocol: 'TCP' }] },
    { addresses: [{ ip: '10.10.3.3' }], ports: [{ name: 'a', port: 93, protocol: 'TCP' }, { name: 'b', port: 76, protocol: 'TCP' }] },
  ], ok),
  endpoints('empty subsets', undefined, ok),
  endpoints('no name required for singleton port', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ port: 8675, protocol: 'TCP' }] }], ok),
  endpoints('valid appProtocol', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ port: 8675, protocol: 'TCP', appProtocol: 'HTTP' }] }], ok),
  endpoints('empty ports', [{ addresses: [{ ip: '10.10.3.3' }] }], ok),
  endpoints('empty addresses', [{ ports: a93 }], bad(1, 'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`')),
  endpoints('invalid IP', [{ addresses: [{ ip: '[2001:0db8:85a3:0042:1000:8a2e:0370:7334]' }], ports: a93 }],
    bad(1, 'subsets[0].addresses[0].ip: Invalid value: "[2001:0db8:85a3:0042:1000:8a2e:0370:7334]": must be a valid IP address')),
  endpoints('Multiple ports, one without name', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ port: 8675, protocol: 'TCP' }, { name: 'b', port: 309, protocol: 'TCP' }] }],
    bad(1, 'subsets[0].ports[0].name: Required value')),
  endpoints('Invalid port number', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ name: 'a', port: 66000, protocol: 'TCP' }] }],
    bad(1, 'subsets[0].ports[0].port: Invalid value: 66000: must be between 1 and 65535, inclusive')),
  endpoints('Invalid protocol', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ name: 'a', port: 93, protocol: 'Protocol' }] }],
    bad(1, 'subsets[0].ports[0].protocol: Unsupported value: "Protocol"')),
  endpoints('Address missing IP', [{ addresses: [{}], ports: a93 }], bad(1, 'subsets[0].addresses[0].ip: Invalid value: "": must be a valid IP address')),
  endpoints('Port missing number', [{ addresses: [{ ip: '10.10.1.1' }], ports: [{ name: 'a', protocol: 'TCP' }] }], bad(1, 'subsets[0].ports[0].port: Invalid value: 0')),
  endpoints('Address is loopback', [{ addresses: [{ ip: '127.0.0.1' }], ports: [{ name: 'p', port: 93, protocol: 'TCP' }] }],
    bad(1, 'subsets[0].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range')),
  endpoints('Address is link-local', [{ addresses: [{ ip: '169.254.169.254' }], ports: [{ name: 'p', port: 93, protocol: 'TCP' }] }],
    bad(1, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)')),
  endpoints('Address is link-local multicast', [{ addresses: [{ ip: '224.0.0.1' }], ports: [{ name: 'p', port: 93, protocol: 'TCP' }] }],
    bad(1, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)')),
];

// --- Node: TestValidateNode, and the dual-stack podCIDRs rule of ValidateNode (k8s-rules.md §9) ---------------

function node(test: string, name: string, podCIDRs: string[], verdict: Verdict): UpstreamCase {
  const manifest = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'abc' }, spec: { podCIDRs } };
  return { source: { repo: K, file: test.startsWith('Test') ? CORE_TEST : 'pkg/apis/core/validation/validation.go', test, name }, yaml: y(manifest), verdict };
}

const NODE_CASES: UpstreamCase[] = [
  node('TestValidateNode', 'successCases: podCIDRs', ['192.168.0.0/16'], ok),
  node('TestValidateNode', 'invalid-pod-cidr', ['192.168.0.0'], bad(1, 'spec.podCIDRs[0]: Invalid value: "192.168.0.0": must be a valid CIDR value')),
  node('TestValidateNode', 'duplicate-pod-cidr', ['10.0.0.1/16', '10.0.0.1/16'], bad(2, 'spec.podCIDRs[1]: Duplicate value: "10.0.0.1/16"')),
  node('ValidateNode (k8s-rules.md §9)', 'dual-stack podCIDRs', ['10.244.1.0/24', 'fd00:10:244:1::/64'], ok),
  node('ValidateNode (k8s-rules.md §9)', 'two IPv4 podCIDRs', ['10.244.1.0/24', '10.244.2.0/24'],
    bad(1, 'spec.podCIDRs: Invalid value: ["10.244.1.0/24","10.244.2.0/24"]: may specify no more than one CIDR for each IP family')),
  node('ValidateNode (k8s-rules.md §9)', 'three podCIDRs', ['10.244.1.0/24', 'fd00:10:244:1::/64', '10.244.2.0/24'], bad(1, 'may specify no more than one CIDR for each IP family')),
];

// --- ServiceCIDR and IPAddress: TestValidateServiceCIDR, TestValidateIPAddress -------------------------------

function serviceCIDR(name: string, cidrs: string[] | undefined, verdict: Verdict): UpstreamCase {
  const manifest = { apiVersion: 'networking.k8s.io/v1', kind: 'ServiceCIDR', metadata: { name: 'test-name' }, ...(cidrs ? { spec: { cidrs } } : {}) };
  return { source: { repo: K, file: NET_TEST, test: 'TestValidateServiceCIDR', name }, yaml: y(manifest), verdict };
}
function ipAddress(name: string, ip: string, parentRef: Obj | undefined, verdict: Verdict): UpstreamCase {
  const manifest = { apiVersion: 'networking.k8s.io/v1', kind: 'IPAddress', metadata: { name: ip }, ...(parentRef ? { spec: { parentRef } } : {}) };
  return { source: { repo: K, file: NET_TEST, test: 'TestValidateIPAddress', name }, yaml: y(manifest), verdict };
}
const SERVICES_REF = { group: '', resource: 'services', name: 'foo', namespace: 'bar' };

const NETWORKING_CASES: UpstreamCase[] = [
  serviceCIDR('empty-iprange', undefined, bad(1, 'spec.cidrs: Required value: at least one CIDR required')),
  serviceCIDR('three-ipranges', ['192.168.0.0/24', 'fd00::/64', '10.0.0.0/16'], bad(1, 'spec.cidrs: Invalid value: ["192.168.0.0/24","fd00::/64","10.0.0.0/16"]: may only hold up to 2 values')),
  serviceCIDR('good-iprange-ipv4', ['192.168.0.0/24'], ok),
  serviceCIDR('good-iprange-ipv6', ['fd00:1234::/64'], ok),
  serviceCIDR('good-iprange-ipv4-ipv6', ['192.168.0.0/24', 'fd00:1234::/64'], ok),
  serviceCIDR('not-iprange-ipv4', ['asdasdasd'], bad(1, 'spec.cidrs[0]: Invalid value: "asdasdasd": must be a valid CIDR value')),
  serviceCIDR('iponly-iprange-ipv4', ['192.168.0.1'], bad(1, 'spec.cidrs[0]: Invalid value: "192.168.0.1": must be a valid CIDR value')),
  serviceCIDR('badip-iprange-ipv4', ['192.168.0.1/24'], bad(1, 'spec.cidrs[0]: Invalid value: "192.168.0.1/24": must not have bits set beyond the prefix length')),
  serviceCIDR('badip-iprange-ipv6', ['fd00:1234::2/64'], bad(1, 'spec.cidrs[0]: Invalid value: "fd00:1234::2/64": must not have bits set beyond the prefix length')),
  { ...serviceCIDR('badip-iprange-caps-ipv6', ['FD00:1234::2/64'], bad(2, 'spec.cidrs[0]: Invalid value: "FD00:1234::2/64"')),
    verdict: { valid: false, numErrs: 2, stage: 'validation', messages: ['spec.cidrs[0]: Invalid value: "FD00:1234::2/64"'],
      note: 'this test snapshot counts 2 errors; current apimachinery returns the host-bits error alone (k8s-rules.md §5.2)' } },
  serviceCIDR('good-iprange-ipv4-bad-ipv6', ['192.168.0.0/24', 'FD00:1234::/64'], bad(1, 'spec.cidrs[1]: Invalid value: "FD00:1234::/64": must be in canonical form ("fd00:1234::/64")')),
  serviceCIDR('good-iprange-ipv6-bad-ipv4', ['192.168.007.0/24', 'fd00:1234::/64'], bad(1, 'spec.cidrs[0]: Invalid value: "192.168.007.0/24": must not have leading 0s')),
  ipAddress('empty-ipaddress-bad-name', 'test-name', SERVICES_REF, bad(1, 'metadata.name: Invalid value: "test-name"')),
  ipAddress('empty-ipaddress-bad-name-no-parent-reference', 'test-name', undefined, bad(2, 'metadata.name: Invalid value: "test-name"', 'spec.parentRef: Required value')),
  ipAddress('good-ipaddress', '192.168.1.1', SERVICES_REF, ok),
  ipAddress('good-ipaddress-gateway', '192.168.1.1', { group: 'gateway.networking.k8s.io', resource: 'gateway', name: 'foo', namespace: 'bar' }, ok),
  ipAddress('good-ipv6address', '2001:4860:4860::8888', SERVICES_REF, ok),
  ipAddress('non-canonica-ipv6address', '2001:4860:4860:0::8888', SERVICES_REF, bad(1, 'metadata.name: Invalid value: "2001:4860:4860:0::8888": must be in canonical form ("2001:4860:4860::8888")')),
  ipAddress('missing-ipaddress-reference', '192.168.1.1', undefined, bad(1, 'spec.parentRef: Required value')),
  ipAddress('wrong-ipaddress-reference', '192.168.1.1', { group: 'custom.resource.com', resource: 'services', name: 'foo$%&', namespace: '' }, bad(1, 'spec.parentRef.name: Invalid value: "foo$%&"')),
  ipAddress('wrong-ipaddress-reference-multiple-errors', '192.168.1.1', { group: '.cust@m.resource.com', resource: '', name: '', namespace: 'bar$$$$$%@' },
    bad(4, 'spec.parentRef.group', 'spec.parentRef.resource: Required value', 'spec.parentRef.name: Required value', 'spec.parentRef.namespace')),
];

// --- The dual-stack examples of the Kubernetes docs (kubernetes/website; k8s-rules.md §14) -------------------

const WEBSITE = 'kubernetes/website';
function docs(file: string, yaml: string, verdict: Verdict): UpstreamCase {
  return { source: { repo: WEBSITE, file, test: 'docs example', name: file.split('/').pop()! }, yaml, verdict };
}
const META = '{name: my-service, labels: {app.kubernetes.io/name: MyApp}}';
const SELECTOR = '{app.kubernetes.io/name: MyApp}';

const DOCS_CASES: UpstreamCase[] = [
  docs('content/en/examples/service/networking/dual-stack-default-svc.yaml', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  selector: ${SELECTOR}
  ports: [{protocol: TCP, port: 80}]
`, { valid: true, note: 'SingleStack, an IP of the first service range family' }),
  docs('content/en/examples/service/networking/dual-stack-preferred-svc.yaml', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  ipFamilyPolicy: PreferDualStack
  selector: ${SELECTOR}
  ports: [{protocol: TCP, port: 80}]
`, ok),
  docs('content/en/examples/service/networking/dual-stack-preferred-ipfamilies-svc.yaml', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  ipFamilyPolicy: PreferDualStack
  ipFamilies: [IPv6, IPv4]
  selector: ${SELECTOR}
  ports: [{protocol: TCP, port: 80}]
`, ok),
  docs('content/en/examples/service/networking/dual-stack-ipfamilies-ipv6.yaml', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  ipFamilies: [IPv6]
  selector: ${SELECTOR}
  ports: [{protocol: TCP, port: 80}]
`, { valid: true, note: 'on a cluster with an IPv6 service range; an IPv4-only cluster refuses it (cluster configuration, not checked here)' }),
  docs('content/en/examples/service/networking/dual-stack-prefer-ipv6-lb-svc.yaml', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  ipFamilyPolicy: PreferDualStack
  ipFamilies: [IPv6]
  type: LoadBalancer
  selector: ${SELECTOR}
  ports: [{protocol: TCP, port: 80}]
`, ok),
  docs('content/en/docs/concepts/services-networking/dual-stack.md (SingleStack output)', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  clusterIP: 10.0.197.123
  clusterIPs: [10.0.197.123]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  ports: [{port: 80, protocol: TCP, targetPort: 80}]
  selector: ${SELECTOR}
  type: ClusterIP
status:
  loadBalancer: {}
`, ok),
  docs('content/en/docs/concepts/services-networking/dual-stack.md (headless output)', `apiVersion: v1
kind: Service
metadata: ${META}
spec:
  clusterIP: None
  clusterIPs: [None]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  ports: [{port: 80, protocol: TCP, targetPort: 80}]
  selector: ${SELECTOR}
`, ok),
  docs('content/en/examples/service/networking/dual-stack-ipv6-svc.yaml (old revision)', `apiVersion: v1
kind: Service
metadata:
  name: my-service
spec:
  ipFamily: IPv6
  selector: ${SELECTOR}
  ports:
    - protocol: TCP
      port: 80
      targetPort: 9376
`, { valid: false, numErrs: 1, stage: 'decode', messages: ['strict decoding error: unknown field "spec.ipFamily"'],
    note: 'the pre-1.20 alpha field; kubectl asks for strict field validation, so the apply fails' }),
  docs('content/en/examples/service/networking/dual-stack-ipv6-lb-svc.yaml (old revision)', `apiVersion: v1
kind: Service
metadata:
  name: my-service
  labels:
    app: MyApp
spec:
  ipFamily: IPv6
  type: LoadBalancer
  selector:
    app: MyApp
  ports:
    - protocol: TCP
      port: 80
      targetPort: 9376
`, { valid: false, numErrs: 1, stage: 'decode', messages: ['strict decoding error: unknown field "spec.ipFamily"'] }),
];

export const UPSTREAM_CASES: readonly UpstreamCase[] = [
  ...SERVICE_CASES,
  ...POD_CASES,
  ...POLICY_CASES,
  ...SLICE_CASES,
  ...ENDPOINTS_CASES,
  ...NODE_CASES,
  ...NETWORKING_CASES,
  ...DOCS_CASES,
];
