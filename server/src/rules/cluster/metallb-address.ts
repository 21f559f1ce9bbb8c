// NL541: each MetalLB pool address is a CIDR or a start-end range, parsed as MetalLB parses them.

import { defineRule } from '../rule';
import { replaceScalarValue } from '../../yaml/edits';
import { metalLbPools } from './metallb';
import { localize } from '../../l10n/localize';

export default defineRule({
  code: 'NL541',
  name: 'metallb-address',
  group: 'cluster',
  severity: 'error',
  description: 'A MetalLB IPAddressPool address does not parse, is a reversed range, mixes families, or is a CIDR with host bits.',
  upstream: { tool: 'MetalLB', source: 'internal/config/config.go ParseCIDR, addressPoolFromCR, poolsFor' },
  fixable: true,
  check(ctx) {
    for (const pool of metalLbPools(ctx.file)) {
      const name = pool.name?.value ?? '';
      for (const address of pool.addresses) {
        if (!address.ok) {
          ctx.report({
            span: address.value.span,
            message: `parsing address pool ${name}: invalid CIDR ${JSON.stringify(address.value.value)} in pool ${JSON.stringify(name)}: ${address.error}`,
          });
        } else if (address.mixed) {
          ctx.report({
            span: address.value.span,
            severity: 'warning',
            message: `spec.addresses: the range ${JSON.stringify(address.value.value)} starts in one IP family and ends in the other; MetalLB accepts it but it holds no addresses`,
          });
        } else if (address.hostBits) {
          const network = address.hostBits.canonical;
          ctx.report({
            span: address.value.span,
            severity: 'warning',
            message: `spec.addresses: ${JSON.stringify(address.value.value)} has host bits set; MetalLB uses the whole block ${network} (${address.count} addresses): write ${JSON.stringify(network)}, or ${JSON.stringify(`${address.value.value.split('/')[0]}/${address.hostBits.bits}`)} for one address`,
            fixes: [{ title: localize('Write {0}', network), edits: [replaceScalarValue(address.value.node, network)], safe: true }],
          });
        }
      }
    }
  },
});
