// Every rule NetLens has, in code order. A rule is added here and nowhere else.

import type { Rule } from './rule';
import yamlSyntax from './yaml/yaml-syntax';
import ipSyntax from './address/ip-syntax';
import cidrSyntax from './address/cidr-syntax';
import nonStandardAddress from './address/non-standard-address';
import cidrHostBits from './address/cidr-host-bits';
import ipv6NonCanonical from './address/ipv6-non-canonical';
import addressPlaceholder from './address/address-placeholder';
import serviceIpFamiliesValue from './kubernetes/service-ip-families-value';
import serviceIpFamiliesDuplicate from './kubernetes/service-ip-families-duplicate';
import serviceIpFamilyPolicyValue from './kubernetes/service-ip-family-policy-value';
import serviceSingleStackMultiFamily from './kubernetes/service-single-stack-multi-family';
import serviceRemovedIpFamily from './kubernetes/service-removed-ip-family';
import kubeadmSubnetDualStack from './kubeadm/kubeadm-subnet-dual-stack';
import composePortSyntax from './compose/compose-port-syntax';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  ipSyntax,
  cidrSyntax,
  nonStandardAddress,
  cidrHostBits,
  ipv6NonCanonical,
  addressPlaceholder,
  serviceIpFamiliesValue,
  serviceIpFamiliesDuplicate,
  serviceIpFamilyPolicyValue,
  serviceSingleStackMultiFamily,
  serviceRemovedIpFamily,
  kubeadmSubnetDualStack,
  composePortSyntax,
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
