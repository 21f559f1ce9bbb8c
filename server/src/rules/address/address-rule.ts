// Builds an address rule from its metadata: the check reports this rule's share of the file's address verdicts.

import { defineRule, type Rule } from '../rule';
import { addressVerdicts } from './verdicts';

export function addressRule(meta: Omit<Rule, 'check' | 'group'>): Rule {
  return defineRule({
    ...meta,
    group: 'address',
    check(ctx) {
      for (const v of addressVerdicts(ctx.file, ctx.settings)) {
        if (v.code !== meta.code) continue;
        ctx.report({ span: v.span, message: v.message, severity: v.severity, fixes: v.fixes });
      }
    },
  });
}
