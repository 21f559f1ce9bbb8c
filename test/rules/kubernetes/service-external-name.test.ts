import rule from '../../../server/src/rules/kubernetes/service-external-name';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: db}
      spec:
        type: ExternalName
        externalName: db.prod.example.com.
    `,
    { name: "the family fields of other types are other rules' business", yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: db}
      spec:
        clusterIP: 10.0.0.1
        ipFamilies: [IPv4]
        ports: [{port: 80}]
    ` },
  ],
  invalid: [
    {
      name: 'cluster IP fields on an ExternalName Service',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
          externalName: db.example.com
          clusterIP: None
        # ^^^^^^^^^ error NL211: spec.clusterIPs: Forbidden: may not be set for ExternalName services
          ipFamilyPolicy: SingleStack
        # ^^^^^^^^^^^^^^ error NL211: spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services
      `,
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
          externalName: db.example.com
        # ^^^^^^^^^ error NL211: spec.clusterIPs: Forbidden: may not be set for ExternalName services
        # ^^^^^^^^^^^^^^ error NL211: spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services
      `,
    },
    {
      // Found by the fuzz suite: both fields removed from one flow mapping took the comma between them twice.
      name: 'fuzz: cluster IP fields side by side in a flow mapping go in one edit',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec: {clusterIPs: [10.0.0.1], clusterIP: 10.0.0.1, type: ExternalName, externalName: db.example.com}
        #      ^^^^^^^^^^ error NL211: spec.clusterIPs: Forbidden: may not be set for ExternalName services
      `,
      fixes: ['Remove the cluster IP fields'],
      output: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec: {type: ExternalName, externalName: db.example.com}
        #      ^^^^^^^^^^ error NL211: spec.clusterIPs: Forbidden: may not be set for ExternalName services
      `,
    },
    {
      name: 'no externalName',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
        #       ^^^^^^^^^^^^ error NL211: spec.externalName: Required value
      `,
    },
    {
      name: 'not a DNS name',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
          externalName: DB_HOST.example.com
        #               ^^^^^^^^^^^^^^^^^^^ error NL211: spec.externalName: Invalid value: "DB_HOST.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')
      `,
    },
    {
      name: 'an IPv4 address passes as a name but is never resolved',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
          externalName: 10.1.2.3
        #               ^^^^^^^^ warning NL211: spec.externalName: "10.1.2.3" is an IP address; an ExternalName Service publishes it as a DNS CNAME target, which DNS servers do not resolve (use a Service without a selector and an EndpointSlice instead)
      `,
    },
  ],
});
