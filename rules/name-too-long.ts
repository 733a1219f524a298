import { defineRule } from '../src/lint/rule.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf, replicasOf, startOrdinalOf } from '../src/k8s/objects.js';
import { DNS1123_LABEL_MAX, DNS1123_SUBDOMAIN_MAX, LABEL_VALUE_MAX } from '../src/k8s/names.js';

/** controller-revision-hash values are `<name>-<hash>`, the hash up to 10 characters (rand.SafeEncodeString of a uint32). */
const MAX_HASH = 10;

export default defineRule({
  meta: {
    id: 'name-too-long',
    severity: 'error',
    category: 'failed-create',
    description: 'Disallow StatefulSet and claim template names whose derived pod, label and PVC names break Kubernetes limits',
    // One id per derived name, by the limit it breaks.
    messages: {
      podName: 'pod name "{{pod}}" (highest ordinal) is {{length}} characters, over the {{max}} of a hostname: that pod fails to create',
      revisionHashLabel: 'StatefulSet name is {{length}} characters: the controller-revision-hash label "{{name}}-<hash>" can exceed {{max}} characters, and then every pod fails to create (kubernetes/kubernetes#64023)',
      volumeName: 'claim template name "{{template}}" is {{length}} characters: it becomes a pod volume name, which must be a DNS label of at most {{max}}',
      pvcName: 'PVC name "{{start}}…" is {{length}} characters, over {{max}}: PVC creation fails',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts = asStatefulSet(r);
      const name = r.name;
      if (!name) continue;
      const highest = startOrdinalOf(sts) + Math.max(replicasOf(sts), 1) - 1;
      const pod = `${name}-${highest}`;
      if (pod.length > DNS1123_LABEL_MAX) {
        ctx.report({
          resource: r,
          path: ['metadata', 'name'],
          messageId: 'podName',
          data: { pod, length: pod.length, max: DNS1123_LABEL_MAX },
          hint: `shorten the StatefulSet name to at most ${DNS1123_LABEL_MAX - 1 - String(highest).length} characters`,
        });
      } else if (name.length + 1 + MAX_HASH > LABEL_VALUE_MAX) {
        ctx.report({
          resource: r,
          path: ['metadata', 'name'],
          messageId: 'revisionHashLabel',
          data: { name, length: name.length, max: LABEL_VALUE_MAX },
          hint: `shorten the name to at most ${LABEL_VALUE_MAX - 1 - MAX_HASH} characters`,
        });
      }
      for (const [t, i] of claimTemplatesOf(sts)) {
        const tname = claimTemplateName(t);
        if (!tname) continue;
        const pvc = `${tname}-${pod}`;
        if (tname.length > DNS1123_LABEL_MAX) {
          ctx.report({
            resource: r,
            path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'],
            messageId: 'volumeName',
            data: { template: tname, length: tname.length, max: DNS1123_LABEL_MAX },
            hint: 'shorten the claim template name',
          });
        } else if (pvc.length > DNS1123_SUBDOMAIN_MAX) {
          ctx.report({
            resource: r,
            path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'],
            messageId: 'pvcName',
            data: { start: pvc.slice(0, 40), length: pvc.length, max: DNS1123_SUBDOMAIN_MAX },
            hint: 'shorten the claim template or StatefulSet name',
          });
        }
      }
    }
  },
});
