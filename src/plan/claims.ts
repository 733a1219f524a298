/**
 * Standalone PVCs of the plan: an update the API server rejects (issue 15 point 16). The rule
 * immutable-field-changed reports the same problems with their reasons.
 */
import { pathText } from '../types.js';
import { asClaim } from '../k8s/objects.js';
import { claimUpdateProblems } from '../k8s/immutable.js';
import { classOf } from '../lint/storage.js';
import { shellQuote } from '../text/shell-quote.js';
import { locationOf } from './binding.js';
import type { ClaimPlan } from './types.js';
import type { Ctx } from './context.js';
import { applyCommand } from './kubectl.js';

/** The desired PVCs that exist already and that the API server rejects as an update, on Kubernetes 1.`minor`. */
export function claimRejections(ctx: Ctx, minor: number): ClaimPlan[] {
  const claims: ClaimPlan[] = [];
  for (const r of ctx.desired.served('PersistentVolumeClaim')) {
    const ns = ctx.desired.namespaceOf(r);
    const before = ctx.current.get('PersistentVolumeClaim', ns, r.name);
    if (!before || !r.reportable) continue;
    const cls = classOf(asClaim(r), [], ctx.storage, ctx.options.cluster);
    const problems = claimUpdateProblems(asClaim(before), asClaim(r), minor, cls.info?.allowVolumeExpansion);
    if (problems.length === 0) continue;
    const first = problems[0]!;
    const resize = first.kind === 'resize';
    claims.push({
      namespace: ns,
      name: r.name,
      change: 'rejected',
      location: locationOf(r, []),
      rejection: {
        reason: resize ? `persistentvolumeclaims "${r.name}" is forbidden: ${first.message}` : `PersistentVolumeClaim "${r.name}" is invalid: ${problems.filter((p) => p.kind !== 'resize').map((p) => p.message).filter((m, i, all) => all.indexOf(m) === i).join(', ')}`,
        fields: problems.map((p) => ({ field: pathText(p.change.path), from: p.change.from, to: p.change.to, location: locationOf(r, p.change.path) })),
        route: resize
          ? [`kubectl patch storageclass ${shellQuote(cls.name ?? '')} -p '{"allowVolumeExpansion": true}'  # if its provisioner supports expansion`, applyCommand(r, ns)]
          : ['keep the earlier spec, or create a claim under a new name and copy the data to it'],
      },
    });
  }
  return claims;
}
