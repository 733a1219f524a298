/** Generated StatefulSet changes for plan-bounds.test.ts: a set, its change and a snapshot of it. */
import fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';
import type { PlanOptions } from '../../src/plan/plan.js';
import type { CurrentState } from '../../src/plan/prepare.js';
import { docs, service, storageClass, web, type WebOptions } from './plan.js';

export interface Special {
  ordinal: number;
  state: 'Failed' | 'Pending' | 'NotReady' | 'Terminating' | 'OldRevision' | 'NoClaim' | 'ClaimDeleting' | 'Missing';
}

export interface Scenario {
  current: 'fresh' | 'manifests' | 'snapshot';
  from: number;
  to: number;
  start: number;
  newStart: number;
  policy: 'OrderedReady' | 'Parallel';
  strategy: 'RollingUpdate' | 'OnDelete';
  partition: number | undefined;
  maxUnavailable: number | string | undefined;
  gate: boolean;
  whenScaled: 'Retain' | 'Delete';
  whenDeleted: 'Retain' | 'Delete';
  newImage: boolean;
  storage: 'wffc' | 'never' | 'immediate';
  publishNotReady: boolean;
  deleted: boolean;
  specials: Special[];
  /** The governing Service: unchanged, publishNotReadyAddresses toggled, new, or gone. */
  service: 'same' | 'toggled' | 'created' | 'removed';
  /** A second StatefulSet `db` the desired manifests create, with this many replicas. */
  second: number | null;
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  current: fc.constantFrom('fresh' as const, 'manifests' as const, 'snapshot' as const, 'snapshot' as const),
  from: fc.integer({ min: 0, max: 40 }),
  to: fc.integer({ min: 0, max: 40 }),
  start: fc.constantFrom(0, 0, 0, 5),
  newStart: fc.constantFrom(0, 0, 0, 2, 9),
  policy: fc.constantFrom('OrderedReady' as const, 'Parallel' as const),
  strategy: fc.constantFrom('RollingUpdate' as const, 'RollingUpdate' as const, 'OnDelete' as const),
  partition: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  maxUnavailable: fc.option(fc.constantFrom<number | string>(1, 2, '50%'), { nil: undefined }),
  gate: fc.boolean(),
  whenScaled: fc.constantFrom('Retain' as const, 'Delete' as const),
  whenDeleted: fc.constantFrom('Retain' as const, 'Delete' as const),
  newImage: fc.boolean(),
  storage: fc.constantFrom('wffc' as const, 'wffc' as const, 'never' as const, 'immediate' as const),
  publishNotReady: fc.boolean(),
  deleted: fc.constantFrom(false, false, false, false, true),
  service: fc.constantFrom('same' as const, 'same' as const, 'same' as const, 'toggled' as const, 'created' as const, 'removed' as const),
  second: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 3 }),
  specials: fc.array(
    fc.record({
      ordinal: fc.integer({ min: 0, max: 46 }),
      state: fc.constantFrom<Special['state']>('Failed', 'Pending', 'NotReady', 'Terminating', 'OldRevision', 'NoClaim', 'ClaimDeleting', 'Missing'),
    }),
    { maxLength: 3 },
  ),
});

const REV = 'web-1111111111';

function manifests(s: Scenario, replicas: number, image: string, start: number, desired: boolean): string {
  const o: WebOptions = { replicas, image, policy: s.policy, whenScaled: s.whenScaled, whenDeleted: s.whenDeleted, start };
  if (s.strategy === 'OnDelete') o.strategy = 'OnDelete';
  if (s.partition !== undefined && s.strategy === 'RollingUpdate') o.partition = s.partition;
  if (s.maxUnavailable !== undefined && s.strategy === 'RollingUpdate') o.maxUnavailable = s.maxUnavailable;
  o.storageClass = s.storage === 'never' ? '""' : s.storage === 'immediate' ? 'fast' : 'standard';
  const parts = [storageClass(), storageClass({ name: 'fast', mode: 'Immediate', isDefault: false })];
  const svc = desired ? s.service !== 'removed' : s.service !== 'created';
  if (svc) parts.unshift(service({ publishNotReady: desired && s.service === 'toggled' ? !s.publishNotReady : s.publishNotReady }));
  if (!desired || !s.deleted) parts.push(web(o));
  if (desired && s.second !== null) parts.push(web({ ...o, name: 'db', replicas: s.second, start: 0 }));
  return docs(...parts);
}

type Obj = Record<string, unknown>;

/** A `kubectl get -o yaml` List of the set at `from` replicas, every pod Ready, with the specials. */
export function snapshotOf(s: Scenario): string {
  const [sts, ...rest] = [web({ replicas: s.from, image: 'nginx:1.27', policy: s.policy, whenScaled: s.whenScaled, whenDeleted: s.whenDeleted, start: s.start, storageClass: s.storage === 'never' ? '""' : s.storage === 'immediate' ? 'fast' : 'standard', ...(s.strategy === 'OnDelete' ? { strategy: 'OnDelete' as const } : {}), ...(s.partition !== undefined && s.strategy === 'RollingUpdate' ? { partition: s.partition } : {}), ...(s.maxUnavailable !== undefined && s.strategy === 'RollingUpdate' ? { maxUnavailable: s.maxUnavailable } : {}) }), service({ publishNotReady: s.publishNotReady }), storageClass(), storageClass({ name: 'fast', mode: 'Immediate', isDefault: false })].map((t) => parseYaml(t) as Obj);
  const items: Obj[] = [{ ...sts, status: { currentRevision: REV, updateRevision: REV } }, ...rest.slice(s.service === 'created' ? 1 : 0)];
  const special = new Map(s.specials.map((x) => [x.ordinal, x.state]));
  const ordinals = Array.from({ length: s.from }, (_, i) => s.start + i);
  for (const x of s.specials) if (!ordinals.includes(x.ordinal) && x.state !== 'Missing') ordinals.push(x.ordinal);
  for (const o of ordinals) {
    const st = special.get(o);
    if (st === 'Missing') continue;
    const phase = st === 'Failed' ? 'Failed' : st === 'Pending' ? 'Pending' : 'Running';
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${o}`, namespace: 'default', uid: `uid-${o}`, labels: { app: 'nginx', 'controller-revision-hash': st === 'OldRevision' ? 'web-0000000000' : REV, 'statefulset.kubernetes.io/pod-name': `web-${o}`, 'apps.kubernetes.io/pod-index': String(o) }, ...(st === 'Terminating' ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
      status: { phase, conditions: [{ type: 'Ready', status: phase === 'Running' && st !== 'NotReady' ? 'True' : 'False' }] },
    });
    if (st === 'NoClaim') continue;
    items.push({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: `www-web-${o}`, namespace: 'default', ...(st === 'ClaimDeleting' ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}), ...(s.whenScaled === 'Delete' && o >= s.newStart + s.to ? { ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: `web-${o}`, uid: `uid-${o}` }] } : {}) },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      status: { phase: 'Bound' },
    });
  }
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}

export function inputs(s: Scenario): { current: CurrentState; desired: string; options: PlanOptions } {
  const desired = manifests(s, s.to, s.newImage ? 'nginx:1.28' : 'nginx:1.27', s.newStart, true);
  const options: PlanOptions = { featureGates: { MaxUnavailableStatefulSet: s.gate } };
  if (s.current === 'fresh') return { current: null, desired, options };
  if (s.current === 'manifests') return { current: [{ path: 'before.yaml', content: manifests(s, s.from, 'nginx:1.27', s.start, false) }], desired, options };
  return { current: { snapshot: [{ path: 'state.yaml', content: snapshotOf(s) }] }, desired, options };
}

