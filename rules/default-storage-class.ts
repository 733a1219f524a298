import { defineRule } from '../src/rule.js';
import { claimsOf, defaultClasses, inputDefaultClasses } from '../src/k8s/storage.js';

export default defineRule({
  meta: {
    id: 'default-storage-class',
    severity: 'warning',
    description: 'Require exactly one default StorageClass where claims rely on the default',
  },
  check(ctx) {
    // Sorted by name: which file a reviewer passes first must not decide what is reported.
    const defaults = inputDefaultClasses(ctx.index);
    if (defaults.length > 1) {
      // Every default class gets the finding.
      const names = defaults.map((x) => x.info.name);
      for (const d of defaults) {
        ctx.report({
          resource: d.resource,
          path: ['metadata', 'annotations'],
          message: `more than one StorageClass is marked default (${names.join(', ')}): claims without storageClassName get the most recently created one (older releases reject them)`,
          hint: 'keep storageclass.kubernetes.io/is-default-class: "true" on one class only',
          related: defaults.filter((o) => o !== d).map((o) => ({ resource: o.resource, path: ['metadata', 'annotations'], message: `StorageClass "${o.info.name}" is also default` })),
        });
      }
    }
    const cluster = ctx.options.cluster;
    if (!cluster) return; // without a profile nothing is known about the cluster's default
    if (defaultClasses(ctx.index, cluster).length > 0) return;
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') })) {
      const spec = c.claim.spec;
      if (!spec || typeof spec.storageClassName === 'string') continue;
      if (c.claim.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class']) continue;
      ctx.report({
        resource: c.resource,
        path: [...c.base, 'spec'],
        key: true,
        message: `${c.label} sets no storageClassName and cluster profile "${cluster.name}" has no default StorageClass: the claim stays Pending`,
        hint: `set storageClassName (one of: ${cluster.storageClasses.map((s) => s.name).join(', ') || 'none in the profile'})`,
      });
    }
  },
});
