/**
 * ValidatePodSpec (pkg/apis/core/validation) for the pod each StatefulSet ordinal gets: the pod-level
 * rules (volumes, scheduling, DNS, security context …). Containers are validate-container.ts.
 */
import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path } from '../types.js';
import { dns1123Label, dns1123Subdomain } from './names.js';
import { records } from './objects.js';
import { duplicate, names, type Problem } from './validate.js';
import { containers } from './validate-container.js';

/**
 * ValidatePodSpec, for the pod each ordinal gets. StatefulSet admission does not run these; the
 * controller's pod creation does, so a violation is a FailedCreate rollout, not an apply error.
 * `path` is the pod spec's path inside the StatefulSet.
 */
export function podSpec(spec: PodSpec, path: Path, claimNames: string[], minor: number): Problem[] {
  const out: Problem[] = [];
  // A missing containers list is the schema's `containers: Required value`.
  const volumeNames = new Set<string>(claimNames);
  for (const [v, i] of records(spec.volumes)) {
    const vp = [...path, 'volumes', i, 'name'];
    if (typeof v.name !== 'string' || v.name === '') continue;
    out.push(...names(vp, v.name, dns1123Label));
    if (volumeNames.has(v.name) && !claimNames.includes(v.name)) out.push(duplicate(vp, v.name));
    volumeNames.add(v.name);
  }
  out.push(...containers(spec, path, minor));
  if (typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '') {
    out.push(...names([...path, 'serviceAccountName'], spec.serviceAccountName, dns1123Subdomain));
  }
  return out;
}

