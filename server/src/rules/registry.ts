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
import kubeadmSubnetTooSmall from './kubeadm/kubeadm-subnet-too-small';
import kubeadmServiceSubnetTooLarge from './kubeadm/kubeadm-service-subnet-too-large';
import kubeadmSubnetSiteLocal from './kubeadm/kubeadm-subnet-site-local';
import kubeadmPodSubnetNodeMask from './kubeadm/kubeadm-pod-subnet-node-mask';
import kubeadmExtraArgsForm from './kubeadm/kubeadm-extra-args-form';
import kubeadmControlPlaneEndpoint from './kubeadm/kubeadm-control-plane-endpoint';
import kubeadmBindPort from './kubeadm/kubeadm-bind-port';
import kubeadmApiServerEndpoint from './kubeadm/kubeadm-api-server-endpoint';
import kubeletNodeIp from './kubeadm/kubelet-node-ip';
import kubeadmNodeIpFamilies from './kubeadm/kubeadm-node-ip-families';
import kubeadmBootstrapToken from './kubeadm/kubeadm-bootstrap-token';
import kubeadmCaCertHashes from './kubeadm/kubeadm-ca-cert-hashes';
import kubeadmCertSans from './kubeadm/kubeadm-cert-sans';
import kubeadmSubnetOverlap from './kubeadm/kubeadm-subnet-overlap';
import kubeadmAdvertiseAddressNodeIp from './kubeadm/kubeadm-advertise-address-node-ip';
import kubeProxyClusterCidr from './kubeadm/kube-proxy-cluster-cidr';
import apiserverServiceRangeDualStack from './kubeadm/apiserver-service-range-dual-stack';
import apiserverServiceRangeSize from './kubeadm/apiserver-service-range-size';
import apiserverAdvertiseAddressFamily from './kubeadm/apiserver-advertise-address-family';
import controllerManagerClusterCidr from './kubeadm/controller-manager-cluster-cidr';
import controllerManagerNodeMaskFlags from './kubeadm/controller-manager-node-mask-flags';
import controllerManagerNodeMaskSize from './kubeadm/controller-manager-node-mask-size';
import removedDualStackFeatureGate from './kubeadm/removed-dual-stack-feature-gate';
import kindIpFamily from './cluster/kind-ip-family';
import kindSubnet from './cluster/kind-subnet';
import kindPort from './cluster/kind-port';
import kindPortMappingConflict from './cluster/kind-port-mapping-conflict';
import kindApiServerAddress from './cluster/kind-api-server-address';
import baremetalServiceCidrs from './cluster/baremetal-service-cidrs';
import baremetalPodCidrs from './cluster/baremetal-pod-cidrs';
import baremetalAddressPool from './cluster/baremetal-address-pool';
import baremetalLbFamilies from './cluster/baremetal-lb-families';
import baremetalCidrConfig from './cluster/baremetal-cidr-config';
import baremetalPerNodeEqual from './cluster/baremetal-per-node-equal';
import baremetalIslandCidr from './cluster/baremetal-island-cidr';
import baremetalNamespace from './cluster/baremetal-namespace';
import baremetalOverlap from './cluster/baremetal-overlap';
import metallbAddress from './cluster/metallb-address';
import metallbEmptyPool from './cluster/metallb-empty-pool';
import metallbOverlap from './cluster/metallb-overlap';
import calicoPoolCidr from './cluster/calico-pool-cidr';
import calicoBlockSize from './cluster/calico-block-size';
import calicoEncapsulation from './cluster/calico-encapsulation';
import calicoPoolOverlap from './cluster/calico-pool-overlap';
import k3sCidr from './cluster/k3s-cidr';
import k3sClusterDns from './cluster/k3s-cluster-dns';
import k3sNodeIp from './cluster/k3s-node-ip';
import composePortSyntax from './compose/compose-port-syntax';
import composeInterpolation from './compose/compose-interpolation';
import composePortYamlTrap from './compose/compose-port-yaml-trap';
import composePortIpv6Brackets from './compose/compose-port-ipv6-brackets';
import composePortLongSyntax from './compose/compose-port-long-syntax';
import composeExposeSyntax from './compose/compose-expose-syntax';
import composePortDuplicate from './compose/compose-port-duplicate';
import composePortConflict from './compose/compose-port-conflict';
import composePortHostNetwork from './compose/compose-port-host-network';
import composeNetworkIpam from './compose/compose-network-ipam';
import composeNetworkIpv6Disabled from './compose/compose-network-ipv6-disabled';
import composeNetworkNoFamily from './compose/compose-network-no-family';
import composeNetworkMultipleSubnets from './compose/compose-network-multiple-subnets';
import composeNetworkOverlap from './compose/compose-network-overlap';
import composeStaticAddress from './compose/compose-static-address';
import composeServiceNetworks from './compose/compose-service-networks';
import composeExtraHosts from './compose/compose-extra-hosts';
import composeDns from './compose/compose-dns';
import composeVersion from './compose/compose-version';
import serviceClusterIpMismatch from './kubernetes/service-cluster-ip-mismatch';
import serviceClusterIpsNone from './kubernetes/service-cluster-ips-none';
import serviceClusterIpsDualStack from './kubernetes/service-cluster-ips-dual-stack';
import serviceClusterIpsFamilyOrder from './kubernetes/service-cluster-ips-family-order';
import serviceImplicitSingleStack from './kubernetes/service-implicit-single-stack';
import serviceExternalName from './kubernetes/service-external-name';
import serviceHeadlessType from './kubernetes/service-headless-type';
import serviceIgnoredField from './kubernetes/service-ignored-field';
import serviceLoadBalancerOnly from './kubernetes/service-load-balancer-only';
import serviceLbSourceRangesAnnotation from './kubernetes/service-lb-source-ranges-annotation';
import servicePortsRequired from './kubernetes/service-ports-required';
import servicePortNumber from './kubernetes/service-port-number';
import servicePortName from './kubernetes/service-port-name';
import servicePortDuplicate from './kubernetes/service-port-duplicate';
import serviceNodePort from './kubernetes/service-node-port';
import serviceExternalTrafficPolicy from './kubernetes/service-external-traffic-policy';
import nonSpecialIp from './kubernetes/non-special-ip';
import portProtocol from './kubernetes/port-protocol';
import containerPort from './kubernetes/container-port';
import hostNetworkHostPort from './kubernetes/host-network-host-port';
import duplicateHostPort from './kubernetes/duplicate-host-port';
import hostIpWithoutHostPort from './kubernetes/host-ip-without-host-port';
import networkPolicyIpBlock from './kubernetes/network-policy-ip-block';
import networkPolicyPort from './kubernetes/network-policy-port';
import endpointSliceAddresses from './kubernetes/endpoint-slice-addresses';
import endpointsAddresses from './kubernetes/endpoints-addresses';
import endpointPort from './kubernetes/endpoint-port';
import nodePodCidrs from './kubernetes/node-pod-cidrs';
import serviceCidrSpec from './kubernetes/service-cidr-spec';
import ipAddressParentRef from './kubernetes/ip-address-parent-ref';
import clusterConfigAmbiguous from './workspace/cluster-config-ambiguous';
import serviceClusterIpRange from './workspace/service-cluster-ip-range';
import serviceIpFamilyConfigured from './workspace/service-ip-family-configured';
import serviceRequireDualStackCluster from './workspace/service-require-dual-stack-cluster';
import servicePreferDualStackCluster from './workspace/service-prefer-dual-stack-cluster';
import clusterRangeOverlap from './workspace/cluster-range-overlap';
import kubeletClusterDnsRange from './workspace/kubelet-cluster-dns-range';
import kubeProxyClusterCidrPodRange from './workspace/kube-proxy-cluster-cidr-pod-range';
import controlPlaneFlagsConfig from './workspace/control-plane-flags-config';
import composeProjectPortConflict from './workspace/compose-project-port-conflict';
import composeProjectNetworks from './workspace/compose-project-networks';

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
  kubeadmSubnetTooSmall,
  kubeadmServiceSubnetTooLarge,
  kubeadmSubnetSiteLocal,
  kubeadmPodSubnetNodeMask,
  kubeadmExtraArgsForm,
  kubeadmControlPlaneEndpoint,
  kubeadmBindPort,
  kubeadmApiServerEndpoint,
  kubeletNodeIp,
  kubeadmNodeIpFamilies,
  kubeadmBootstrapToken,
  kubeadmCaCertHashes,
  kubeadmCertSans,
  kubeadmSubnetOverlap,
  kubeadmAdvertiseAddressNodeIp,
  kubeProxyClusterCidr,
  apiserverServiceRangeDualStack,
  apiserverServiceRangeSize,
  apiserverAdvertiseAddressFamily,
  controllerManagerClusterCidr,
  controllerManagerNodeMaskFlags,
  controllerManagerNodeMaskSize,
  removedDualStackFeatureGate,
  composePortSyntax,
  composeInterpolation,
  composePortYamlTrap,
  composePortIpv6Brackets,
  composePortLongSyntax,
  composeExposeSyntax,
  composePortDuplicate,
  composePortConflict,
  composePortHostNetwork,
  composeNetworkIpam,
  composeNetworkIpv6Disabled,
  composeNetworkNoFamily,
  composeNetworkMultipleSubnets,
  composeNetworkOverlap,
  composeStaticAddress,
  composeServiceNetworks,
  composeExtraHosts,
  composeDns,
  composeVersion,
  serviceClusterIpMismatch,
  serviceClusterIpsNone,
  serviceClusterIpsDualStack,
  serviceClusterIpsFamilyOrder,
  serviceImplicitSingleStack,
  serviceExternalName,
  serviceHeadlessType,
  serviceIgnoredField,
  serviceLoadBalancerOnly,
  serviceLbSourceRangesAnnotation,
  servicePortsRequired,
  servicePortNumber,
  servicePortName,
  servicePortDuplicate,
  serviceNodePort,
  serviceExternalTrafficPolicy,
  nonSpecialIp,
  portProtocol,
  containerPort,
  hostNetworkHostPort,
  duplicateHostPort,
  hostIpWithoutHostPort,
  networkPolicyIpBlock,
  networkPolicyPort,
  endpointSliceAddresses,
  endpointsAddresses,
  endpointPort,
  nodePodCidrs,
  serviceCidrSpec,
  ipAddressParentRef,
  kindIpFamily,
  kindSubnet,
  kindPort,
  kindPortMappingConflict,
  kindApiServerAddress,
  baremetalServiceCidrs,
  baremetalPodCidrs,
  baremetalAddressPool,
  baremetalLbFamilies,
  baremetalCidrConfig,
  baremetalPerNodeEqual,
  baremetalIslandCidr,
  baremetalNamespace,
  baremetalOverlap,
  metallbAddress,
  metallbEmptyPool,
  metallbOverlap,
  calicoPoolCidr,
  calicoBlockSize,
  calicoEncapsulation,
  calicoPoolOverlap,
  k3sCidr,
  k3sClusterDns,
  k3sNodeIp,
  clusterConfigAmbiguous,
  serviceClusterIpRange,
  serviceIpFamilyConfigured,
  serviceRequireDualStackCluster,
  servicePreferDualStackCluster,
  clusterRangeOverlap,
  kubeletClusterDnsRange,
  kubeProxyClusterCidrPodRange,
  controlPlaneFlagsConfig,
  composeProjectPortConflict,
  composeProjectNetworks,
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
