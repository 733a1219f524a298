import { defineRule } from '../src/lint/rule.js';
import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { claimTemplateName, claimTemplatesOf, podTemplateOf } from '../src/k8s/objects.js';
import { admittedAs } from '../src/lint/admitted.js';
import { labelsAndAnnotations, objectMeta, statefulSetSpec } from '../src/k8s/validate.js';
import { podAnnotations, podSpec } from '../src/k8s/validate-pod.js';
import { selectorMatches } from '../src/k8s/selector.js';
import { dns1123Label } from '../src/k8s/names.js';
import { hintOf } from '../src/k8s/hints.js';
import { fieldErrorMessages, fieldErrorOf } from '../src/k8s/values.js';

/** The field.Error types ValidatePodSpec and the template's metadata checks give (the message ids: see the doc). */
const TYPES = ['required', 'invalid', 'forbidden', 'duplicate', 'notSupported', 'tooLong', 'notFound'] as const;
/** Why the template's own labels and annotations fail at apply. */
const AT_APPLY = "the API server rejects the StatefulSet: it validates the template's labels and annotations";

export default defineRule({
  meta: {
    id: 'pod-template-invalid',
    severity: 'error',
    category: 'failed-create',
    description: 'Disallow pod templates that produce pods the API server rejects, so the rollout fails with FailedCreate',
    // `when` says when it fails: at apply, or at each pod's creation.
    messages: fieldErrorMessages(TYPES, 'pod template: $& ({{when}})'),
  },
  check(ctx) {
    const minor = ctx.options.kubeVersion.minor;
    for (const r of ctx.targets('StatefulSet')) {
      const tpl = podTemplateOf(r);
      if (!tpl) continue;
      // Validated as the API server sees it: defaulted, gate-disabled fields dropped (admitted.ts).
      const sts = admittedAs<StatefulSet>(r, ctx);
      const claims = claimTemplatesOf(sts).map(([t]) => claimTemplateName(t)).filter(Boolean);
      // The template's labels and annotations are validated with the StatefulSet
      // (ValidatePodTemplateSpecForStatefulSet): kubectl apply fails on them.
      const atApply = labelsAndAnnotations(tpl.template.metadata, [...tpl.path, 'metadata']);
      for (const p of atApply) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({ resource: r, path: p.path, key: p.key, messageId: type, data: { field, detail, when: AT_APPLY }, hint: hintOf(p) });
      }
      const spec = sts.spec?.template?.spec ?? ({} as PodSpec);
      const problems = podSpec(spec, [...tpl.path, 'spec'], claims, minor, tpl.labels);
      // ValidatePodSpecificAnnotations runs on the pod, not on the StatefulSet's template.
      problems.push(...podAnnotations(tpl.template.metadata?.annotations, spec, [...tpl.path, 'metadata', 'annotations']));
      // Before 1.33 serviceName was not validated by the StatefulSet; it fails as each pod's subdomain.
      const svc = sts.spec?.serviceName;
      if (minor < 33 && typeof svc === 'string' && svc !== '') {
        for (const e of dns1123Label(svc)) problems.push({ path: ['spec', 'serviceName'], message: `pod spec.subdomain: Invalid value: "${svc}": ${e}` });
      }
      if (problems.length === 0) continue;
      // Say "accepted" only where it is: a StatefulSet with its own API errors is rejected first.
      const rejected =
        atApply.length > 0 ||
        ctx.schemaErrors(r).length > 0 ||
        objectMeta('StatefulSet', r.object).length > 0 ||
        statefulSetSpec(sts, minor).length > 0 ||
        (sts.spec?.selector !== undefined && !selectorMatches(sts.spec.selector, tpl.labels));
      const when = rejected ? 'once the API server accepts the StatefulSet (it rejects it for its own errors first), every pod fails to create: FailedCreate' : 'the StatefulSet is accepted, then every pod fails to create: FailedCreate';
      for (const p of problems) {
        const { type, field, detail } = fieldErrorOf(p.message, TYPES);
        ctx.report({
          resource: r,
          path: p.path,
          key: p.key,
          messageId: type,
          data: { field, detail, when },
          hint: hintOf(p),
        });
      }
    }
  },
});
