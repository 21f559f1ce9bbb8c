import rule from '../../../server/src/rules/address/ip-syntax';
import { ruleTester, y } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: None
        clusterIPs: [None]
        externalIPs: [203.0.113.7, "2001:db8::7"]
    `,
    y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        clusterIP: ""
    `,
    y`
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: InitConfiguration
      localAPIEndpoint:
        advertiseAddress: 10.100.0.1
        bindPort: 6443
    `,
  ],
  invalid: [
    {
      name: 'a hostname where an IP must be',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs:
          - example.com
        #   ^^^^^^^^^^^ error NL100: spec.externalIPs[0]: Invalid value: "example.com": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("example.com" looks like a host name; an IP address is required here)
      `,
    },
    {
      name: 'kubeadm wording',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: "1.2.34"
        #                    ^^^^^^ error NL100: localAPIEndpoint.advertiseAddress: Invalid value: "1.2.34": ip address is not valid (IPv4 address "1.2.34" has 3 octets; it needs exactly 4 decimal octets (short forms like 127.1 are not accepted))
      `,
    },
  ],
});
