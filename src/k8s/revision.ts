/**
 * ControllerRevision names as the StatefulSet controller computes them, so a plan names the same
 * `controller-revision-hash` the cluster will show:
 *   data = json.Marshal({"spec":{"template":{…defaulted template…, "$patch":"replace"}}})  (getPatch)
 *   hash = FNV-1 32-bit over data, then the collision count as decimal (HashControllerRevision)
 *   name = <set name, cut at 223 chars>-<rand.SafeEncodeString(decimal hash)>
 * (pkg/controller/statefulset/stateful_set_utils.go, pkg/controller/history/controller_history.go).
 * Checked against the revision names in the controller traces (test/fixtures/oracle).
 */
import { defaultPodTemplate } from './defaults.js';
import { setOwn } from '../types.js';

/** encoding/json.Marshal of decoded JSON: map keys sorted, HTML-sensitive characters escaped. */
export function goJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) setOwn(out, k, sorted((v as Record<string, unknown>)[k]));
      return out;
    }
    return v;
  };
  return JSON.stringify(sorted(value))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** FNV-1 (not 1a), 32 bits, over UTF-8 bytes. */
export function fnv1(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ b) >>> 0;
  }
  return h;
}

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** k8s.io/apimachinery/pkg/util/rand.SafeEncodeString. */
export function safeEncode(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.codePointAt(0)! % ALPHANUMS.length];
  return out;
}

/** The ControllerRevision data the controller stores for a pod template. */
export function revisionData(template: unknown): string {
  return goJson({ spec: { template: { ...defaultPodTemplate(template), $patch: 'replace' } } });
}

/** The ControllerRevision (and `controller-revision-hash` label) name for a template. */
export function revisionName(setName: string, template: unknown, collisionCount = 0): string {
  const data = new TextEncoder().encode(revisionData(template) + String(collisionCount));
  return `${setName.slice(0, 223)}-${safeEncode(String(fnv1(data)))}`;
}
