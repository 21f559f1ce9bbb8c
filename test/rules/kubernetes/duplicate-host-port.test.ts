import rule from '../../../server/src/rules/kubernetes/duplicate-host-port';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    y`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
        - name: a
          ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]
        - name: b
          ports: [{containerPort: 53, hostPort: 53, protocol: TCP}]
        - name: c
          ports: [{containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}, {containerPort: 81, hostPort: 8080, hostIP: 10.0.0.2}]
    `,
    { name: 'an ordinary init container has exited before', yaml: y`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        initContainers:
        - name: init
          ports: [{containerPort: 80, hostPort: 8080}]
        containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 8080}]
    ` },
  ],
  invalid: [
    {
      name: 'two containers on one host port',
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: web
                ports: [{containerPort: 80, hostPort: 8080}]
              - name: admin
                ports: [{containerPort: 81, hostPort: 8080, hostIP: 10.0.0.5}]
        #                                             ^^^^ warning NL226: spec.template.spec.containers[1].ports[0].hostPort: host port 8080/TCP on 10.0.0.5 is already bound by spec.template.spec.containers[0].ports[0]; the API server accepts the pod, but only one of the two bindings can receive traffic
      `,
    },
    {
      name: 'with hostNetwork the containerPort is the host port',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          initContainers:
          - name: proxy
            restartPolicy: Always
            ports: [{containerPort: 9090}]
          containers:
          - name: app
            ports: [{containerPort: 9090}]
        #                           ^^^^ warning NL226: spec.containers[0].ports[0].hostPort: host port 9090/TCP on all host addresses is already bound by spec.initContainers[0].ports[0]; the API server accepts the pod, but only one of the two bindings can receive traffic
      `,
    },
  ],
});
