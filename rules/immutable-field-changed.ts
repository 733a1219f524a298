import { defineRule, type MessageData } from '../src/lint/rule.js';
import { asClaim, asService, asStatefulSet } from '../src/k8s/objects.js';
import { claimUpdateProblems, serviceImmutableChanges, statefulSetImmutableChanges, type FieldChange } from '../src/k8s/immutable.js';
import { classOf } from '../src/lint/storage.js';
import { pathText } from '../src/types.js';

const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));

function describe(c: FieldChange): string {
  return `${pathText(c.path)} changes from ${show(c.from)} to ${show(c.to)}`;
}

export default defineRule({
  meta: {
    id: 'immutable-field-changed',
    severity: 'error',
    category: 'rejected',
    description: 'Disallow changes to fields the API server does not let an update change',
    requires: 'base',
    // One id per rejection the API server gives: the update validation that fails, or the admission plugin.
    messages: {
      statefulSetSpecForbidden:
        "{{change}}: the API server rejects the update (\"updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\")",
      clusterIPChanged: '{{change}}: the API server rejects the update (spec.clusterIPs[0]: may not change once set)',
      claimSpecImmutable:
        "{{change}}: the API server rejects the update ({{error}}): a claim's spec is fixed once created, except its storage request and volumeAttributesClassName once it is bound",
      claimShrink: '{{change}}: the API server rejects the update ({{error}}): a volume cannot shrink{{recovery}}',
      claimResize: '{{change}}: the API server rejects the update (PersistentVolumeClaimResize: "{{error}}"): StorageClass "{{storageClass}}" does not set allowVolumeExpansion: true',
    },
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const r of ctx.targets('StatefulSet')) {
      const before = base.get('StatefulSet', ctx.index.namespaceOf(r), r.name);
      if (!before) continue;
      const { changes, storageGrowth } = statefulSetImmutableChanges(asStatefulSet(before), asStatefulSet(r));
      const hint = storageGrowth
        ? `to grow storage: expand each existing PVC (${storageGrowth.map((g) => `${g.template}-${r.name}-N to ${g.to}`).join(', ')}; its StorageClass must set allowVolumeExpansion: true), then kubectl delete statefulset ${r.name} --cascade=orphan and apply again`
        : `revert the change, or kubectl delete statefulset ${r.name} --cascade=orphan (pods and PVCs stay) and apply again`;
      for (const c of changes) {
        ctx.report({
          resource: r,
          path: c.path,
          messageId: 'statefulSetSpecForbidden',
          data: { change: describe(c) },
          hint,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show(c.from)}` }],
        });
      }
    }
    for (const r of ctx.targets('Service')) {
      const before = base.get('Service', ctx.index.namespaceOf(r), r.name);
      if (!before) continue;
      for (const c of serviceImmutableChanges(asService(before), asService(r))) {
        ctx.report({
          resource: r,
          path: c.path,
          messageId: 'clusterIPChanged',
          data: { change: describe(c) },
          hint: `revert the change, or delete the Service and create it again (its DNS records change meanwhile)`,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show(c.from)}` }],
        });
      }
    }
    for (const r of ctx.targets('PersistentVolumeClaim')) {
      const before = base.get('PersistentVolumeClaim', ctx.index.namespaceOf(r), r.name);
      if (!before) continue;
      const claim = asClaim(r);
      const cls = classOf(claim, [], ctx.index, ctx.options.cluster);
      for (const p of claimUpdateProblems(asClaim(before), claim, ctx.options.kubeVersion.minor, cls.info?.allowVolumeExpansion)) {
        const c = p.change;
        const change = describe(c);
        const message: { messageId: 'claimResize' | 'claimShrink' | 'claimSpecImmutable'; data: MessageData } =
          p.kind === 'resize'
            ? { messageId: 'claimResize', data: { change, error: p.message, storageClass: String(cls.name) } }
            : p.kind === 'shrink'
              ? { messageId: 'claimShrink', data: { change, error: p.message, recovery: ctx.options.kubeVersion.minor >= 32 ? '; a request may only go back down to recover from a failed expansion, to above the capacity the volume has' : '' } }
              : { messageId: 'claimSpecImmutable', data: { change, error: p.message } };
        ctx.report({
          resource: r,
          path: c.path,
          ...message,
          hint:
            p.kind === 'resize'
              ? `set allowVolumeExpansion: true on StorageClass ${cls.name} (if its provisioner supports expansion), or keep the size`
              : p.kind === 'shrink'
                ? 'keep the earlier size; to get a smaller volume, create a new claim and copy the data'
                : `revert the change, or create a new claim (the data stays on the old volume: copy it)`,
          related: [{ resource: before, path: c.path, message: `earlier value: ${show(c.from)}` }],
        });
      }
    }
  },
});
