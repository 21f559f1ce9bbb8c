import rule from '../../../server/src/rules/kubernetes/service-ignored-field';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        type: LoadBalancer
        loadBalancerIP: 203.0.113.10
        externalIPs: [203.0.113.11]
        ports: [{port: 443}]
    `,
    { name: 'sessionAffinity None on a headless Service', yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: None
        sessionAffinity: None
    ` },
  ],
  invalid: [
    {
      name: 'fields a headless Service ignores',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: None
          externalIPs: [203.0.113.11]
        # ^^^^^^^^^^^ warning NL213: spec.externalIPs is ignored for headless services
          sessionAffinity: ClientIP
        # ^^^^^^^^^^^^^^^ warning NL213: spec.SessionAffinity is ignored for headless services
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: None
        # ^^^^^^^^^^^ warning NL213: spec.externalIPs is ignored for headless services
        # ^^^^^^^^^^^^^^^ warning NL213: spec.SessionAffinity is ignored for headless services
      `,
    },
    {
      name: 'externalName outside an ExternalName Service, loadBalancerIP outside a LoadBalancer',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: NodePort
          externalName: db.example.com
        # ^^^^^^^^^^^^ warning NL213: spec.externalName is ignored when spec.type is not "ExternalName"
          loadBalancerIP: 203.0.113.10
        # ^^^^^^^^^^^^^^ warning NL213: spec.loadBalancerIP is ignored when spec.type is not "LoadBalancer"
          ports: [{port: 80}]
      `,
    },
    {
      name: 'externalIPs on an ExternalName Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: ExternalName
          externalName: db.example.com
          externalIPs: [203.0.113.11]
        # ^^^^^^^^^^^ warning NL213: spec.externalIPs is ignored when spec.type is "ExternalName"
      `,
    },
  ],
});
