import rule from '../../../server/src/rules/kubernetes/container-port';
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
        - name: web
          ports:
          - {name: abc, containerPort: 80, hostPort: 80, protocol: TCP}
          - {name: do-re-me, containerPort: 84, protocol: SCTP}
          - {containerPort: 85}
    `,
  ],
  invalid: [
    {
      name: 'out of range and missing',
      yaml: y`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: web
                ports:
                - containerPort: 65536
        #                        ^^^^^ error NL224: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive
                  hostPort: 70000
        #                   ^^^^^ error NL224: spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive
                - name: metrics
        #         ^^^^ error NL224: spec.template.spec.containers[0].ports[1].containerPort: Required value
      `,
    },
    {
      name: 'names: IANA service names, unique in a container',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: web
            ports:
            - {name: http-metrics-port, containerPort: 80}
        #            ^^^^^^^^^^^^^^^^^ error NL224: spec.containers[0].ports[0].name: Invalid value: "http-metrics-port": must be no more than 15 characters
            - {name: "80", containerPort: 81}
        #            ^^^^ error NL224: spec.containers[0].ports[1].name: Invalid value: "80": must contain at least one letter (a-z)
            - {name: web, containerPort: 82}
            - {name: web, containerPort: 83}
        #            ^^^ error NL224: spec.containers[0].ports[3].name: Duplicate value: "web"
      `,
    },
    {
      name: 'a quoted containerPort does not decode',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: "8080"
        #                    ^^^^^^ error NL224: Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32
      `,
      output: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 8080
        #                    ^^^^^^ error NL224: Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32
      `,
    },
  ],
});
