/**
 * Zones as the scheduler's VolumeBinding filter compares them (pkg/scheduler/framework/plugins/
 * volumebinding: a bound PV's spec.nodeAffinity must match the node; "volume node affinity
 * conflict"): the zones a pod template allows, the zones a snapshot PV is in, and whether they meet.
 * Only the zone label is read: a constraint on another label does not narrow the zones.
 */
import type { PersistentVolume, PodSpec, NodeSelectorTerm } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';

export const ZONE_LABELS = ['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'];

/**
 * The zones required node selector terms allow (terms are ORed, a term's expressions ANDed), or
 * undefined for "any zone". A term without a zone `In` expression allows any zone.
 */
function termZones(terms: NodeSelectorTerm[] | undefined): Set<string> | undefined {
  if (!Array.isArray(terms) || terms.length === 0) return undefined;
  const out = new Set<string>();
  for (const term of terms) {
    let zones: Set<string> | undefined;
    for (const e of Array.isArray(term?.matchExpressions) ? term.matchExpressions : []) {
      if (!e || !ZONE_LABELS.includes(e.key) || e.operator !== 'In' || !Array.isArray(e.values)) continue;
      const values = new Set(e.values.filter((v): v is string => typeof v === 'string'));
      zones = zones ? new Set([...zones].filter((z) => values.has(z))) : values;
    }
    if (!zones) return undefined;
    for (const z of zones) out.add(z);
  }
  return out;
}

/** The zones a pod template's required node affinity and node selector allow, or undefined for any. */
export function templateZones(sts: StatefulSet): Set<string> | undefined {
  const spec: PodSpec | undefined = sts.spec?.template?.spec;
  let zones = termZones(spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms);
  const selector = spec?.nodeSelector;
  if (selector && typeof selector === 'object') {
    for (const key of ZONE_LABELS) {
      const v = selector[key];
      if (typeof v === 'string') zones = zones ? new Set([...zones].filter((z) => z === v)) : new Set([v]);
    }
  }
  return zones;
}

/** The zones a PersistentVolume's required node affinity allows, or undefined for any. */
export function volumeZones(pv: PersistentVolume): Set<string> | undefined {
  return termZones(pv.spec?.nodeAffinity?.required?.nodeSelectorTerms);
}

/** Whether a pod allowed in `pod` zones can run where a volume in `volume` zones is. */
export function zonesMeet(pod: ReadonlySet<string> | undefined, volume: ReadonlySet<string> | undefined): boolean {
  if (!pod || !volume) return true;
  for (const z of volume) if (pod.has(z)) return true;
  return false;
}

