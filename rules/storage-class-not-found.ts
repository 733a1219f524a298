import { defineRule } from '../src/lint/rule.js';
import { claimsOf, classOf } from '../src/lint/storage.js';

export default defineRule({
  meta: {
    id: 'storage-class-not-found',
    severity: 'warning',
    category: 'runtime',
    description: 'Require storageClassName to name a StorageClass from the inputs or the cluster profile',
    messages: {
      // {{elsewhere}}: "" or where a StorageClass of that name was found out of the claim's reach
      // (as ESLint's no-unused-vars appends {{additional}}).
      notInProfile:
        '{{prefix}}StorageClass "{{name}}" does not exist on cluster profile "{{cluster}}" or in this application\'s inputs: the claim stays Pending{{elsewhere}}',
      notOnFreshCluster:
        '{{prefix}}StorageClass "{{name}}" is neither in this application\'s inputs nor one of the classes a fresh "{{cluster}}" cluster has: unless someone created it, the claim stays Pending{{elsewhere}}',
      notInInputs:
        '{{prefix}}StorageClass "{{name}}" is not defined in this application\'s inputs (pass --cluster to check it against a cluster){{elsewhere}}',
    },
  },
  check(ctx) {
    const cluster = ctx.options.cluster;
    for (const c of claimsOf({ pvcs: ctx.targets('PersistentVolumeClaim'), statefulSets: ctx.targets('StatefulSet') })) {
      const cls = classOf(c.claim, c.base, ctx.index.visibleFrom(c.resource), cluster);
      if (cls.origin !== 'missing' || cls.via === 'none' || cls.via === 'default') continue;
      const elsewhere = ctx.index.outOfReach('StorageClass', '', cls.name!, c.resource)[0];
      const where = elsewhere ? `; a StorageClass "${cls.name}" is defined in ${elsewhere.file.path}, in another directory tree, which stsplan takes for another application` : '';
      const data = { prefix: c.prefix, name: String(cls.name), elsewhere: where };
      ctx.report({
        resource: c.resource,
        path: cls.path,
        // Only a profile made of the cluster's own classes knows that one is missing; a built-in
        // profile is a fresh cluster, to which a team may have added classes.
        severity: cluster?.exact ? 'error' : 'warning',
        ...(cluster
          ? { messageId: cluster.exact ? ('notInProfile' as const) : ('notOnFreshCluster' as const), data: { ...data, cluster: cluster.name } }
          : { messageId: 'notInInputs' as const, data }),
        hint: elsewhere
          ? `if ${elsewhere.file.path} belongs to this cluster, pass it with --context (or list it under context: in .stsplan.yaml)`
          : cluster
            ? `use one of: ${cluster.storageClasses.map((s) => s.name).join(', ') || '(the profile has none)'}, add the StorageClass, or pass the cluster's own classes with --cluster FILE`
            : 'add the StorageClass manifest, pass it with --context, or name the target cluster with --cluster',
        ...(elsewhere ? { related: [{ resource: elsewhere, path: ['metadata', 'name'], message: 'a StorageClass of that name in another application' }] } : {}),
      });
    }
  },
});
