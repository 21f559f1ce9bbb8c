import rule from '../../../server/src/rules/kubernetes/network-policy-ip-block';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: p}
      spec:
        podSelector: {}
        ingress:
        - from:
          - ipBlock:
              cidr: 172.17.0.0/16
              except: [172.17.1.0/24]
          - namespaceSelector: {matchLabels: {project: a}}
            podSelector: {matchLabels: {role: frontend}}
        egress:
        - to:
          - ipBlock: {cidr: "fd00:192:168::/48", except: ["fd00:192:168:3::/64"]}
    `,
  ],
  invalid: [
    {
      name: 'except outside cidr: removing it is safe',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 192.168.8.0/24
                except:
                - 192.168.9.0/24
        #         ^^^^^^^^^^^^^^ error NL228: spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.0/24": must be a strict subset of \`cidr\` (outside 192.168.8.0/24)
                - 192.168.8.128/25
      `,
      output: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock:
                cidr: 192.168.8.0/24
                except:
        #         ^^^^^^^^^^^^^^ error NL228: spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.9.0/24": must be a strict subset of \`cidr\` (outside 192.168.8.0/24)
                - 192.168.8.128/25
      `,
    },
    {
      name: 'except equal to cidr, of the other family, a missing cidr, a mixed peer',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p}
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: 10.0.0.0/24, except: [10.0.0.0/24, "fd00::/64"]}
        #                                           ^^^^^^^^^^^ error NL228: spec.egress[0].to[0].ipBlock.except[0]: Invalid value: "10.0.0.0/24": must be a strict subset of \`cidr\` (not smaller than 10.0.0.0/24)
        #                                                        ^^^^^^^^^^^ error NL228: spec.egress[0].to[0].ipBlock.except[1]: Invalid value: "fd00::/64": must be a strict subset of \`cidr\` (IPv6 inside an IPv4 cidr)
            - ipBlock: {except: [10.0.0.0/24]}
        #               ^^^^^^ error NL228: spec.egress[0].to[1].ipBlock.cidr: Required value
            - podSelector: {}
        #     ^^^^^^^^^^^ error NL228: spec.egress[0].to[2]: Forbidden: may not specify both ipBlock and another peer
              ipBlock: {cidr: 10.0.0.0/8}
            - {}
        #     ^^ error NL228: spec.egress[0].to[3]: Required value: must specify a peer
      `,
    },
  ],
});
