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
          message: `pod name "${pod}" (highest ordinal) is ${pod.length} characters, over the ${DNS1123_LABEL_MAX} of a hostname: that pod fails to create`,
          hint: `shorten the StatefulSet name to at most ${DNS1123_LABEL_MAX - 1 - String(highest).length} characters`,
        });
      } else if (name.length + 1 + MAX_HASH > LABEL_VALUE_MAX) {
        ctx.report({
          resource: r,
          path: ['metadata', 'name'],
          message: `StatefulSet name is ${name.length} characters: the controller-revision-hash label "${name}-<hash>" can exceed ${LABEL_VALUE_MAX} characters, and then every pod fails to create (kubernetes/kubernetes#64023)`,
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
            message: `claim template name "${tname}" is ${tname.length} characters: it becomes a pod volume name, which must be a DNS label of at most ${DNS1123_LABEL_MAX}`,
            hint: 'shorten the claim template name',
          });
        } else if (pvc.length > DNS1123_SUBDOMAIN_MAX) {
          ctx.report({
            resource: r,
            path: ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'],
            message: `PVC name "${pvc.slice(0, 40)}…" is ${pvc.length} characters, over ${DNS1123_SUBDOMAIN_MAX}: PVC creation fails`,
            hint: 'shorten the claim template or StatefulSet name',
          });
        }
      }
    }
  },
});
