// NL213: a Service field that its type or headlessness makes the API server ignore (pkg/api/service/warnings.go),
// plus loadBalancerIP outside a LoadBalancer Service, which nothing reads.

import { isSeq, type Pair } from 'yaml';
import type { Fix } from '../../types';
import { asMap, pairOf, stringAt } from '../../yaml/nodes';
import { defineRule } from '../rule';
import { removePair } from './pair-edits';
import { keySpan } from './service-spec';
import { servicesOf } from './service';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL213',
  name: 'service-ignored-field',
  group: 'kubernetes',
  severity: 'warning',
  description: 'A Service field that is ignored: loadBalancerIP, externalIPs or sessionAffinity on a headless Service, externalIPs on an ExternalName Service, externalName on any other type, loadBalancerIP outside a LoadBalancer.',
  upstream: {
    tool: 'kube-apiserver',
    source: 'pkg/api/service/warnings.go GetWarningsForService',
    note: 'kubectl prints these as "Warning: ..." and the Service is created; loadBalancerIP on another type draws no warning upstream but is never read.',
  },
  fixable: true,
  check(ctx) {
    for (const svc of servicesOf(ctx.file)) {
      const spec = asMap(svc.spec);
      const report = (pair: Pair<unknown, unknown> | undefined, message: string): void => {
        if (!pair) return;
        const span = keySpan(pair);
        if (!span) return;
        const edit = spec ? removePair(ctx.file.text, spec, pair) : undefined;
        const fixes: Fix[] = edit ? [{ title: localize('Remove the ignored field'), edits: [edit], safe: true }] : [];
        ctx.report({ span, message, fixes, tags: ['unnecessary'] });
      };
      const set = (key: string): Pair<unknown, unknown> | undefined => {
        const pair = pairOf(svc.spec, key);
        if (!pair || pair.value === null || pair.value === undefined) return undefined;
        if (isSeq(pair.value)) return pair.value.items.length > 0 ? pair : undefined;
        const s = stringAt(pair.value, ['spec', key]);
        return s && s.value !== '' ? pair : undefined;
      };
      const headless = svc.clusterIP?.value === 'None';
      if (headless) {
        report(set('loadBalancerIP'), 'spec.loadBalancerIP is ignored for headless services');
        report(set('externalIPs'), 'spec.externalIPs is ignored for headless services');
        const affinity = set('sessionAffinity');
        if (affinity && stringAt(affinity.value, [])?.value !== 'None') report(affinity, 'spec.SessionAffinity is ignored for headless services');
      } else if (svc.type !== 'LoadBalancer') {
        report(set('loadBalancerIP'), 'spec.loadBalancerIP is ignored when spec.type is not "LoadBalancer"');
      }
      if (svc.type !== 'ExternalName') report(set('externalName'), 'spec.externalName is ignored when spec.type is not "ExternalName"');
      if (svc.type === 'ExternalName') report(set('externalIPs'), 'spec.externalIPs is ignored when spec.type is "ExternalName"');
    }
  },
});
