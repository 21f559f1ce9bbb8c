// The plain data of the workspace model: what each file says about a cluster network (definitions, member
// ranges) and about a Compose project, and the clusters, ambiguities and projects built from all of them.

import type { Cidr } from '../net/cidr';
import type { Family } from '../net/ip';
import type { Span } from '../text/span';
import type { HostAllocation } from '../rules/compose/port-allocator';

/** Where a value comes from: a place in a file, or a setting (no `uri`). */
export interface Origin {
  readonly uri?: string;
  readonly span?: Span;
  /** How the value is named in messages: `networking.serviceSubnet`, `--service-cluster-ip-range`, `netlens.cluster.serviceCIDRs`. */
  readonly field: string;
  /** Not written: the tool's default (kubeadm's serviceSubnet 10.96.0.0/12); `span` then points at the document. */
  readonly isDefault?: boolean;
}

export interface NetRange {
  readonly cidr: Cidr;
  /** As written (or the default's text). */
  readonly text: string;
  readonly origin: Origin;
}

export type DefinitionTool = 'kubeadm' | 'kind' | 'bare metal' | 'k3s' | 'kube-apiserver' | 'kube-controller-manager';

export interface NodeMask {
  readonly value: number;
  readonly origin: Origin;
}

export interface NodeMasks {
  readonly IPv4?: NodeMask;
  readonly IPv6?: NodeMask;
}

/**
 * A document that says what a cluster's network is. `config` definitions (kubeadm ClusterConfiguration, kind and
 * bare-metal Cluster, k3s config) describe a whole cluster; `flags` definitions (a kube-apiserver or
 * kube-controller-manager static pod) describe it only where no config does.
 * For ranges, `undefined` means the definition does not say, `null` that it says something NetLens cannot read
 * (a template, a value that does not parse): nothing is then checked against it.
 */
export interface ClusterDefinition {
  readonly level: 'config' | 'flags';
  readonly tool: DefinitionTool;
  readonly uri: string;
  readonly docIndex: number;
  /** The document's `kind` value, where a finding about the whole definition points. */
  readonly span: Span;
  readonly services?: readonly NetRange[] | null;
  readonly pods?: readonly NetRange[] | null;
  readonly nodeMasks: NodeMasks;
  /** kubeadm (and kind, which runs kubeadm) gives CoreDNS the 10th address of the primary service range. */
  readonly dnsIndex?: number;
}

/**
 * How a range takes part in the cluster: `pool` a load-balancer pool (MetalLB, bare metal), `calico` a Calico
 * IPPool (pod addresses), `node` a node address, `service-cidr` a ServiceCIDR object (more service addresses).
 */
export type MemberRole = 'pool' | 'calico' | 'node' | 'service-cidr';

export interface MemberRange {
  readonly role: MemberRole;
  /** What it is, for messages: `MetalLB IPAddressPool "lan"`, `InitConfiguration localAPIEndpoint.advertiseAddress`. */
  readonly what: string;
  readonly text: string;
  readonly family: Family;
  readonly cidrs: readonly Cidr[];
  /** The first and last address as integers. */
  readonly start: bigint;
  readonly end: bigint;
  readonly uri: string;
  readonly docIndex: number;
  readonly span: Span;
  /** Pools of one tool in one file are that tool's rules' business (NL543, NL564, NL529). */
  readonly tool: 'MetalLB' | 'bare metal' | 'Calico' | 'kubeadm' | 'Kubernetes';
}

/** One host port binding of a Compose service, as Docker's port allocator sees it. */
export interface ComposeBinding {
  readonly span: Span;
  readonly hostIp?: HostAllocation;
  readonly hostPorts?: { readonly start: number; readonly end: number };
  readonly protocol: string;
  /** compose-go's unicity keys: equal keys are merged into one binding. */
  readonly keys: readonly string[];
}

export interface ComposeNameRef {
  readonly name: string;
  readonly span: Span;
}

export interface ComposeServiceFacts {
  readonly name: string;
  readonly span: Span;
  /** The service's profiles; `unknown` when one depends on a variable NetLens cannot see. */
  readonly profiles: readonly string[] | 'unknown';
  /** `network_mode` as compose reads it; `unknown` when unresolved. */
  readonly networkMode?: { readonly text: string | 'unknown'; readonly span: Span };
  /** `ports: !override` / `!reset` in this file: the earlier files' ports of the service are dropped. */
  readonly portsReplaced: boolean;
  readonly networksReplaced: boolean;
  readonly bindings: readonly ComposeBinding[];
  readonly networks: readonly ComposeNameRef[];
}

export interface ComposeFacts {
  readonly services: readonly ComposeServiceFacts[];
  readonly networks: readonly ComposeNameRef[];
  /** The top-level networks come through YAML aliases or merge keys, so not every name is visible. */
  readonly networksOpaque: boolean;
  /** `ipam.config` subnets, for the address plan. */
  readonly subnets: readonly { readonly network: string; readonly cidr: Cidr; readonly text: string; readonly span: Span }[];
}

/** Everything one file contributes to the workspace model; small, plain, and rebuilt only when the file changes. */
export interface FileFacts {
  readonly uri: string;
  readonly definitions: readonly ClusterDefinition[];
  readonly members: readonly MemberRange[];
  readonly compose?: ComposeFacts;
  /**
   * A 64-bit hash of the facts (spans included), worked out when first read: equal fingerprints mean equal facts,
   * but for a chance of about 2^-64. Dependency keys are made of them.
   */
  readonly fingerprint: string;
}

/** A cluster network and the folder tree it applies to. */
export interface ClusterModel {
  /** `config:<folder>`, `flags:<folder>` or `settings`. */
  readonly id: string;
  readonly level: 'config' | 'flags' | 'settings';
  /** The folder (URI, no trailing slash) whose tree it covers; undefined for settings. */
  readonly folder?: string;
  readonly tool: DefinitionTool | 'settings' | 'command line';
  readonly definitions: readonly ClusterDefinition[];
  readonly services?: readonly NetRange[] | null;
  readonly pods?: readonly NetRange[] | null;
  readonly nodeMasks: NodeMasks;
  readonly dnsIndex?: number;
  /** Pools, node addresses and ServiceCIDRs of the files in its scope. */
  readonly members: readonly MemberRange[];
}

/** Two or more definitions at one folder level that disagree: none applies, and the ambiguity is reported once. */
export interface Ambiguity {
  readonly folder: string;
  readonly level: 'config' | 'flags';
  readonly definitions: readonly ClusterDefinition[];
}

export type ClusterLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'cluster'; readonly cluster: ClusterModel }
  | { readonly kind: 'ambiguous'; readonly ambiguity: Ambiguity };

/** The files docker compose merges by default in one folder: the first base name found, then the first override. */
export interface ComposeProject {
  readonly folder: string;
  readonly uris: readonly string[];
}

export interface WorkspaceModel {
  readonly files: ReadonlyMap<string, FileFacts>;
  readonly clusters: readonly ClusterModel[];
  readonly ambiguities: readonly Ambiguity[];
  readonly projects: readonly ComposeProject[];
  /** Folders (URIs) that paths in messages are relative to. */
  readonly roots: readonly string[];
}
