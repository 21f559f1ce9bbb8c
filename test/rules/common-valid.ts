// Real-world shapes that no rule may flag: every rule table starts its valid list with these, so a rule
// that reaches too far (another kind with the same field names, a template, CRLF text) shows up at once.

import { y, type Case } from '../rule-tester';

/** Turns `\n` into `\r\n`, for files written on Windows. */
export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}

export const COMMON_VALID: readonly Case[] = [
  {
    name: 'a dual-stack Service in KYAML flow style with quoted strings',
    yaml: y`
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: {name: "web", namespace: "default"},
        spec: {
          type: "ClusterIP",
          ipFamilyPolicy: "RequireDualStack",
          ipFamilies: ["IPv6", "IPv4"],
          clusterIP: "fd00:10:96::a",
          clusterIPs: ["fd00:10:96::a", "10.96.0.10"],
          selector: {app: "web"},
          ports: [{name: "http", port: 80, targetPort: 8080, protocol: "TCP"}],
        },
      }
    `,
  },
  {
    name: 'the dual-stack documentation examples, CRLF line ends, comments',
    yaml: crlf(y`
      # dual-stack-preferred-ipfamilies-svc.yaml
      apiVersion: v1
      kind: Service
      metadata:
        name: my-service   # the name
        labels:
          app.kubernetes.io/name: MyApp
      spec:
        ipFamilyPolicy: PreferDualStack
        ipFamilies:
        - IPv6   # primary
        - IPv4
        selector:
          app.kubernetes.io/name: MyApp
        ports:
          - protocol: TCP
            port: 80
      ---
      # dual-stack-default-svc.yaml: nothing set, the cluster decides
      apiVersion: v1
      kind: Service
      metadata:
        name: my-default-service
      spec:
        selector:
          app.kubernetes.io/name: MyApp
        ports:
          - protocol: TCP
            port: 80
    `),
  },
  {
    name: 'headless Services: None, and selectorless with two families',
    yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: db}
      spec:
        clusterIP: None
        clusterIPs: [None]
        ipFamilyPolicy: RequireDualStack
        ipFamilies: [IPv4, IPv6]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: ext}
      spec:
        type: ExternalName
        externalName: db.example.com
    `,
  },
  {
    name: 'a List with a Deployment, a CronJob and a LoadBalancer Service',
    yaml: y`
      apiVersion: v1
      kind: List
      items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              hostAliases: [{ip: 10.0.0.5, hostnames: [db.local]}, {ip: "2001:db8::5", hostnames: [db6.local]}]
              dnsConfig: {nameservers: [1.1.1.1, "2606:4700:4700::1111"]}
              containers:
              - name: web
                image: nginx
                ports: [{containerPort: 80, hostPort: 8080, hostIP: 127.0.0.1}]
      - apiVersion: batch/v1
        kind: CronJob
        metadata: {name: backup}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  dnsConfig: {nameservers: [10.96.0.10]}
                  containers: [{name: b, image: busybox}]
      - apiVersion: v1
        kind: Service
        metadata: {name: lb}
        spec:
          type: LoadBalancer
          loadBalancerIP: 203.0.113.10
          loadBalancerSourceRanges: [203.0.113.0/24, "2001:db8::/32"]
          externalIPs: [198.51.100.7]
          ports: [{port: 443}]
    `,
  },
  {
    name: 'kind: its networking.ipFamily is lower case and not a Service field',
    yaml: y`
      kind: Cluster
      apiVersion: kind.x-k8s.io/v1alpha4
      networking:
        ipFamily: ipv4
        podSubnet: 10.244.0.0/16
        serviceSubnet: 10.96.0.0/12
      nodes:
      - role: control-plane
    `,
  },
  {
    name: 'other API groups with the same field names are not ours',
    yaml: y`
      apiVersion: example.com/v1
      kind: Service
      metadata: {name: s}
      spec:
        ipFamily: ipv4
        ipFamilies: [ipv4, ipv4]
        ipFamilyPolicy: dual
        clusterIP: my-host
        externalIPs: [not-an-ip]
        loadBalancerSourceRanges: [10.0.0.1/8]
      ---
      apiVersion: acme.io/v1alpha1
      kind: ClusterConfiguration
      networking:
        podSubnet: 10.244.0.1/16,10.245.0.0/16
        serviceSubnet: <IPv4 CIDR>
      ---
      apiVersion: crd.example.org/v1
      kind: NetworkPolicy
      spec:
        ingress: [{from: [{ipBlock: {cidr: 192.168.1.5/24}}]}]
    `,
  },
  {
    name: 'templated values are left alone',
    yaml: y`
      apiVersion: v1
      kind: Service
      metadata: {name: "{{ .Release.Name }}"}
      spec:
        ipFamilyPolicy: "{{ .Values.ipFamilyPolicy }}"
        ipFamilies: ["{{ .Values.family }}"]
        clusterIP: "\${CLUSTER_IP}"
        externalIPs: ["{{ .Values.externalIP }}", "$EXTERNAL_IP"]
        ports: [{port: 80}]
      ---
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: ClusterConfiguration
      networking:
        podSubnet: "\${POD_CIDR}"
        serviceSubnet: "{{ service_cidr }}"
    `,
  },
  {
    name: 'a Helm template is not YAML until rendered',
    yaml: y`
      apiVersion: v1
      kind: Service
      metadata:
        name: {{ include "app.fullname" . }}
      spec:
        {{- if .Values.dualStack }}
        ipFamilyPolicy: PreferDualStack
        ipFamilies: [ipv4, ipv6]
        {{- end }}
        clusterIP: {{ .Values.clusterIP | default "None" }}
    `,
  },
  {
    name: 'a dual-stack kubeadm configuration, v1beta3 and v1beta4',
    yaml: y`
      apiVersion: kubeadm.k8s.io/v1beta3
      kind: ClusterConfiguration
      networking:
        podSubnet: 10.244.0.0/16,fd00:10:244::/56
        serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
      apiServer:
        extraArgs:
          service-cluster-ip-range: 10.96.0.0/16,fd00:10:96::/112
      controllerManager:
        extraArgs:
          cluster-cidr: 10.244.0.0/16,fd00:10:244::/56
          node-cidr-mask-size-ipv4: "24"
          node-cidr-mask-size-ipv6: "64"
      ---
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: InitConfiguration
      localAPIEndpoint:
        advertiseAddress: 192.168.0.10
        bindPort: 6443
      nodeRegistration:
        kubeletExtraArgs:
        - name: node-ip
          value: 192.168.0.10,fd00::10
    `,
  },
  {
    name: 'an IPv6-primary dual-stack kubeadm configuration with its kubelet and kube-proxy configs',
    yaml: y`
      apiVersion: kubeadm.k8s.io/v1beta4
      kind: ClusterConfiguration
      networking:
        podSubnet: fd00:10:244::/56,10.244.0.0/16
        serviceSubnet: "fd00:10:96::/112,10.96.0.0/16"
      apiServer:
        extraArgs:
        - name: service-cluster-ip-range
          value: fd00:10:96::/112,10.96.0.0/16
      controllerManager:
        extraArgs:
        - name: cluster-cidr
          value: fd00:10:244::/56,10.244.0.0/16
      ---
      apiVersion: kubelet.config.k8s.io/v1beta1
      kind: KubeletConfiguration
      clusterDNS: [10.96.0.10, "fd00:10:96::a"]
      ---
      apiVersion: kubeproxy.config.k8s.io/v1alpha1
      kind: KubeProxyConfiguration
      clusterCIDR: 10.244.0.0/16,fd00:10:244::/56
    `,
  },
  {
    name: 'a Compose file with every accepted short port form',
    file: 'compose.yaml',
    yaml: y`
      services:
        web:
          image: nginx
          ports:
            - "3000"
            - "3000-3005"
            - "8000:8000"
            - "9090-9091:8080-8081"
            - "49100:22"
            - "8000-9000:80"
            - "127.0.0.1:8001:8001"
            - "127.0.0.1:5000-5010:5000-5010"
            - "[::1]:6001:6001"
            - "6060:6060/udp"
            - 80
            - target: 443
              published: "8443"
              host_ip: 127.0.0.1
              protocol: tcp
    `,
  },
];
