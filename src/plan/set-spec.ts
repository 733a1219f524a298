/** A StatefulSet as the simulation takes it (SetSpec), and the Service that governs it. */
import type { StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { Resource } from '../resource.js';
import type { ResourceIndex } from '../load/resource-index.js';
import { asLabels, type Labels } from '../k8s/selector.js';
import { asService, asStatefulSet, claimTemplateName, claimTemplatesOf, isRecord, replicasOf, startOrdinalOf } from '../k8s/objects.js';
import { revisionName } from '../k8s/revision.js';
import { bindingOf } from './binding.js';
import { templateZones } from './zones.js';
import { dnsService, type DnsService } from './sim/dns.js';
import { claimName, type SetSpec } from './sim/state.js';
import { addWarning, warningKey, type Ctx } from './context.js';

function templateLabels(sts: StatefulSet): Labels {
  return asLabels(isRecord(sts.spec?.template?.metadata) ? sts.spec?.template?.metadata?.labels : undefined);
}

function resolveMaxUnavailable(v: unknown, replicas: number): number {
  let n = 1;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\d+%$/.test(v)) n = Math.floor((replicas * Number(v.slice(0, -1))) / 100);
  return Math.max(1, n);
}

function claimSummary(t: PersistentVolumeClaim, className: string | null): string {
  const size = t.spec?.resources?.requests?.storage;
  const parts = [size !== undefined ? String(size) : 'no size', (t.spec?.accessModes ?? []).join(',') || 'no access mode'];
  parts.push(className === null ? 'default class' : className === '' ? 'no class (static)' : `class ${className}`);
  return parts.join(', ');
}

/** The simulated spec of a StatefulSet; `snapshot` for the live one of a cluster snapshot (its positions are not needed). */
export function setSpec(r: Resource, ctx: Ctx, snapshot = false): SetSpec {
  const sts = asStatefulSet(r);
  const spec = sts.spec;
  // The API server rejects a negative count (lint reports it): such a set has no pods.
  const replicas = Math.max(0, replicasOf(sts));
  const strategy = spec?.updateStrategy?.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const ns = ctx.desired.namespaceOf(r);
  const zones = templateZones(sts);
  const autoDelete = ctx.gates.StatefulSetAutoDeletePVC !== false;
  const templates = claimTemplatesOf(sts).map(([t, i]) => {
    const name = claimTemplateName(t);
    const { binding, assumption, locate } = bindingOf(t, ['spec', 'volumeClaimTemplates', i], r, claimName(name, r.name, startOrdinalOf(sts)), ctx.storage, ctx.options.cluster, !snapshot);
    const message = `claim template ${name}: ${assumption}`;
    if (assumption && r.reportable && !ctx.warningKeys.has(warningKey(message, r.name, ns))) addWarning(ctx, { namespace: ns, statefulSet: r.name, message, location: locate() });
    return { name, binding, summary: claimSummary(t, binding.className) };
  });
  return {
    namespace: ns,
    name: r.name,
    replicas,
    start: startOrdinalOf(sts),
    monotonic: spec?.podManagementPolicy !== 'Parallel',
    strategy,
    partition: Math.max(0, spec?.updateStrategy?.rollingUpdate?.partition ?? 0),
    maxUnavailable: resolveMaxUnavailable(spec?.updateStrategy?.rollingUpdate?.maxUnavailable, replicas),
    maxUnavailableGate: ctx.gates.MaxUnavailableStatefulSet === true,
    minReadySeconds: spec?.minReadySeconds ?? 0,
    // With the StatefulSetAutoDeletePVC gate off the API server drops the policy and the controller
    // sets no claim ownerReferences: both are Retain (statefulset-semantics.md §7).
    whenScaled: autoDelete && spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete' ? 'Delete' : 'Retain',
    whenDeleted: autoDelete && spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete' ? 'Delete' : 'Retain',
    templates,
    revision: revisionName(r.name, spec?.template),
    labels: templateLabels(sts),
    ...(zones ? { zones: [...zones].sort() } : {}),
  };
}

function containerPorts(sts: StatefulSet | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of sts?.spec?.template?.spec?.containers ?? []) for (const p of c?.ports ?? []) if (p?.name && typeof p.containerPort === 'number') out.set(p.name, p.containerPort);
  return out;
}

export function governing(index: ResourceIndex, ns: string, sts: StatefulSet | undefined): DnsService | null {
  const name = sts?.spec?.serviceName;
  if (!name) return null;
  const svc = index.get('Service', ns, name);
  return svc ? dnsService(asService(svc), containerPorts(sts)) : null;
}
