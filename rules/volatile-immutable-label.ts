import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type Related } from '../src/lint/rule.js';
import type { Resource } from '../src/resource.js';
import type { Path } from '../src/types.js';
import { shellQuote } from '../src/text/shell-quote.js';
import { asStatefulSet, claimTemplateName, claimTemplatesOf, containersOf, imageTag, isRecord, podTemplateOf, records, valueAt } from '../src/k8s/objects.js';

/**
 * Labels whose value changes with a chart or app release, where an update may not change them:
 * `spec.volumeClaimTemplates[].metadata.labels` and `spec.selector` (ValidateStatefulSetUpdate in
 * pkg/apis/apps/validation/validation.go lets an update change only replicas, ordinals, template,
 * updateStrategy, persistentVolumeClaimRetentionPolicy and minReadySeconds).
 */

/** A valid label value has at most 63 characters (IsValidLabelValue); a longer one is rejected anyway. */
const MAX_LABEL_VALUE = 63;

/**
 * `<name>-<X.Y.Z>`: a chart name and its SemVer version, as Helm writes `helm.sh/chart` and the
 * older `chart` label (`{{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}`): three numeric
 * parts, then an optional pre-release or build (`-rc.1`, `_build.5`). The value is at most 63
 * characters, so the lazy name part backtracks a bounded amount.
 */
const NAME_AND_VERSION = /^[A-Za-z][A-Za-z0-9._-]*?-v?\d+\.\d+\.\d+(?:[-_.+][A-Za-z0-9._+-]*)?$/;

/** A release version on its own: `1.2.3`, `v1.2.3-rc.1` (three numeric parts; `v1`, `13` are not). */
const BARE_VERSION = /^v?\d+\.\d+\.\d+(?:[-_.+][A-Za-z0-9._+-]*)?$/;

/** `version` or `<prefix>/version`: keys whose value is a version; a value shaped like a release version counts. */
const isVersionKey = (key: string): boolean => key === 'version' || key.endsWith('/version');

/**
 * An image tag that names a release: it has a digit, and a dot or at least 7 characters
 * (`7.2.4`, `1.27-alpine`, `v0.30.2`, a commit hash). `latest`, `alpine`, `v1`, `13` do not count: short
 * tags like these are also how stable labels (`version: v1`, `shard: "2"`) look.
 */
const releaseTag = (tag: string): boolean => /\d/.test(tag) && (tag.includes('.') || tag.length >= 7);

interface ImageRef {
  container: string;
  tag: string;
  path: Path;
}

/** The images of the pod template's containers and init containers whose tag names a release. */
function taggedImages(r: Resource): ImageRef[] {
  const t = podTemplateOf(r);
  if (!t) return [];
  const out: ImageRef[] = [];
  for (const c of containersOf(t.spec)) {
    if (c.kind === 'ephemeralContainers') continue;
    const image = c.container.image;
    if (typeof image !== 'string') continue;
    const tag = imageTag(image);
    if (releaseTag(tag)) out.push({ container: String(c.container.name ?? ''), tag, path: [...t.path, 'spec', ...c.path, 'image'] });
  }
  return out;
}

interface Volatile {
  reason: string;
  related?: Related;
}

/** Why the label `key: value` changes with a release, or undefined when it does not. */
function volatility(r: Resource, key: string, value: string, images: ImageRef[]): Volatile | undefined {
  if (value === '' || value.length > MAX_LABEL_VALUE) return undefined;
  if (key === 'app.kubernetes.io/version') return { reason: 'is the app version, which changes with every app release' };
  if (NAME_AND_VERSION.test(value)) return { reason: 'carries a version (NAME-X.Y.Z) that changes with every release' };
  if (isVersionKey(key) && BARE_VERSION.test(value)) return { reason: 'is a release version, which changes with every release' };
  const image = images.find((i) => i.tag === value);
  if (image) {
    return {
      reason: `repeats the image tag of container "${image.container}", which changes with every image update`,
      related: { resource: r, path: image.path, message: `the image whose tag it repeats` },
    };
  }
  return undefined;
}

