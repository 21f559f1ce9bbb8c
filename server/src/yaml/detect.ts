// Says what a YAML document is (DESIGN §2): a Kubernetes object, a cluster config, a Compose file, or nothing of ours.

import { isMap, type Node } from 'yaml';
import { get, asMap } from './nodes';

export type DocumentFamily = 'kubernetes' | 'cluster-config' | 'compose' | 'unknown';

export interface DocumentKind {
  readonly family: DocumentFamily;
  readonly apiVersion?: string;
  readonly kind?: string;
  /** The API group without version, e.g. `kubeadm.k8s.io` or `` for the core group. */
  readonly group?: string;
}

const CLUSTER_CONFIG_GROUPS = new Set([
  'kubeadm.k8s.io',
  'kubelet.config.k8s.io',
  'kubeproxy.config.k8s.io',
  'kind.x-k8s.io',
  'baremetal.cluster.gke.io',
  'metallb.io',
  'crd.projectcalico.org',
  'projectcalico.org',
  'networking.gke.io',
]);

const COMPOSE_FILE_NAME = /(^|[\\/])(docker-)?compose[^\\/]*\.ya?ml$/i;

export function isComposeFileName(uri: string): boolean {
  return COMPOSE_FILE_NAME.test(decodeURIComponent(uri));
}

/**
 * Whether a text can hold a Compose document (what `detectDocument` calls one): its name or language id says
 * Compose, or it holds the key `services`. Adapters read the `.env` beside a file only then.
 */
export function mayBeCompose(text: string, uri: string, languageId?: string): boolean {
  return languageId === 'dockercompose' || isComposeFileName(uri) || text.includes('services');
}

function stringValue(node: Node | undefined): string | undefined {
  if (!node || !('value' in node)) return undefined;
  const v = (node as { value: unknown }).value;
  return typeof v === 'string' ? v : undefined;
}

/** Classifies one document's root; `composeHint` is true when the file name or language id says Compose. */
export function detectDocument(root: unknown, composeHint: boolean): DocumentKind {
  if (!isMap(root)) return { family: 'unknown' };
  const apiVersion = stringValue(get(root, 'apiVersion'));
  const kind = stringValue(get(root, 'kind'));
  if (apiVersion !== undefined && kind !== undefined) {
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const family = CLUSTER_CONFIG_GROUPS.has(group) ? 'cluster-config' : 'kubernetes';
    return { family, apiVersion, kind, group };
  }
  if (apiVersion === undefined && (composeHint || asMap(get(root, 'services')) !== undefined)) {
    return { family: 'compose' };
  }
  if (apiVersion === undefined && kind === undefined && isK3sConfig(root)) return { family: 'cluster-config', kind: 'K3sConfig' };
  return { family: 'unknown' };
}

/** Keys only a k3s / RKE2 server or agent config (`/etc/rancher/k3s/config.yaml`, flags as keys) has. */
const K3S_KEYS = new Set([
  'cluster-cidr', 'service-cidr', 'cluster-dns', 'cluster-domain', 'flannel-backend', 'write-kubeconfig-mode', 'tls-san',
  'cluster-init', 'node-ip', 'node-external-ip', 'kube-apiserver-arg', 'kube-controller-manager-arg', 'kubelet-arg',
  'disable-network-policy', 'service-node-port-range', 'egress-selector-mode', 'flannel-ipv6-masq',
]);

/** A flat map whose keys are all kebab-case flag names (optionally with k3s' `+` append suffix), one of them k3s-only. */
function isK3sConfig(root: unknown): boolean {
  const map = asMap(root);
  if (!map || map.items.length === 0) return false;
  let strong = false;
  for (const pair of map.items) {
    const key = stringValue(pair.key as Node | undefined);
    if (key === undefined || !/^[a-z][a-z0-9-]*\+?$/.test(key)) return false;
    if (K3S_KEYS.has(key.replace(/\+$/, ''))) strong = true;
  }
  return strong;
}
