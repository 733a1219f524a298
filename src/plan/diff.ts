/** Unified diffs of objects between the current and the desired state, for reviewers. */
import { createTwoFilesPatch } from 'diff';
import { yamlLib } from '../load/yaml-lib.js';
import type { Resource } from '../resource.js';
import { isRecord } from '../k8s/objects.js';
import { applyApiDefaults, clone } from '../k8s/defaults.js';
import { keepsLiveReplicas } from './hpa.js';

/** Server-set fields that say nothing about the change. */
const NOISE = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];

function forDiff(r: Resource, live: boolean): unknown {
  const o = JSON.parse(JSON.stringify(r.object)) as Record<string, unknown>;
  // The manifest, not the live count the planner gave it (hpa.ts).
  if (!live && keepsLiveReplicas(r) && isRecord(o.spec)) delete o.spec.replicas;
  // A live object applied with kubectl remembers what was applied: compare with that, not with
  // every server default.
  const applied = live && isRecord(o.metadata) && isRecord(o.metadata.annotations) ? o.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'] : undefined;
  if (typeof applied === 'string') {
    try {
      return JSON.parse(applied) as unknown;
    } catch {
      // not JSON: fall back to the live object
    }
  }
  if (live) {
    delete o.status;
    if (isRecord(o.metadata)) {
      for (const k of NOISE) delete o.metadata[k];
      if (isRecord(o.metadata.annotations)) {
        delete o.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'];
        if (Object.keys(o.metadata.annotations).length === 0) delete o.metadata.annotations;
      }
    }
  }
  return o;
}

/**
 * What the API server makes of a manifest before storing it, as far as a comparison needs: the
 * namespace it lands in, and for a Service the API server's defaults (SetDefaults_Service in
 * k8s/defaults.ts: type, sessionAffinity, port protocol and targetPort, traffic policies …).
 */
function admitted(o: unknown, kind: string, namespace: string): unknown {
  if (!isRecord(o)) return o;
  const out = clone(o);
  if (isRecord(out.metadata) && (out.metadata.namespace === undefined || out.metadata.namespace === '')) out.metadata.namespace = namespace;
  if (kind === 'Service') applyApiDefaults(kind, out);
  return out;
}

/**
 * A live object without what was last applied holds every field the server filled in (allocated
 * IPs, ipFamilies, defaults): only the fields the manifest sets are compared, so that an object
 * the manifest describes as it is does not show as changed. (A field the manifest drops cannot be
 * told from a server-filled one then, and is not shown.)
 */
function projected(live: unknown, shape: unknown): unknown {
  if (isRecord(live) && isRecord(shape)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(shape)) if (Object.hasOwn(live, k)) out[k] = projected(live[k], shape[k]);
    return out;
  }
  if (Array.isArray(live) && Array.isArray(shape) && live.length === shape.length) return live.map((x, i) => projected(x, shape[i]));
  return live;
}

const hasLastApplied = (r: Resource): boolean => {
  const meta = r.object.metadata;
  return isRecord(meta) && isRecord(meta.annotations) && typeof meta.annotations['kubectl.kubernetes.io/last-applied-configuration'] === 'string';
};

/**
 * The unified diff of one object, or undefined when the two are the same. `namespace` is where
 * objects that name none land: both sides are compared as the API server stores them.
 */
export function objectDiff(before: Resource, after: Resource, beforeIsLive: boolean, namespace = 'default'): string | undefined {
  const { stringify } = yamlLib();
  const desired = admitted(forDiff(after, false), after.kind, namespace);
  let current = admitted(forDiff(before, beforeIsLive), before.kind, namespace);
  if (beforeIsLive && !hasLastApplied(before)) current = projected(current, desired);
  const a = stringify(current, { lineWidth: 0 });
  const b = stringify(desired, { lineWidth: 0 });
  if (a === b) return undefined;
  const label = `${after.kind}/${after.name}`;
  const patch = createTwoFilesPatch(`${label} (current)`, `${label} (desired)`, a, b, undefined, undefined, { context: 3 });
  // Drop the "Index:"/"====" preamble some versions add; keep ---/+++ and hunks.
  return patch.split('\n').filter((l) => !/^(Index: |={10,})/.test(l)).join('\n').trimEnd() + '\n';
}
