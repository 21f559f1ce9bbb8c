// NL235: an IPAddress object must say which object holds the address: spec.parentRef with a resource and a name.

import { asMap, get, pairOf, stringAt } from '../../yaml/nodes';
import { resourcesOf } from '../../yaml/resources';
import { isTemplatedValue } from '../../yaml/template';
import { defineRule } from '../rule';
import { dnsSubdomainProblems, invalid, required } from './k8s-validation';
import { anchorOf, intact, keySpan, kindSpan } from './service-spec';
import { unservedVersion } from './multi-cidr-api';

/** apimachinery path validation IsValidPathSegmentName. */
function pathSegmentProblems(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const out: string[] = [];
  if (name.includes('/')) out.push("may not contain '/'");
  if (name.includes('%')) out.push("may not contain '%'");
  return out;
}

export default defineRule({
  code: 'NL235',
  name: 'ip-address-parent-ref',
  group: 'kubernetes',
  severity: 'error',
  description: 'An IPAddress needs spec.parentRef with a resource and a name (the object the address is allocated to), and exists in the target version.',
  upstream: { tool: 'kube-apiserver', source: 'pkg/apis/networking/validation/validation.go ValidateIPAddress, validateIPAddressParentReference' },
  fixable: false,
  check(ctx) {
    for (const r of resourcesOf(ctx.file, ['kubernetes'])) {
      if (r.kind !== 'IPAddress' || r.group !== 'networking.k8s.io') continue;
      const unserved = unservedVersion(r, ctx.settings);
      if (unserved) {
        ctx.report(unserved);
        continue;
      }
      const spec = get(r.root, 'spec');
      const ref = asMap(get(spec, 'parentRef'));
      if (!ref) {
        if (!intact(r)) continue;
        const present = pairOf(spec, 'parentRef');
        const span = present ? keySpan(present) : kindSpan(r.root);
        if (span) ctx.report({ span, message: required(['spec', 'parentRef']) });
        continue;
      }
      const path = ['spec', 'parentRef'];
      const field = (key: string) => stringAt(get(ref, key), [...path, key]);
      const group = field('group');
      if (group && group.value !== '' && !isTemplatedValue(group.value)) {
        for (const p of dnsSubdomainProblems(group.value)) ctx.report({ span: group.span, message: invalid(group.path, group.value, p) });
      }
      for (const key of ['resource', 'name'] as const) {
        const v = field(key);
        if (v && isTemplatedValue(v.value)) continue;
        if (!v || v.value === '') {
          if (v || intact(r)) ctx.report({ span: v?.span ?? anchorOf(ref), message: required([...path, key]) });
        } else for (const p of pathSegmentProblems(v.value)) ctx.report({ span: v.span, message: invalid(v.path, v.value, p) });
      }
      const ns = field('namespace');
      if (ns && ns.value !== '' && !isTemplatedValue(ns.value)) {
        for (const p of pathSegmentProblems(ns.value)) ctx.report({ span: ns.span, message: invalid(ns.path, ns.value, p) });
      }
    }
  },
});
