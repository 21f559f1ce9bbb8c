// Rule table for NL100 ip-syntax: a field that holds an IP address holds something else (apimachinery IsValidIPForLegacyField / IsValidIP, kubeadm ValidateAPIEndpoint).

import rule from '../../../server/src/rules/address/ip-syntax';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';
import { emptyValueTester } from '../empty-value';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
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
    {
      name: 'TestValidateServiceCreate "invalid, NONE + IP": None first with a second IP is another error, not this one',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          clusterIP: None
          clusterIPs: [None, "2001::1"]
      `,
    },
    {
      name: 'TestValidateServiceCreate "valid, multi ips, multi ipfamilies (4,6)"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          clusterIP: 10.0.0.1
          clusterIPs: [10.0.0.1, "2001::1"]
          ipFamilies: [IPv4, IPv6]
      `,
    },
    {
      name: 'an empty advertiseAddress means "detect it" (kubeadm), an empty loadBalancerIP and hostIP mean unset',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: JoinConfiguration
        controlPlane:
          localAPIEndpoint: {advertiseAddress: ""}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerIP: ""
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: c, image: nginx, ports: [{containerPort: 80, hostIP: ""}]}]
      `,
    },
    {
      name: 'sloppy but parseable forms belong to NL102 and NL104, not here',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs: [010.1.2.3, "::ffff:10.1.2.3", "2001:DB8::1"]
      `,
    },
    {
      name: 'IPv4-embedded IPv6 and the unspecified addresses parse',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: e}
        subsets:
        - addresses: [{ip: "64:ff9b::192.0.2.33"}, {ip: "::"}]
          notReadyAddresses: [{ip: 0.0.0.0}]
      `,
    },
    {
      name: 'IPAddress with a canonical IPv6 name',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata: {name: "2001:db8::a"}
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: s}
      `,
    },
    {
      name: 'fields that are not addresses: annotations, Node status host names, the Service externalName',
      yaml: y`
        apiVersion: v1
        kind: Node
        metadata:
          name: n1
          annotations: {flannel.alpha.coreos.com/public-ip: "not checked"}
        status:
          addresses: [{type: Hostname, address: node-1}, {type: InternalIP, address: 10.0.0.4}]
      `,
    },
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
    {
      name: 'TestValidateServiceCreate "invalid publicIPs host": a host name in externalIPs',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalTrafficPolicy: Cluster
          externalIPs: ["myhost.mydomain"]
          #              ^^^^^^^^^^^^^^^ error NL100: spec.externalIPs[0]: Invalid value: "myhost.mydomain": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("myhost.mydomain" looks like a host name; an IP address is required here)
          ports: [{port: 80}]
      `,
    },
    {
      name: 'TestValidateServiceCreate "invalid, garbage second ip"',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ipFamilyPolicy: RequireDualStack
          clusterIP: "2001::1"
          clusterIPs: ["2001::1", garbage-ip]
          #                       ^^^^^^^^^^ error NL100: spec.clusterIPs[1]: Invalid value: "garbage-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("garbage-ip" is a host name, not an IP address)
      `,
    },
    {
      name: 'clusterIPs without clusterIP: every entry is still parsed',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIPs:
          - garbage-ip
          # ^^^^^^^^^^ error NL100: spec.clusterIPs[0]: Invalid value: "garbage-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("garbage-ip" is a host name, not an IP address)
          - garbage-second-ip
          # ^^^^^^^^^^^^^^^^^ error NL100: spec.clusterIPs[1]: Invalid value: "garbage-second-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("garbage-second-ip" is a host name, not an IP address)
      `,
    },
    {
      name: 'an IPv6 zone is not allowed',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          externalIPs:
          - fe80::1%eth0
          # ^^^^^^^^^^^^ error NL100: spec.externalIPs[0]: Invalid value: "fe80::1%eth0": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (a zone identifier ("%eth0") is not allowed here: use "fe80::1")
      `,
    },
    {
      name: 'an address with a port',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: e}
        subsets:
        - addresses:
          - ip: 10.1.2.3:8080
          #     ^^^^^^^^^^^^^ error NL100: subsets[0].addresses[0].ip: Invalid value: "10.1.2.3:8080": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (a port is not allowed here: use "10.1.2.3" without ":8080")
      `,
    },
    {
      name: 'an octet over 255 in notReadyAddresses',
      yaml: y`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: e}
        subsets:
        - notReadyAddresses: [{ip: 10.1.2.300}]
        #                          ^^^^^^^^^^ error NL100: subsets[0].notReadyAddresses[0].ip: Invalid value: "10.1.2.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (IPv4 octet 300 is larger than 255)
      `,
    },
    {
      name: 'a CIDR where a single address is expected (hostAliases in a Deployment template)',
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              hostAliases:
              - ip: 10.0.0.0/8
              #     ^^^^^^^^^^ error NL100: spec.template.spec.hostAliases[0].ip: Invalid value: "10.0.0.0/8": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("10.0.0.0/8" is a CIDR block, but a single IP address is expected here)
                hostnames: [db]
              containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'brackets around a nameserver (CronJob template)',
      yaml: y`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  dnsConfig:
                    nameservers: ["[2001:db8::53]"]
                    #              ^^^^^^^^^^^^^^ error NL100: spec.jobTemplate.spec.template.spec.dnsConfig.nameservers[0]: Invalid value: "[2001:db8::53]": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (brackets are only used around an IPv6 address followed by a port: use "2001:db8::53")
                  containers: [{name: c, image: busybox}]
      `,
    },
    {
      name: 'KYAML flow style with quoted strings',
      yaml: y`
        {apiVersion: "v1", kind: "Pod", metadata: {name: "p"}, spec: {hostAliases: [{ip: "10.0.0.256", hostnames: ["x"]}], containers: [{name: "c", image: "nginx"}]}}
        #                                                                                 ^^^^^^^^^^ error NL100: spec.hostAliases[0].ip: Invalid value: "10.0.0.256": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (IPv4 octet 256 is larger than 255)
      `,
    },
    {
      name: 'an item of a List',
      yaml: y`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: s}
          spec:
            externalIPs: [203.0.113.7, 203.0.113]
            #                          ^^^^^^^^^ error NL100: spec.externalIPs[1]: Invalid value: "203.0.113": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (IPv4 address "203.0.113" has 3 octets; it needs exactly 4 decimal octets (short forms like 127.1 are not accepted))
      `,
    },
    {
      name: 'IPAddress names are always parsed strictly',
      yaml: y`
        apiVersion: networking.k8s.io/v1
        kind: IPAddress
        metadata:
          name: 10.96.0.10/32
          #     ^^^^^^^^^^^^^ error NL100: metadata.name: Invalid value: "10.96.0.10/32": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("10.96.0.10/32" is a CIDR block, but a single IP address is expected here)
        spec:
          parentRef: {group: "", resource: services, namespace: default, name: kube-dns}
      `,
    },
    {
      name: 'kubeadm JoinConfiguration control-plane endpoint',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: JoinConfiguration
        controlPlane:
          localAPIEndpoint:
            advertiseAddress: 192.168.0.256
            #                 ^^^^^^^^^^^^^ error NL100: controlPlane.localAPIEndpoint.advertiseAddress: Invalid value: "192.168.0.256": ip address is not valid (IPv4 octet 256 is larger than 255)
            bindPort: 6443
      `,
    },
    {
      name: 'kubeadm v1beta3 InitConfiguration with a host name',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: InitConfiguration
        localAPIEndpoint:
          advertiseAddress: master-1.example.com
          #                 ^^^^^^^^^^^^^^^^^^^^ error NL100: localAPIEndpoint.advertiseAddress: Invalid value: "master-1.example.com": ip address is not valid ("master-1.example.com" looks like a host name; an IP address is required here)
      `,
    },
    {
      name: 'loadBalancerIP is not validated by the API server: a warning',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          type: LoadBalancer
          loadBalancerIP: lb.example.com
          #               ^^^^^^^^^^^^^^ warning NL100: spec.loadBalancerIP: "lb.example.com" is not an IP address ("lb.example.com" looks like a host name; an IP address is required here); the API server does not check this field, so the mistake shows up only later
      `,
    },
    {
      name: 'containers[].ports[].hostIP is not validated either: a warning (StatefulSet, initContainers)',
      yaml: y`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          serviceName: s
          selector: {matchLabels: {app: s}}
          template:
            metadata: {labels: {app: s}}
            spec:
              initContainers:
              - name: init
                image: busybox
                ports: [{containerPort: 9000, hostIP: "0.0.0.0:9000"}]
                #                                      ^^^^^^^^^^^^ warning NL100: spec.template.spec.initContainers[0].ports[0].hostIP: "0.0.0.0:9000" is not an IP address (a port is not allowed here: use "0.0.0.0" without ":9000"); the API server does not check this field, so the mistake shows up only later
              containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'a trailing space inside the quotes',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          dnsConfig:
            nameservers: ["8.8.8.8 "]
            #              ^^^^^^^^ error NL100: spec.dnsConfig.nameservers[0]: Invalid value: "8.8.8.8 ": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (leading or trailing whitespace is not allowed: use "8.8.8.8")
          containers: [{name: c, image: nginx}]
      `,
    },
    {
      name: 'TestValidateServiceCreate "invalid cluster ip": clusterIP and clusterIPs hold the same value, one error, on clusterIPs[0]',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: invalid
          clusterIPs: [invalid]
          #            ^^^^^^^ error NL100: spec.clusterIPs[0]: Invalid value: "invalid": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("invalid" is a host name, not an IP address)
      `,
    },
    {
      name: 'a lone clusterIP is copied into clusterIPs before validation (normalizeClusterIPs), so the path is clusterIPs[0]',
      yaml: y`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          clusterIP: garbage-ip
          #          ^^^^^^^^^^ error NL100: spec.clusterIPs[0]: Invalid value: "garbage-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) ("garbage-ip" is a host name, not an IP address)
          ports: [{port: 80}]
      `,
    },
  ],
});

emptyValueTester(rule, [
  {
    name: 'TestValidateServiceCreate "invalid, IP + EMPTY STRING"',
    yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: s}
      spec:
        ipFamilyPolicy: RequireDualStack
        clusterIP: "2001::1"
        clusterIPs: ["2001::1", ""]
    `,
    after: '"2001::1", "',
    severity: 'error',
    message: 'spec.clusterIPs[1]: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (the value is empty; an IP address is expected)',
  },
  {
    name: 'an empty nameserver',
    yaml: y`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        dnsConfig: {nameservers: ['']}
        containers: [{name: c, image: nginx}]
    `,
    after: "nameservers: ['",
    severity: 'error',
    message: 'spec.dnsConfig.nameservers[0]: Invalid value: "": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) (the value is empty; an IP address is expected)',
  },
]);
