/**
 * Zones as the scheduler's VolumeBinding filter compares them (pkg/scheduler/framework/plugins/
 * volumebinding: a bound PV's spec.nodeAffinity must match the node; "volume node affinity
 * conflict"): the zones a pod template allows, the zones a snapshot PV is in, and whether they meet.
 * Only the zone label is read: a constraint on another label does not narrow the zones.
 */
import type { PersistentVolume } from 'kubernetes-types/core/v1.js';
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
export declare const ZONE_LABELS: string[];
/** The zones a pod template's required node affinity and node selector allow, or undefined for any. */
export declare function templateZones(sts: StatefulSet): Set<string> | undefined;
/** The zones a PersistentVolume's required node affinity allows, or undefined for any. */
export declare function volumeZones(pv: PersistentVolume): Set<string> | undefined;
/** Whether a pod allowed in `pod` zones can run where a volume in `volume` zones is. */
export declare function zonesMeet(pod: ReadonlySet<string> | undefined, volume: ReadonlySet<string> | undefined): boolean;
