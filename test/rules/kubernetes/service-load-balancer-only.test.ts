import rule from '../../../server/src/rules/kubernetes/service-load-balancer-only';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata:
        name: s
        annotations:
          service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8
      spec:
        type: LoadBalancer
        loadBalancerClass: example.com/lb
        allocateLoadBalancerNodePorts: false
        loadBalancerSourceRanges: [192.0.2.0/24]
        ports: [{port: 443}]
    `,
    { name: 'an empty list is not set', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        loadBalancerSourceRanges: []
        ports: [{port: 443}]
    ` },
  ],
  invalid: [
    {
      name: 'source ranges on a ClusterIP Service (upstream writes the path with a capital L)',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          loadBalancerSourceRanges:
        # ^^^^^^^^^^^^^^^^^^^^^^^^ error NL214: spec.LoadBalancerSourceRanges: Forbidden: may only be used when \`type\` is 'LoadBalancer'
          - 192.0.2.0/24
          ports: [{port: 443}]
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports: [{port: 443}]
      `,
    },
    {
      name: 'the annotation, even empty, and the other LoadBalancer fields',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata:
          name: s
          annotations:
            service.beta.kubernetes.io/load-balancer-source-ranges: ""
        #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL214: metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Forbidden: may only be used when \`type\` is 'LoadBalancer'
        spec:
          type: NodePort
          allocateLoadBalancerNodePorts: true
        # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL214: spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when \`type\` is 'LoadBalancer'
          loadBalancerClass: example.com/lb
        # ^^^^^^^^^^^^^^^^^ error NL214: spec.loadBalancerClass: Forbidden: may only be used when \`type\` is 'LoadBalancer'
          ports: [{port: 443}]
      `,
    },
  ],
});
