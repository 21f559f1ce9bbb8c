// NL318: the IPv6DualStack feature gate went GA in 1.23 and was removed in 1.25; components now refuse to start with it.

import { isMap, isScalar, type Pair } from 'yaml';
import type { Fix } from '../../types';
import type { Span } from '../../text/span';
import { atLeast, defineRule } from '../rule';
import { get, getIn } from '../../yaml/nodes';
import { resourcesOf } from '../../yaml/resources';
import { removeMapPair } from './yaml-edits';
import { hasExactSubSpans, subSpan } from '../../yaml/scalar-source';
import { replaceScalarValue } from '../../yaml/edits';
import { componentsOf, readExtraArgs, type Flag } from './control-plane';
import { kubeadmObjects } from './kubeadm';
import { localize } from '../../l10n/localize';

const GATE = 'IPv6DualStack';

export default defineRule({
  code: 'NL318',
  name: 'removed-dual-stack-feature-gate',
  group: 'kubeadm',
  severity: 'error',
  description: 'The removed IPv6DualStack feature gate is set for a component, kubeadm or the kubelet.',
  upstream: {
    tool: 'kube-apiserver, kube-controller-manager, kubelet, kube-proxy',
    source: 'k8s.io/component-base/featuregate (Set: "unrecognized feature gate"); IPv6DualStack GA in 1.23, removed in 1.25',
    note: 'A warning before 1.25, when the gate still existed (locked to true from 1.23).',
  },
  fixable: true,
  check(ctx) {
    const removed = atLeast(ctx.settings, 25);
    const severity = removed ? 'error' : 'warning';
    const message = removed
      ? `unrecognized feature gate: ${GATE} (dual-stack is always on since Kubernetes 1.23 and the gate was removed in 1.25; the component does not start)`
      : `feature gate ${GATE} is deprecated: dual-stack is on by default since 1.21 and always on from 1.23; remove it`;
    // --feature-gates=A=true,IPv6DualStack=true in a static pod or kubeadm extraArgs.
    const flags: Flag[] = [];
    for (const component of componentsOf(ctx.file)) flags.push(...component.flags.filter((f) => f.name === 'feature-gates'));
    for (const object of kubeadmObjects(ctx.file)) {
      const paths = object.kind === 'ClusterConfiguration' ? [['scheduler', 'extraArgs'], ['etcd', 'local', 'extraArgs']] : [['nodeRegistration', 'kubeletExtraArgs']];
      for (const path of paths) {
        for (const arg of readExtraArgs(getIn(object.resource.root, path), path)?.args ?? []) {
          if (arg.name?.value === 'feature-gates' && arg.value) {
            flags.push({ name: 'feature-gates', value: arg.value.value, node: arg.value.node, valueOffset: 0, span: arg.value.span, nameSpan: arg.name.span, path: arg.value.path });
          }
        }
      }
    }
    for (const flag of flags) {
      const entries = flag.value.split(',');
      let from = 0;
      entries.forEach((entry, index) => {
        const key = entry.split('=')[0]!.trim();
        if (key === GATE) {
          const start = flag.valueOffset + from;
          const span = spanIn(flag, start, start + entry.length);
          const rest = entries.filter((_, i) => i !== index).join(',');
          const fixes: Fix[] = [];
          if (rest !== '' && flag.valueOffset === 0) {
            fixes.push({ title: localize('Remove {0}', GATE), edits: [replaceScalarValue(flag.node, rest)], safe: true });
          } else if (rest !== '' && hasExactSubSpans(flag.node)) {
            fixes.push({ title: localize('Remove {0}', GATE), edits: [{ span: subSpan(flag.node, flag.valueOffset, flag.valueOffset + flag.value.length), newText: rest }], safe: true });
          }
          ctx.report({ span, severity, message, fixes, tags: ['deprecated'] });
        }
        from += entry.length + 1;
      });
    }
    // featureGates maps: kubeadm ClusterConfiguration, KubeletConfiguration, KubeProxyConfiguration.
    for (const resource of resourcesOf(ctx.file)) {
      const ours = resource.group === 'kubeadm.k8s.io' || resource.group === 'kubelet.config.k8s.io' || resource.group === 'kubeproxy.config.k8s.io';
      if (!ours) continue;
      const gates = get(resource.root, 'featureGates');
      if (!isMap(gates)) continue;
      for (const pair of gates.items as Pair[]) {
        if (!isScalar(pair.key) || pair.key.value !== GATE || !pair.key.range) continue;
        const span: Span = { start: pair.key.range[0], end: pair.key.range[1] };
        const edit = removeMapPair(ctx.file.text, gates, pair);
        ctx.report({ span, severity, message, fixes: edit ? [{ title: localize('Remove {0}', GATE), edits: [edit], safe: true }] : [], tags: ['deprecated'] });
      }
    }
  },
});

/** The part of the flag's scalar from `start` to `end` (offsets in the scalar's value), or the whole value. */
function spanIn(flag: Flag, start: number, end: number): Span {
  return subSpan(flag.node, start, end);
}
