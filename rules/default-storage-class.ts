import { defineRule } from '../src/lint/rule.js';
import { claimsOf, defaultClasses, inputDefaultClasses } from '../src/lint/storage.js';

export default defineRule({
  meta: {
    id: 'default-storage-class',
    severity: 'warning',
    category: 'runtime',
    description: 'Require exactly one default StorageClass where claims rely on the default',
    messages: {
      severalDefaults:
        'more than one StorageClass is marked default ({{names}}): claims without storageClassName get the most recently created one (older releases reject them)',
      noDefaultInProfile:
        '{{claim}} sets no storageClassName and cluster profile "{{cluster}}" has no default StorageClass: the claim stays Pending',
      noDefaultOnFreshCluster:
        '{{claim}} sets no storageClassName and a fresh "{{cluster}}" cluster has no default StorageClass: unless someone marked one default, the claim stays Pending',
    },
  },
  check(ctx) {
    // Every default class gets the finding, judged within its own application (a folder of
    // projects each with its default class is not a clash); sorted by name, so that which file a
    // reviewer passes first does not decide what is reported.
    for (const d of inputDefaultClasses(ctx.index)) {
      if (!d.resource.reportable) continue;
      const defaults = inputDefaultClasses(ctx.index.visibleFrom(d.resource));
      if (defaults.length > 1) {
        const names = defaults.map((x) => x.info.name);
        ctx.report({
          resource: d.resource,
          path: ['metadata', 'annotations'],
          messageId: 'severalDefaults',
          data: { names: names.join(', ') },
          hint: 'keep storageclass.kubernetes.io/is-default-class: "true" on one class only',
          related: defaults.filter((o) => o.resource !== d.resource).map((o) => ({ resource: o.resource, path: ['metadata', 'annotations'], message: `StorageClass "${o.info.name}" is also default` })),
        });
      }
    }
    const cluster = ctx.options.cluster;
    if (!cluster) return; // without a profile nothing is known about the cluster's default
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') })) {
      if (defaultClasses(ctx.index.visibleFrom(c.resource), cluster).length > 0) continue;
      const spec = c.claim.spec;
      if (!spec || typeof spec.storageClassName === 'string') continue;
      if (c.claim.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class']) continue;
      // A profile file lists the cluster's own classes: no default there is certain. A built-in
      // profile is a fresh cluster, to which a team may have added a default class.
      ctx.report({
        resource: c.resource,
        path: [...c.base, 'spec'],
        key: true,
        severity: cluster.exact ? 'error' : 'warning',
        messageId: cluster.exact ? 'noDefaultInProfile' : 'noDefaultOnFreshCluster',
        data: { claim: c.label || 'the claim', cluster: cluster.name },
        hint: `set storageClassName (one of: ${cluster.storageClasses.map((s) => s.name).join(', ') || 'none in the profile'})`,
      });
    }
  },
});
