/** Unified diffs of objects between the current and the desired state, for reviewers. */
import { createTwoFilesPatch } from 'diff';
import { yamlLib } from '../yaml-lib.js';
import type { Resource } from '../loader.js';
import { isRecord } from '../k8s/objects.js';

/** Server-set fields that say nothing about the change. */
const NOISE = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];

function forDiff(r: Resource, live: boolean): unknown {
  const o = JSON.parse(JSON.stringify(r.object)) as Record<string, unknown>;
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

/** The unified diff of one object, or undefined when the two are the same. */
export function objectDiff(before: Resource, after: Resource, beforeIsLive: boolean): string | undefined {
  const { stringify } = yamlLib();
  const a = stringify(forDiff(before, beforeIsLive), { lineWidth: 0 });
  const b = stringify(forDiff(after, false), { lineWidth: 0 });
  if (a === b) return undefined;
  const label = `${after.kind}/${after.name}`;
  const patch = createTwoFilesPatch(`${label} (current)`, `${label} (desired)`, a, b, undefined, undefined, { context: 3 });
  // Drop the "Index:"/"====" preamble some versions add; keep ---/+++ and hunks.
  return patch.split('\n').filter((l) => !/^(Index: |={10,})/.test(l)).join('\n').trimEnd() + '\n';
}
