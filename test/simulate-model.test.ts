/**
 * The incremental controller simulation (src/plan/sim/simulation.ts) against the reference model it
 * replaced (test/helpers/reference-simulate.ts), which recomputes everything every round: on random
 * sets and states (pods in any phase, at any revision, terminating or stuck; claims bound or not,
 * owned by pods that exist or not, being deleted), both must emit the same events in the same
 * order, stop at the same wait and leave the same state.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Simulation } from '../src/plan/sim/simulation.js';
import { emptyState, podName, claimName, type Binding, type ClaimOwner, type SetSpec, type SimClaim, type SimPod, type SimState } from '../src/plan/sim/state.js';
import type { DnsService } from '../src/plan/sim/dns.js';
import { ReferenceSimulation } from './helpers/reference-simulate.js';

const BINDINGS: Binding[] = [
  { mode: 'Immediate', className: 'fast', reason: 'provisioned by fast' },
  { mode: 'WaitForFirstConsumer', className: 'wffc', reason: 'provisioned by wffc' },
  { mode: 'never', className: null, reason: 'no default StorageClass' },
];
const LABELS = { app: 'web' };

const specArb = fc.record({
  replicas: fc.integer({ min: 0, max: 9 }),
  start: fc.integer({ min: 0, max: 3 }),
  monotonic: fc.boolean(),
  strategy: fc.constantFrom('RollingUpdate' as const, 'OnDelete' as const),
  partition: fc.integer({ min: 0, max: 10 }),
  maxUnavailable: fc.integer({ min: 1, max: 3 }),
  maxUnavailableGate: fc.boolean(),
  minReadySeconds: fc.constantFrom(0, 10),
  whenScaled: fc.constantFrom('Retain' as const, 'Delete' as const),
  whenDeleted: fc.constantFrom('Retain' as const, 'Delete' as const),
  templates: fc.subarray([0, 1, 2], { maxLength: 2 }).map((ts) => ts.map((b, i) => ({ name: `data${i}`, binding: BINDINGS[b]!, summary: '1Gi' }))),
  revision: fc.constantFrom('r1', 'r2'),
});

const podArb = fc.record({
  ordinal: fc.integer({ min: 0, max: 13 }),
  revision: fc.constantFrom('r0', 'r1', 'r2'),
  phase: fc.constantFrom('Pending' as const, 'Running' as const, 'Running' as const, 'Failed' as const, 'Succeeded' as const),
  ready: fc.boolean(),
  terminating: fc.boolean(),
  stuck: fc.option(fc.constant('is Pending in the cluster snapshot'), { nil: undefined }),
  otherLabels: fc.boolean(),
});

const claimArb = fc.record({
  ordinal: fc.integer({ min: 0, max: 13 }),
  template: fc.integer({ min: 0, max: 1 }),
  bound: fc.boolean(),
  deleting: fc.boolean(),
  owner: fc.constantFrom('none', 'set', 'pod', 'gone-pod'),
  binding: fc.integer({ min: 0, max: 2 }),
});

const serviceArb = fc.option(
  fc.record({
    name: fc.constant('nginx'),
    headless: fc.boolean(),
    selector: fc.constantFrom<DnsService['selector']>(LABELS, { app: 'other' }, null),
    ports: fc.constantFrom<DnsService['ports']>([], [{ name: 'web', protocol: 'tcp', port: 80 }]),
    publishNotReady: fc.boolean(),
    families: fc.constantFrom<DnsService['families']>(['IPv4'], ['IPv4', 'IPv6']),
  }),
  { nil: null },
);

const scenarioArb = fc.record({
  spec: specArb,
  pods: fc.array(podArb, { maxLength: 8 }),
  claims: fc.array(claimArb, { maxLength: 8 }),
  currentRevision: fc.constantFrom(null, 'r0', 'r1'),
  updateRevision: fc.constantFrom(null, 'r0', 'r1', 'r2'),
  service: serviceArb,
  newService: serviceArb,
  operation: fc.constantFrom('run', 'run', 'delete', 'change-service'),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(sc: Scenario): { spec: SetSpec; state: SimState } {
  const spec: SetSpec = { ...sc.spec, namespace: 'default', name: 'web', labels: LABELS };
  const state = emptyState();
  state.currentRevision = sc.currentRevision;
  state.updateRevision = sc.updateRevision;
  const uids = new Map<number, number>();
  for (const p of sc.pods) {
    const name = podName('web', p.ordinal);
    if (state.pods.has(name)) continue;
    const uid = state.nextUid++;
    uids.set(p.ordinal, uid);
    const pod: SimPod = { name, ordinal: p.ordinal, revision: p.revision, labels: p.otherLabels ? { app: 'old' } : LABELS, phase: p.phase, ready: p.ready, terminating: p.terminating, uid };
    if (p.stuck && p.phase === 'Pending') pod.stuck = p.stuck;
    state.pods.set(name, pod);
  }
  for (const c of sc.claims) {
    const t = spec.templates[c.template];
    if (!t) continue;
    const name = claimName(t.name, 'web', c.ordinal);
    if (state.claims.has(name)) continue;
    const owner: ClaimOwner = c.owner === 'set' ? { kind: 'StatefulSet' } : c.owner === 'pod' && uids.has(c.ordinal) ? { kind: 'Pod', uid: uids.get(c.ordinal)! } : c.owner === 'gone-pod' ? { kind: 'Pod', uid: 999 } : null;
    const claim: SimClaim = { name, ordinal: c.ordinal, phase: c.bound ? 'Bound' : 'Pending', deleting: c.deleting, owner, binding: BINDINGS[c.binding]!, pendingReported: false };
    state.claims.set(name, claim);
  }
  return { spec, state };
}

const clone = (s: SimState): SimState => structuredClone(s);

function finalState(s: SimState): unknown {
  const pods = [...s.pods.values()].map((p) => ({ ...p })).sort((a, b) => a.name.localeCompare(b.name));
  const claims = [...s.claims.values()].map((c) => ({ ...c })).sort((a, b) => a.name.localeCompare(b.name));
  return { pods, claims, currentRevision: s.currentRevision, updateRevision: s.updateRevision, deleted: s.deleted };
}

describe('incremental simulation = reference model', () => {
  it('same events, waits and end state on random sets and states', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { spec, state } = build(sc);
        const dns = { service: sc.service, namespace: 'default', domain: 'cluster.local' };
        const ref = new ReferenceSimulation(clone(state), structuredClone(spec), { ...dns });
        const sim = new Simulation(clone(state), structuredClone(spec), { ...dns });
        for (const s of [ref, sim]) {
          if (sc.operation === 'delete') s.deleteSet();
          else {
            if (sc.operation === 'change-service') s.changeService(sc.newService, 'the Service changes');
            s.run();
          }
        }
        const shape = (e: { step: number; kind: string; action: string; name: string; ordinal?: number; revision?: string; type?: string; value?: string; reason: string }): string =>
          [e.step, e.kind, e.action, e.name, e.ordinal ?? '', e.revision ?? '', e.type ?? '', e.value ?? '', e.reason].join(' | ');
        assert.deepEqual(sim.events.map(shape), ref.events.map(shape));
        assert.deepEqual(sim.lastWait, ref.lastWait);
        assert.deepEqual(finalState(sim.state), finalState(ref.state));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });

  it('counts the DNS records added and removed as the events net out', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { spec, state } = build(sc);
        const sim = new Simulation(state, spec, { service: sc.service, namespace: 'default', domain: 'cluster.local' });
        if (sc.operation === 'change-service') sim.changeService(sc.newService, 'the Service changes');
        sim.run();
        const net = new Map<string, number>();
        for (const e of sim.events) if (e.kind === 'DNSRecord') net.set(`${e.type}|${e.name}|${e.value}`, (net.get(`${e.type}|${e.name}|${e.value}`) ?? 0) + (e.action === 'add' ? 1 : -1));
        const values = [...net.values()];
        assert.deepEqual(sim.dnsChanges(), { added: values.filter((v) => v > 0).length, removed: values.filter((v) => v < 0).length });
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('a rollout of many pods agrees with the reference too', () => {
    for (const monotonic of [true, false]) {
      const spec: SetSpec = { namespace: 'default', name: 'web', replicas: 60, start: 0, monotonic, strategy: 'RollingUpdate', partition: 5, maxUnavailable: 2, maxUnavailableGate: !monotonic, minReadySeconds: 0, whenScaled: 'Delete', whenDeleted: 'Retain', templates: [{ name: 'www', binding: BINDINGS[1]!, summary: '1Gi' }], revision: 'r2', labels: LABELS };
      const state = emptyState();
      state.currentRevision = state.updateRevision = 'r1';
      for (let o = 0; o < 80; o++) state.pods.set(podName('web', o), { name: podName('web', o), ordinal: o, revision: 'r1', labels: LABELS, phase: 'Running', ready: true, terminating: false, uid: state.nextUid++ });
      const dns = { service: { name: 'nginx', headless: true, selector: LABELS, ports: [{ name: 'web', protocol: 'tcp', port: 80 }], publishNotReady: false, families: ['IPv4' as const] }, namespace: 'default', domain: 'cluster.local' };
      const ref = new ReferenceSimulation(clone(state), structuredClone(spec), { ...dns });
      const sim = new Simulation(clone(state), structuredClone(spec), { ...dns });
      ref.run();
      sim.run();
      assert.ok(sim.events.length > 500);
      assert.deepEqual(
        sim.events.map((e) => `${e.step} ${e.action} ${e.name} ${e.reason}`),
        ref.events.map((e) => `${e.step} ${e.action} ${e.name} ${e.reason}`),
      );
      assert.deepEqual(finalState(sim.state), finalState(ref.state));
    }
  });
});