const SELECTOR_FIX = 'spec.selector (select on labels that stay the same, such as app.kubernetes.io/name and app.kubernetes.io/instance)';

const fix = (where: string, name: string): string =>
  `drop it from ${where}; keep it on metadata.labels and the pod template. Removing it from an existing StatefulSet is a change too: kubectl delete statefulset ${shellQuote(name)} --cascade=orphan (pods and PVCs stay), then apply`;

export default defineRule({
  meta: {
    id: 'volatile-immutable-label',
    severity: 'warning',
    category: 'runtime',
    description: 'Disallow labels that change with each release in volumeClaimTemplates and the selector, which an update cannot change',
    // One id per place the API server does not let an update change.
    messages: {
      claimTemplateLabel:
        'label "{{label}}: {{value}}" of claim template "{{template}}" {{reason}}, but volumeClaimTemplates cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than \'replicas\', …")',
      selectorLabel:
        'selector label "{{label}}: {{value}}" {{reason}}, but spec.selector cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than \'replicas\', …")',
      selectorExpression:
        'selector value "{{value}}" of key "{{label}}" {{reason}}, but spec.selector cannot change once the StatefulSet exists: the next upgrade that changes it is rejected ("spec: Forbidden: updates to statefulset spec for fields other than \'replicas\', …")',
    },
  },
  check(ctx) {
    for (const r of ctx.targets('StatefulSet')) {
      const sts: StatefulSet = asStatefulSet(r);
      const images = taggedImages(r);
      // With an earlier state, a label that differs from it is being changed now: immutable-field-changed
      // reports that rejection at the same place, so this rule stays quiet there.
      const before = ctx.base?.get('StatefulSet', ctx.index.namespaceOf(r), r.name);
      const changedNow = (path: Path, value: string): boolean => before !== undefined && valueAt(before.object, path) !== value;
      const hint = (where: string): string => fix(where, r.name);

      for (const [t, i] of claimTemplatesOf(sts)) {
        const labels = isRecord(t.metadata) && isRecord(t.metadata.labels) ? t.metadata.labels : {};
        for (const [key, value] of Object.entries(labels)) {
          if (typeof value !== 'string') continue;
          const v = volatility(r, key, value, images);
          const path: Path = ['spec', 'volumeClaimTemplates', i, 'metadata', 'labels', key];
          if (!v || changedNow(path, value)) continue;
          ctx.report({
            resource: r,
            path,
            key: true,
            messageId: 'claimTemplateLabel',
            data: { label: key, value, template: claimTemplateName(t) || `#${i}`, reason: v.reason },
            hint: hint("the claim template's labels (in a Helm chart, use the selector labels there)"),
            ...(v.related ? { related: [v.related] } : {}),
          });
        }
      }

      const selector = sts.spec?.selector;
      if (typeof selector !== 'object' || selector === null) continue;
      const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
      for (const [key, value] of Object.entries(matchLabels)) {
        if (typeof value !== 'string') continue;
        const v = volatility(r, key, value, images);
        const path: Path = ['spec', 'selector', 'matchLabels', key];
        if (!v || changedNow(path, value)) continue;
        ctx.report({
          resource: r,
          path,
          key: true,
          messageId: 'selectorLabel',
          data: { label: key, value, reason: v.reason },
          hint: hint(SELECTOR_FIX),
          ...(v.related ? { related: [v.related] } : {}),
        });
      }
      for (const [e, i] of records(selector.matchExpressions)) {
        if (typeof e.key !== 'string' || !Array.isArray(e.values)) continue;
        e.values.forEach((value: unknown, j: number) => {
          if (typeof value !== 'string') return;
          const v = volatility(r, e.key, value, images);
          const path: Path = ['spec', 'selector', 'matchExpressions', i, 'values', j];
          if (!v || changedNow(path, value)) return;
          ctx.report({
            resource: r,
            path,
            messageId: 'selectorExpression',
            data: { label: e.key, value, reason: v.reason },
            hint: hint(SELECTOR_FIX),
            ...(v.related ? { related: [v.related] } : {}),
          });
        });
      }
    }
  },
});
