// NL608: a control-plane static pod whose network flags differ from the cluster config that encloses it (kubeadm
// writes these manifests from that config), or a kube-controller-manager whose service range differs from the
// kube-apiserver's.

import { defineRule } from '../rule';
import type { Span } from '../../text/span';
import { isTemplatedValue } from '../../yaml/template';
import { componentsOf, flagItems, lastFlag, type ComponentFlags } from '../kubeadm/control-plane';
import { allocatesNodeCidrs } from '../kubeadm/components';
import type { NetRange } from '../../workspace/types';
import { clusterIn, describeOrigin, relatedAt, rangesText } from '../../workspace/view';

function flagRanges(component: ComponentFlags, name: string): { text: string; span: Span } | undefined {
  const flag = lastFlag(component, name);
  if (!flag || flag.value === '' || isTemplatedValue(flag.value)) return undefined;
  const items = flagItems(flag);
  if (items.some((i) => !i.cidr)) return undefined;
  return { text: items.map((i) => i.cidr!.canonical).join(','), span: flag.span };
}

export default defineRule({
  code: 'NL608',
  name: 'control-plane-flags-config',
  group: 'workspace',
  severity: 'warning',
  description: 'A kube-apiserver or kube-controller-manager static pod runs with a service range, pod range or node mask that differs from the cluster config.',
  upstream: {
    tool: 'kubeadm',
    source: 'cmd/kubeadm/app/phases/controlplane/manifests.go (the flags come from networking.serviceSubnet, podSubnet and the node masks)',
    note: 'The running component follows its flags; kubeadm upgrade rewrites the manifests from the config, so the two must agree.',
  },
  fixable: false,
  check(ctx) {
    const cluster = clusterIn(ctx.workspace);
    if (!cluster || cluster.level === 'settings') return;
    for (const component of componentsOf(ctx.file)) {
      if (component.source !== 'static-pod') continue;
      const compare = (flag: string, mine: { text: string; span: Span } | undefined, theirs: readonly NetRange[] | null | undefined, what: string) => {
        if (!mine || !theirs || theirs.length === 0) return;
        // In a cluster made of flags, the defining flag is itself; only other documents can disagree with it.
        if (theirs.every((r) => r.origin.uri === ctx.file.source.uri && r.origin.span?.start === mine.span.start)) return;
        const expected = rangesText(theirs);
        if (mine.text === expected) return;
        ctx.report({
          span: mine.span,
          message: `${component.component} --${flag} ${mine.text} differs from the cluster's ${what} ${expected} (${describeOrigin(theirs[0]!.origin, ctx.workspace)}): the running ${component.component} follows the flag, the config says otherwise`,
          related: theirs.flatMap((r) => relatedAt(r.origin, `${what} ${r.cidr.canonical}`)),
        });
      };
      if (component.component === 'kube-apiserver') {
        if (cluster.level === 'config') compare('service-cluster-ip-range', flagRanges(component, 'service-cluster-ip-range'), cluster.services, 'service range');
      } else if (component.component === 'kube-controller-manager') {
        compare('service-cluster-ip-range', flagRanges(component, 'service-cluster-ip-range'), cluster.services, 'service range');
        if (cluster.level === 'config' && allocatesNodeCidrs(component)) compare('cluster-cidr', flagRanges(component, 'cluster-cidr'), cluster.pods, 'pod range');
        if (cluster.level !== 'config') continue;
        for (const family of ['IPv4', 'IPv6'] as const) {
          const flag = lastFlag(component, `node-cidr-mask-size-${family.toLowerCase()}`);
          const expected = cluster.nodeMasks[family];
          if (!flag || !expected || expected.origin.isDefault || !/^\d+$/.test(flag.value) || Number(flag.value) === expected.value) continue;
          ctx.report({
            span: flag.span,
            message: `kube-controller-manager --${flag.name} ${flag.value} differs from the cluster's ${family} node mask /${expected.value} (${describeOrigin(expected.origin, ctx.workspace)}): the running kube-controller-manager follows the flag`,
            related: relatedAt(expected.origin, `${family} node mask /${expected.value}`),
          });
        }
      }
    }
  },
});
