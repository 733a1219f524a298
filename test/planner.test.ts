/**
 * The planner, bullet by bullet of what it plans: create, scale, update, delete, Service changes,
 * rejections and stuck rollouts, with the event order asserted. The spec's worked example
 * (spec/statefulset-semantics.md §14) is checked event by event and in every output format.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { formatPlanText } from '../src/plan/render/text.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import { docs, example, lines, planOf, podOps, service, stack, storageClass, web, WORKED_EXAMPLE } from './helpers/plan.js';
import type { PlanOptions } from '../src/plan/plan.js';
import { repoPath } from './helpers/paths.js';
import { builtinProfile } from '../src/k8s/profiles.js';

const ZONE = 'nginx.default.svc.cluster.local';

/** The records of pod web-k (spec §13.2): A of the Service, A of the pod, PTR of its address, SRV per named port. */
const records = (k: number, step: number, action: 'add' | 'remove'): string[] => [
  `${step} ${action} DNSRecord ${ZONE} A`,
  `${step} ${action} DNSRecord web-${k}.${ZONE} A`,
  `${step} ${action} DNSRecord address of web-${k} (in-addr.arpa) PTR`,
  `${step} ${action} DNSRecord _web._tcp.${ZONE} SRV`,
];

/** The spec's §14.1/14.2 sequence for one new ordinal starting at `step`: Running (an IP) comes before Ready, DNS after Ready. */
function newOrdinal(k: number, step: number): string[] {
  return [
    `${step} create PersistentVolumeClaim www-web-${k}`,
    `${step} create Pod web-${k}`,
    `${step + 1} bind PersistentVolumeClaim www-web-${k}`,
    `${step + 2} running Pod web-${k}`,
    `${step + 3} ready Pod web-${k}`,
    ...records(k, step + 4, 'add'),
  ];
}
const dnsGone = (k: number, step: number, action: 'add' | 'remove' = 'remove'): string[] => records(k, step, action);

describe('worked example (spec §14)', () => {
  it('14.1 create with 2 replicas: PVC, pod, bound, Ready, DNS; then the next ordinal', async () => {
    const p = await planOf(null, example('web-1-create'));
    assert.deepEqual(lines(p), [...newOrdinal(0, 1), ...newOrdinal(1, 6)]);
    assert.equal(p.statefulSets[0]!.revision.update, p.events[1]!.revision);
    assert.equal(p.summary.text, '+2 pods, +2 PVCs, +8 DNS records, 0 deleted');
    assert.equal(p.ok, true);
  });
  it('14.2 scale to 5: web-2, web-3, web-4 one after the other, no new revision', async () => {
    const p = await planOf(example('web-1-create'), example('web-2-scale-up'));
    assert.deepEqual(lines(p), [...newOrdinal(2, 1), ...newOrdinal(3, 6), ...newOrdinal(4, 11)]);
    assert.equal(p.statefulSets[0]!.revision.created, false);
    assert.deepEqual(p.statefulSets[0]!.changes, ['replicas 2 → 5']);
  });
  it('14.3 scale to 2: delete web-4, web-3, web-2, DNS removed in the step of the deletion (§13.3), PVCs kept', async () => {
    const p = await planOf(example('web-2-scale-up'), example('web-3-scale-down'));
    const down = (k: number, step: number): string[] => [`${step} delete Pod web-${k}`, ...dnsGone(k, step), `${step + 1} retain PersistentVolumeClaim www-web-${k}`];
    assert.deepEqual(lines(p), [...down(4, 1), ...down(3, 3), ...down(2, 5)]);
    assert.equal(p.summary.pvcsRetained, 3);
  });
  it('14.4 rolling update: new revision; web-1 then web-0 deleted and recreated, PVCs reused', async () => {
    const p = await planOf(example('web-3-scale-down'), example('web-4-update'));
    const s = p.statefulSets[0]!;
    assert.equal(s.revision.created, true);
    assert.notEqual(s.revision.update, s.revision.current);
    const roll = (k: number, step: number): string[] => [`${step} delete Pod web-${k}`, ...dnsGone(k, step), `${step + 1} create Pod web-${k}`, `${step + 2} running Pod web-${k}`, `${step + 3} ready Pod web-${k}`, ...dnsGone(k, step + 4, 'add')];
    assert.deepEqual(lines(p), [...roll(1, 1), ...roll(0, 6)]);
    const creates = p.events.filter((e) => e.kind === 'Pod' && e.action === 'create');
    assert.ok(creates.every((e) => e.revision === s.revision.update && /reuses PVC www-web-/.test(e.reason)));
    assert.equal(p.summary.podsReplaced, 2);
  });

  for (const [name, from, to] of WORKED_EXAMPLE) {
    it(`${name} renders as the golden text, Markdown and JSON`, async () => {
      const p = await planOf(from ? example(from) : null, example(to));
      for (const [ext, text] of [['txt', formatPlanText(p)], ['md', formatPlanMarkdown(p)], ['json', formatPlanJson(p)]] as const) {
        const file = repoPath(`test/fixtures/plan/worked-example/${name}.${ext}`);
        if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
        assert.equal(text, readFileSync(file, 'utf8'), `${file} (UPDATE_GOLDEN=1 regenerates it)`);
      }
      // Every format carries the same events in the same order.
      const json = JSON.parse(formatPlanJson(p)) as { events: { seq: number; name: string }[] };
      assert.deepEqual(json.events.map((e) => e.seq), p.events.map((_, i) => i + 1));
      const text = formatPlanText(p);
      const md = formatPlanMarkdown(p);
      let at = 0;
      let atMd = 0;
      for (const e of p.events) {
        const needle = e.kind === 'DNSRecord' ? `${e.name} ${e.type}` : e.name;
        at = text.indexOf(needle, at);
        atMd = md.indexOf(needle, atMd);
        assert.ok(at >= 0 && atMd >= 0, `event ${e.seq} (${needle}) in order in text and Markdown`);
      }
    });
  }
});

describe('create', () => {
  it('Parallel creates every pod with its PVC in one step', async () => {
    const p = await planOf(null, stack({ replicas: 3, policy: 'Parallel' }));
    const first = p.events.filter((e) => e.step === 1).map((e) => `${e.action} ${e.name}`);
    assert.deepEqual(first, ['create www-web-0', 'create web-0', 'create www-web-1', 'create web-1', 'create www-web-2', 'create web-2']);
    assert.deepEqual([...new Set(p.events.filter((e) => e.action === 'ready').map((e) => e.step))].length, 1);
  });
  it('ordinals.start names pods from the start ordinal', async () => {
    const p = await planOf(null, stack({ replicas: 2, start: 5 }));
    assert.deepEqual(podOps(p), ['create pvc www-web-5', 'create pod web-5', 'create pvc www-web-6', 'create pod web-6']);
  });
  it('Immediate binding binds the PVC at once', async () => {
    const p = await planOf(null, docs(service(), storageClass({ mode: 'Immediate' }), web({ replicas: 1 })));
    const bind = p.events.find((e) => e.action === 'bind')!;
    assert.match(bind.reason, /Immediate/);
  });
  it('minReadySeconds is named in the readiness events', async () => {
    const p = await planOf(null, stack({ replicas: 1, minReadySeconds: 10 }));
    assert.match(p.events.find((e) => e.action === 'ready')!.reason, /minReadySeconds \(10s\)/);
  });
  it('a missing StorageClass blocks an OrderedReady rollout at web-0', async () => {
    const p = await planOf(null, docs(service(), web({ replicas: 3, storageClass: 'fast' })), { cluster: { name: 'test', storageClasses: [], provisioners: [] } });
    assert.deepEqual(lines(p), ['1 create PersistentVolumeClaim www-web-0', '1 create Pod web-0', '2 pending PersistentVolumeClaim www-web-0', '3 pending Pod web-0']);
    assert.equal(p.ok, false);
    const b = p.blocked[0]!;
    assert.equal(b.pod, 'web-0');
    assert.deepEqual(b.notCreated, ['web-1', 'web-2']);
    assert.match(b.reason, /StorageClass fast does not exist/);
    assert.equal(b.location?.file, 'web.yaml');
    assert.match(docs(service(), web({ replicas: 3, storageClass: 'fast' })).split('\n')[b.location!.line - 1]!, /storageClassName: fast/);
  });
  it('without a cluster profile an unknown class is assumed to exist, with a warning', async () => {
    const p = await planOf(null, docs(service(), web({ replicas: 1, storageClass: 'fast' })));
    assert.equal(p.ok, true);
    assert.match(p.warnings.map((w) => w.message).join('\n'), /StorageClass fast is not in the inputs/);
  });
  it('an existing PVC is reused as it is, with a warning naming both values', async () => {
    const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: www-web-0\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 5Gi\n';
    const p = await planOf(pvc, stack({ replicas: 2 }));
    assert.deepEqual(podOps(p), ['create pod web-0', 'create pvc www-web-1', 'create pod web-1']);
    assert.match(p.events[0]!.reason, /reuses PVC www-web-0/);
    const w = p.warnings.find((x) => /www-web-0 already exists/.test(x.message))!;
    assert.match(w.message, /storage 5Gi \(template: 1Gi\)/);
    assert.equal(w.location?.file, 'before.yaml');
  });
  it('a Service that is not headless gives no per-pod DNS records, and says so', async () => {
    const p = await planOf(null, docs(service({ headless: false }), storageClass(), web({ replicas: 1 })));
    assert.equal(p.events.filter((e) => e.kind === 'DNSRecord').length, 0);
    assert.equal(p.statefulSets[0]!.service.dns, false);
    assert.match(p.warnings[0]!.message, /not headless/);
  });
  it('publishNotReadyAddresses publishes a pod as soon as it runs', async () => {
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Running' }], 1) }, docs(service({ publishNotReady: true }), storageClass(), web({ replicas: 1 })));
    // web-0 runs but is not Ready: turning publishNotReadyAddresses on publishes it at once.
    assert.deepEqual(lines(p), records(0, 1, 'add'));
    assert.match(p.events[0]!.reason, /publishNotReadyAddresses true/);
    const q = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Running' }], 1) }, stack({ replicas: 1 }));
    assert.deepEqual(lines(q), []);
    assert.equal(q.blocked[0]!.pod, 'web-0');
  });
});

describe('DNS (spec §13)', () => {
  const pnr = (o: Parameters<typeof web>[0]): string => docs(service({ publishNotReady: true }), storageClass(), web(o));
  it('a new pod: Running (an IP) before Ready, records after Ready', async () => {
    const p = await planOf(null, stack({ replicas: 1 }));
    assert.deepEqual(lines(p).slice(3), ['3 running Pod web-0', '4 ready Pod web-0', ...records(0, 5, 'add')]);
  });
  it('publishNotReadyAddresses: records appear when the pod is Running with an IP, before it is Ready', async () => {
    const p = await planOf(null, pnr({ replicas: 1 }));
    assert.deepEqual(lines(p).slice(3), ['3 running Pod web-0', ...records(0, 4, 'add'), '5 ready Pod web-0']);
    assert.match(p.events.find((e) => e.kind === 'DNSRecord')!.reason, /Running with an IP \(publishNotReadyAddresses: true/);
  });
  it('a terminating pod\'s records go in the step of its deletion (EndpointSlice ready=false once deletionTimestamp is set)', async () => {
    for (const [from, to] of [[stack({ replicas: 2 }), stack({ replicas: 1 })], [stack({ replicas: 1 }), stack({ replicas: 1, image: 'nginx:1.28' })]] as const) {
      const p = await planOf(from, to);
      const del = p.events.find((e) => e.kind === 'Pod' && e.action === 'delete')!;
      const removed = p.events.filter((e) => e.kind === 'DNSRecord' && e.action === 'remove');
      assert.equal(removed.length, 4);
      assert.ok(removed.every((e) => e.step === del.step && e.seq > del.seq && /is terminating/.test(e.reason)));
    }
  });
  it('publishNotReadyAddresses: a terminating pod keeps its records until it is gone', async () => {
    const p = await planOf(pnr({ replicas: 2 }), pnr({ replicas: 1 }));
    assert.deepEqual(lines(p), ['1 delete Pod web-1', '2 retain PersistentVolumeClaim www-web-1', ...records(1, 2, 'remove')]);
    assert.match(p.events.find((e) => e.kind === 'DNSRecord')!.reason, /web-1 is gone/);
  });
  it('PTR records name the pod\'s hostname under the governing Service, one per IP family', async () => {
    const p = await planOf(null, stack({ replicas: 1 }));
    const ptr = p.events.filter((e) => e.type === 'PTR');
    assert.deepEqual(ptr.map((e) => [e.name, e.value]), [['address of web-0 (in-addr.arpa)', `web-0.${ZONE}.`]]);
    const dual = service().replace('  clusterIP: None', '  clusterIP: None\n  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]');
    const q = await planOf(null, docs(dual, storageClass(), web({ replicas: 1 })));
    assert.deepEqual(q.events.filter((e) => e.type === 'PTR').map((e) => e.name), ['address of web-0 (in-addr.arpa)', 'address of web-0 (ip6.arpa)']);
  });
});

describe('scale', () => {
  it('scale down with whenScaled: Delete re-owns the PVCs of all condemned pods first, then deletes pods; the garbage collector follows each pod, never ahead of the next deletion', async () => {
    const p = await planOf(stack({ replicas: 4, whenScaled: 'Delete' }), stack({ replicas: 1, whenScaled: 'Delete' }));
    // updateStatefulSet runs fixPodClaim over every condemned pod (descending) before processCondemned deletes the first.
    assert.deepEqual(lines(p, (e) => e.kind !== 'DNSRecord'), [
      '1 update PersistentVolumeClaim www-web-3',
      '1 update PersistentVolumeClaim www-web-2',
      '1 update PersistentVolumeClaim www-web-1',
      '1 delete Pod web-3',
      '2 delete PersistentVolumeClaim www-web-3',
      '2 delete Pod web-2',
      '3 delete PersistentVolumeClaim www-web-2',
      '3 delete Pod web-1',
      '4 delete PersistentVolumeClaim www-web-1',
    ]);
    const update = p.events.find((e) => e.action === 'update')!;
    assert.match(update.reason, /ownerReference → Pod web-3 \(whenScaled: Delete\)/);
    // No PVC deletion is a step before the deletion of the next pod: the collector acts beside it, in its step.
    for (const [gone, own, next] of [['www-web-3', 'web-3', 'web-2'], ['www-web-2', 'web-2', 'web-1']] as const) {
      const del = p.events.find((e) => e.kind === 'PersistentVolumeClaim' && e.action === 'delete' && e.name === gone)!;
      const pod = p.events.find((e) => e.kind === 'Pod' && e.action === 'delete' && e.name === next)!;
      const ownPod = p.events.find((e) => e.kind === 'Pod' && e.action === 'delete' && e.name === own)!;
      assert.equal(del.step, pod.step, `${gone} is deleted in the step of ${next}'s deletion, not in a step of its own before it`);
      assert.ok(del.step > ownPod.step, `${gone} is deleted after ${own} is deleted`);
      assert.match(del.reason, /garbage collector after web-\d is gone/);
    }
    // Said once, as the set's data fate (no class in the inputs has a reclaimPolicy the plan could name).
    assert.equal(p.statefulSets[0]!.dataFate?.sentence, 'scaling web from 4 to 1 deletes PVCs www-web-{1..3} (whenScaled: Delete) and their disks (class standard: reclaimPolicy Delete)');
    assert.doesNotMatch(p.warnings.map((w) => w.message).join(), /retention policy/);
  });
  it('scale down with whenScaled: Retain updates no PVC', async () => {
    const p = await planOf(stack({ replicas: 3 }), stack({ replicas: 1 }));
    assert.equal(p.events.filter((e) => e.action === 'update').length, 0);
  });
  it('Parallel scale down with whenScaled: Delete re-owns every PVC in the sync that deletes every pod', async () => {
    const p = await planOf(stack({ replicas: 3, whenScaled: 'Delete', policy: 'Parallel' }), stack({ replicas: 1, whenScaled: 'Delete', policy: 'Parallel' }));
    assert.deepEqual(lines(p, (e) => e.kind !== 'DNSRecord'), [
      '1 update PersistentVolumeClaim www-web-2',
      '1 update PersistentVolumeClaim www-web-1',
      '1 delete Pod web-2',
      '1 delete Pod web-1',
      '2 delete PersistentVolumeClaim www-web-1',
      '2 delete PersistentVolumeClaim www-web-2',
    ]);
  });
  it('Parallel scale down deletes every condemned pod at once', async () => {
    const p = await planOf(stack({ replicas: 4, policy: 'Parallel' }), stack({ replicas: 1, policy: 'Parallel' }));
    assert.deepEqual(lines(p, (e) => e.kind === 'Pod'), ['1 delete Pod web-3', '1 delete Pod web-2', '1 delete Pod web-1']);
  });
  it('--scale outside 0..2147483647 (spec.replicas is an int32) is an options error', async () => {
    for (const replicas of [2147483648, -1, 1.5, Number.NaN]) {
      await assert.rejects(planOf(null, stack({ replicas: 2 }), { scale: [{ name: 'web', replicas }] }), (e: Error) => e.constructor.name === 'OptionsError' && /0\.\.2147483647/.test(e.message));
    }
  });
  it('a set whose manifest says replicas: -1 (which the API server rejects) has no pods to start from', async () => {
    const broken = stack({ replicas: 2 }).replace('replicas: 2', 'replicas: -1');
    // kubectl scale over a manifest the API server rejects: the plan says so (and no longer throws).
    const scaled = await planOf(null, broken, { scale: [{ name: 'web', replicas: 2 }] });
    assert.match(scaled.statefulSets[0]!.rejection!.reason, /spec\.replicas: Invalid value: -1/);
    assert.deepEqual(scaled.events, []);
    const fromBroken = await planOf(broken, stack({ replicas: 1 }));
    assert.deepEqual(podOps(fromBroken), ['create pvc www-web-0', 'create pod web-0']);
  });
  it('--scale plans kubectl scale over the given manifests', async () => {
    const p = await planOf(null, stack({ replicas: 2 }), { scale: [{ name: 'web', replicas: 3 }] });
    assert.deepEqual(podOps(p), ['create pvc www-web-2', 'create pod web-2']);
    await assert.rejects(planOf(null, stack(), { scale: [{ name: 'nope', replicas: 3 }] }), /no StatefulSet nope/);
  });
  it('changing ordinals.start creates the new ordinals first, then deletes the old ones highest first', async () => {
    const p = await planOf(stack({ replicas: 2 }), stack({ replicas: 2, start: 1 }));
    assert.deepEqual(podOps(p), ['create pvc www-web-2', 'create pod web-2', 'delete pod web-0']);
  });
});

describe('update', () => {
  it('partition keeps the pods below it at the old revision', async () => {
    const p = await planOf(stack({ replicas: 3, partition: 2 }), stack({ replicas: 3, partition: 2, image: 'nginx:1.28' }));
    assert.deepEqual(podOps(p), ['delete pod web-2', 'create pod web-2']);
    assert.equal(p.ok, true);
  });
  it('OnDelete replaces nothing and says so', async () => {
    const p = await planOf(stack({ strategy: 'OnDelete' }), stack({ strategy: 'OnDelete', image: 'nginx:1.28' }));
    assert.deepEqual(podOps(p), []);
    assert.match(p.warnings[0]!.message, /OnDelete: no pod is replaced; web-0, web-1 keep revision/);
    assert.equal(p.statefulSets[0]!.change, 'update');
  });
  it('maxUnavailable is ignored on 1.36 (gate off) and honoured on 1.35.0 (gate on)', async () => {
    const before = stack({ replicas: 4, maxUnavailable: 2 });
    const after = stack({ replicas: 4, maxUnavailable: 2, image: 'nginx:1.28' });
    const off = await planOf(before, after);
    assert.deepEqual(lines(off, (e) => e.kind === 'Pod' && e.action === 'delete').map((l) => l.split(' ').slice(1).join(' ')), ['delete Pod web-3', 'delete Pod web-2', 'delete Pod web-1', 'delete Pod web-0']);
    assert.equal(new Set(off.events.filter((e) => e.action === 'delete').map((e) => e.step)).size, 4, 'one pod at a time');
    assert.match(off.warnings.map((w) => w.message).join(), /maxUnavailable is ignored/);
    const on = await planOf(before, after, { kubeVersion: '1.35.0' });
    const firstStep = on.events.filter((e) => e.step === 1 && e.kind === 'Pod').map((e) => `${e.action} ${e.name}`);
    assert.deepEqual(firstStep, ['delete web-3', 'delete web-2']);
    const gated = await planOf(before, after, { featureGates: { MaxUnavailableStatefulSet: true } });
    assert.deepEqual(gated.events.filter((e) => e.step === 1 && e.kind === 'Pod').map((e) => e.name), ['web-3', 'web-2']);
  });
  it('a rollback plans like any other update', async () => {
    const p = await planOf(stack({ image: 'nginx:1.28' }), stack({ image: 'nginx:1.27' }));
    const fresh = await planOf(null, stack({ image: 'nginx:1.27' }));
    assert.deepEqual(podOps(p), ['delete pod web-1', 'create pod web-1', 'delete pod web-0', 'create pod web-0']);
    assert.equal(p.events.find((e) => e.action === 'create')!.revision, fresh.statefulSets[0]!.revision.update);
  });
});

describe('delete', () => {
  it('deletes all pods at once, removes DNS, keeps PVCs, and recommends scaling to 0 first', async () => {
    const p = await planOf(stack({ replicas: 2 }), docs(service(), storageClass()));
    assert.equal(p.statefulSets[0]!.change, 'delete');
    assert.deepEqual(lines(p, (e) => e.kind !== 'DNSRecord'), ['1 delete Pod web-0', '1 delete Pod web-1', '2 retain PersistentVolumeClaim www-web-0', '2 retain PersistentVolumeClaim www-web-1']);
    assert.deepEqual(lines(p, (e) => e.kind === 'DNSRecord'), [...records(0, 1, 'remove'), ...records(1, 1, 'remove')]);
    assert.match(p.warnings[0]!.message, /no particular order.*--replicas=0 first/);
  });
  it('whenDeleted: Delete deletes the PVCs after the pods', async () => {
    const p = await planOf(stack({ replicas: 1, whenDeleted: 'Delete' }), docs(service(), storageClass()));
    assert.deepEqual(lines(p, (e) => e.kind !== 'DNSRecord'), ['1 delete Pod web-0', '2 delete PersistentVolumeClaim www-web-0']);
  });
});

describe('Service changes', () => {
  it('a headless Service created for running pods adds their records', async () => {
    const p = await planOf(docs(storageClass(), web({ replicas: 2 })), docs(service(), storageClass(), web({ replicas: 2 })));
    assert.deepEqual(lines(p), [...records(0, 1, 'add'), ...records(1, 1, 'add')]);
    assert.match(p.events[0]!.reason, /Service nginx created \(headless\)/);
    assert.equal(p.services[0]!.change, 'create');
  });
  it('a headless Service whose manifest drops clusterIP: None stays headless: the API server keeps the current value', async () => {
    const p = await planOf(stack({ replicas: 2 }), docs(service({ headless: false }), storageClass(), web({ replicas: 2 })));
    assert.deepEqual(lines(p), []);
    assert.notEqual(p.services[0]!.change, 'rejected');
    assert.deepEqual(p.services[0]!.headless, { from: true, to: true });
  });
  it('a deleted Service removes the records', async () => {
    const p = await planOf(stack({ replicas: 1 }), docs(storageClass(), web({ replicas: 1 })));
    assert.deepEqual(lines(p), records(0, 1, 'remove'));
    assert.equal(p.services[0]!.change, 'delete');
  });
  it('a port losing its name removes the SRV records', async () => {
    const p = await planOf(stack({ replicas: 1 }), docs(service({ portName: null }), storageClass(), web({ replicas: 1 })));
    assert.deepEqual(lines(p), [`1 remove DNSRecord _web._tcp.${ZONE} SRV`]);
  });
  it('turning a headless Service into one with a cluster IP is rejected (clusterIP is immutable)', async () => {
    const p = await planOf(stack({ replicas: 1 }), docs(service().replace('clusterIP: None', 'clusterIP: 10.96.100.10'), storageClass(), web({ replicas: 1 })));
    const s = p.services[0]!;
    assert.equal(s.change, 'rejected');
    assert.match(s.rejection!.reason, /may not change once set/);
    assert.deepEqual(s.rejection!.route, ['kubectl delete service nginx', 'kubectl apply -f web.yaml']);
    assert.equal(p.ok, false);
  });
  it('a renamed Service with the same serviceName is a delete and a create', async () => {
    const p = await planOf(stack({ replicas: 1 }), docs(service({ name: 'web-dns' }), storageClass(), web({ replicas: 1, serviceName: 'web-dns' })));
    assert.equal(p.statefulSets[0]!.change, 'rejected', 'serviceName is immutable');
    assert.deepEqual(p.services.map((s) => `${s.name} ${s.change}`), ['web-dns create', 'nginx delete']);
  });
});

describe('rejections', () => {
  it('a changed immutable field is rejected with the API reason and nothing planned for the set', async () => {
    const p = await planOf(stack({ replicas: 2 }), stack({ replicas: 3, policy: 'Parallel' }));
    const s = p.statefulSets[0]!;
    assert.equal(s.change, 'rejected');
    assert.match(s.rejection!.reason, /updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden/);
    assert.deepEqual(s.rejection!.fields.map((f) => [f.field, f.from, f.to]), [['spec.podManagementPolicy', 'OrderedReady', 'Parallel']]);
    assert.deepEqual(podOps(p), []);
    assert.equal(p.ok, false);
    assert.equal(p.summary.rejected, 1);
  });
  it('a bigger storage request prints the route that works', async () => {
    const p = await planOf(docs(service(), storageClass({ expansion: true }), web({ replicas: 2 })), docs(service(), storageClass({ expansion: true }), web({ replicas: 2, storage: '10Gi' })));
    const r = p.statefulSets[0]!.rejection!;
    assert.deepEqual(r.fields[0]!.field, 'spec.volumeClaimTemplates[0].spec.resources.requests.storage');
    assert.deepEqual(r.route, [
      `kubectl patch pvc www-web-0 -p '{"spec":{"resources":{"requests":{"storage":"10Gi"}}}}'`,
      `kubectl patch pvc www-web-1 -p '{"spec":{"resources":{"requests":{"storage":"10Gi"}}}}'`,
      'kubectl delete statefulset web --cascade=orphan',
      'kubectl apply -f web.yaml',
    ]);
    assert.match(docs(service(), storageClass({ expansion: true }), web({ replicas: 2, storage: '10Gi' })).split('\n')[r.fields[0]!.location!.line - 1]!, /storage: 10Gi/);
  });
  it('a bigger storage request on a class without allowVolumeExpansion says the PVCs cannot grow', async () => {
    const p = await planOf(stack({ replicas: 1 }), stack({ replicas: 1, storage: '10Gi' }));
    assert.match(p.statefulSets[0]!.rejection!.route[0]!, /StorageClass standard does not set allowVolumeExpansion: true/);
  });
  it('an object the API server rejects on create is rejected', async () => {
    const p = await planOf(null, stack({ replicas: 1 }).replace('app: nginx\n  template', 'app: other\n  template'));
    assert.equal(p.statefulSets[0]!.change, 'rejected');
    assert.match(p.statefulSets[0]!.rejection!.reason, /selector/);
    assert.deepEqual(podOps(p), []);
  });
});

interface PodSnap { name: string; state: 'Ready' | 'Running' | 'Pending' | 'Failed' | 'Terminating'; revision?: string }

/** A cluster snapshot of the stack with these pods (all claims Bound). */
function snapshot(pods: PodSnap[], replicas: number, extra: object[] = []): string {
  const rev = 'web-1111111111';
  const sts = { ...(JSON.parse(JSON.stringify(parseYaml(web({ replicas }))))), status: { currentRevision: rev, updateRevision: rev } };
  const items: object[] = [sts, parseYaml(service()), parseYaml(storageClass()), ...extra];
  for (const p of pods) {
    items.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: p.name, namespace: 'default', labels: { app: 'nginx', 'controller-revision-hash': p.revision ?? rev }, ...(p.state === 'Terminating' ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
      spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
      status: { phase: p.state === 'Ready' || p.state === 'Terminating' ? 'Running' : p.state, conditions: [{ type: 'Ready', status: p.state === 'Ready' ? 'True' : 'False' }] },
    });
    items.push({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `www-${p.name}`, namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Bound' } });
  }
  return stringify({ apiVersion: 'v1', kind: 'List', items });
}
import { parse as parseYaml } from 'yaml';

describe('cluster snapshot (--state)', () => {
  it('an unchanged template in a snapshot plans nothing, even without a matching revision name', async () => {
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Ready' }], 2) }, stack({ replicas: 2 }));
    assert.deepEqual(p.events, []);
    assert.equal(p.changed, false);
  });
  it('a Failed pod is deleted and created again', async () => {
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Failed' }], 2) }, stack({ replicas: 2 }));
    assert.deepEqual(podOps(p), ['delete pod web-1', 'create pod web-1']);
    assert.match(p.events[0]!.reason, /phase Failed/);
  });
  it('a Pending pod whose PVC is gone gets the PVC created again (ClaimMissing)', async () => {
    const list = parseYaml(snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Pending' }], 2)) as { items: { kind: string; metadata: { name: string } }[] };
    list.items = list.items.filter((i) => !(i.kind === 'PersistentVolumeClaim' && i.metadata.name === 'www-web-1'));
    const p = await planOf({ snapshot: stringify(list) }, stack({ replicas: 2 }));
    assert.deepEqual(
      p.events.filter((e) => e.name === 'www-web-1' || e.name === 'web-1').map((e) => `${e.kind} ${e.action} ${e.code}`),
      ['PersistentVolumeClaim create ClaimMissing'],
    );
    assert.match(p.events[0]!.reason, /^missing while web-1 is Pending: created again from claim template www/);
  });
  it('a terminating pod is waited for, then recreated', async () => {
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Terminating' }], 2) }, stack({ replicas: 2 }));
    assert.deepEqual(podOps(p), ['create pod web-1']);
  });
  it('a pod whose revision is not the template\'s is due for update', async () => {
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Ready', revision: 'web-0000000000' }, { name: 'web-1', state: 'Ready' }], 2) }, stack({ replicas: 2 }));
    assert.deepEqual(podOps(p), ['delete pod web-0', 'create pod web-0']);
  });
  it('a PVC that is being deleted stops the pod\'s creation until it is gone', async () => {
    const dying = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www-web-1', namespace: 'default', deletionTimestamp: '2026-01-01T00:00:00Z' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Bound' } };
    const p = await planOf({ snapshot: snapshot([{ name: 'web-0', state: 'Ready' }], 2, [dying]) }, stack({ replicas: 2 }));
    assert.deepEqual(podOps(p), ['delete pvc www-web-1', 'create pvc www-web-1', 'create pod web-1']);
  });
  it('a pod whose ordinal is not an int32 is ignored, as the controller ignores it (spec §3), not deleted', async () => {
    const pods: PodSnap[] = [{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Ready' }, { name: 'web-2147483648', state: 'Ready' }, { name: 'web-99999999999999999999', state: 'Ready' }];
    const p = await planOf({ snapshot: snapshot(pods, 2) }, stack({ replicas: 2 }));
    assert.deepEqual(p.inputErrors, []);
    assert.deepEqual(p.events, []);
    assert.equal(p.changed, false);
    // The largest int32 is an ordinal like any other: outside 0..1, so scaled down.
    const q = await planOf({ snapshot: snapshot([...pods.slice(0, 2), { name: 'web-2147483647', state: 'Ready' }], 2) }, stack({ replicas: 2 }));
    assert.deepEqual(podOps(q), ['delete pod web-2147483647']);
  });
  it('a malformed pod in a snapshot is reported where it is, and the rest is planned', async () => {
    const list = parseYaml(snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Ready' }, { name: 'web-2', state: 'Ready' }], 3)) as { items: { kind: string; metadata: { name: string; ownerReferences?: unknown }; status: { conditions?: unknown } }[] };
    const pod = (name: string): (typeof list.items)[number] => list.items.find((i) => i.kind === 'Pod' && i.metadata.name === name)!;
    pod('web-0').metadata.ownerReferences = 'x';
    pod('web-1').status.conditions = 7;
    const text = stringify(list);
    assert.match(text, /ownerReferences: x/);
    assert.match(text, /conditions: 7/);
    const p = await planOf({ snapshot: text }, stack({ replicas: 3 }));
    const lineOf = (re: RegExp): number => text.split('\n').findIndex((l) => re.test(l)) + 1;
    assert.deepEqual(p.inputErrors.map((e) => `${e.file}:${e.range.start.line} ${e.message.split(':')[0]}`), [`state.yaml:${lineOf(/ownerReferences: x/)} Pod web-0`, `state.yaml:${lineOf(/conditions: 7/)} Pod web-1`]);
    assert.match(p.inputErrors[0]!.message, /metadata\.ownerReferences: expected a list/);
    assert.match(p.inputErrors[1]!.message, /status\.conditions: expected a list/);
    // web-1 is read as not Ready (its conditions are unknown); web-0 and web-2 are planned as they are.
    assert.equal(p.blocked.length, 1);
    assert.match(p.blocked[0]!.reason, /web-1 is Running but not Ready/);
  });
  it('every field of a snapshot pod the planner reads is checked', async () => {
    const base = { apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };
    const bad: object[] = [
      { ...base, metadata: { name: 'web-0', namespace: 'default', labels: ['app'], ownerReferences: [7] }, status: 'Running' },
      { ...base, metadata: { name: 'web-1', namespace: 'default', labels: { app: 'nginx', 'controller-revision-hash': 5 }, uid: { a: 1 }, ownerReferences: [{ kind: 'StatefulSet', name: ['web'] }] }, status: { phase: 7, conditions: ['Ready', { type: 'Ready', status: true }] } },
    ];
    const p = await planOf({ snapshot: snapshot([], 2, bad) }, stack({ replicas: 2 }));
    const fields = p.inputErrors.map((e) => e.message.split(': ').slice(0, 2).join(': '));
    assert.deepEqual(fields, [
      'Pod web-0: metadata.labels',
      'Pod web-0: metadata.ownerReferences[0]',
      'Pod web-0: status',
      'Pod web-1: metadata.labels.controller-revision-hash',
      'Pod web-1: metadata.uid',
      'Pod web-1: metadata.ownerReferences[0].name',
      'Pod web-1: status.phase',
      'Pod web-1: status.conditions[0]',
      'Pod web-1: status.conditions[1].status',
    ]);
    for (const e of p.inputErrors) assert.ok(e.range.start.line > 1, e.message);
    assert.ok(p.statefulSets.length === 1);
  });
  it('a snapshot PVC or StatefulSet whose field has the wrong type is reported, not silently dropped', async () => {
    const list = parseYaml(snapshot([{ name: 'web-0', state: 'Ready' }], 1)) as { items: { kind: string; metadata: Record<string, unknown>; status: Record<string, unknown> }[] };
    const pvc = list.items.find((i) => i.kind === 'PersistentVolumeClaim')!;
    pvc.metadata.ownerReferences = 'x';
    list.items.find((i) => i.kind === 'StatefulSet')!.status.currentRevision = 5;
    const text = stringify(list);
    const p = await planOf({ snapshot: text }, stack({ replicas: 1 }));
    const lineOf = (re: RegExp): number => text.split('\n').findIndex((l) => re.test(l)) + 1;
    assert.deepEqual(p.inputErrors.map((e) => `${e.range.start.line} ${e.message.split(': ').slice(0, 2).join(': ')}`).sort(), [
      `${lineOf(/currentRevision: 5/)} StatefulSet web: status.currentRevision`,
      `${lineOf(/ownerReferences: x/)} PersistentVolumeClaim www-web-0: metadata.ownerReferences`,
    ].sort());
  });
});

describe('a running set on a cluster without a default StorageClass (issue 15 point 15)', () => {
  const eks = builtinProfile('eks', 30)!;
  const noClass = (o: Parameters<typeof web>[0] = {}): string => docs(service(), web({ replicas: 3, ...o }));
  it('the profile has no default class (the premise)', () => {
    assert.equal(eks.storageClasses.some((c) => c.isDefault), false);
  });
  it('an image bump from manifests (--from) is a rolling update over the bound PVCs, not a fresh install stuck at web-0', async () => {
    const p = await planOf(noClass(), noClass({ image: 'nginx:1.28' }), { cluster: eks, kubeVersion: '1.30' });
    assert.deepEqual(podOps(p), ['delete pod web-2', 'create pod web-2', 'delete pod web-1', 'create pod web-1', 'delete pod web-0', 'create pod web-0']);
    assert.equal(p.ok, true, JSON.stringify(p.blocked));
    assert.equal(p.events.filter((e) => e.kind === 'PersistentVolumeClaim').length, 0);
  });
  it('a scale-up from manifests: the existing ordinals run, only the new ordinal needs a class and stays Pending', async () => {
    const p = await planOf(noClass(), noClass({ replicas: 4 }), { cluster: eks, kubeVersion: '1.30' });
    assert.deepEqual(podOps(p), ['create pvc www-web-3', 'create pod web-3']);
    assert.equal(p.blocked.length, 1);
    assert.equal(p.blocked[0]!.pod, 'web-3');
    assert.match(p.blocked[0]!.reason, /no storageClassName and cluster profile "eks" has no default StorageClass/);
  });
  it('an image bump from a snapshot (--state) whose PVCs are Bound is a rolling update', async () => {
    const list = parseYaml(snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Ready' }, { name: 'web-2', state: 'Ready' }], 3)) as { items: { kind: string }[] };
    const snap = stringify({ ...list, items: list.items.filter((i) => i.kind !== 'StorageClass') });
    const p = await planOf({ snapshot: snap }, noClass({ image: 'nginx:1.28' }), { cluster: eks, kubeVersion: '1.30' });
    assert.deepEqual(podOps(p), ['delete pod web-2', 'create pod web-2', 'delete pod web-1', 'create pod web-1', 'delete pod web-0', 'create pod web-0']);
    assert.equal(p.ok, true, JSON.stringify(p.blocked));
  });
  it('a fresh install still stays Pending at web-0', async () => {
    const p = await planOf(null, noClass(), { cluster: eks, kubeVersion: '1.30' });
    assert.equal(p.blocked[0]!.pod, 'web-0');
    assert.deepEqual(p.blocked[0]!.notCreated, ['web-1', 'web-2']);
  });
});

describe('the kubectl commands a plan prints carry the namespace (issue 15 point 14)', () => {
  const inNs = (text: string, ns: string): string => text.replace(/^metadata:\n/gm, `metadata:\n  namespace: ${ns}\n`);
  const grow = (ns: string | null, storage: string): string => {
    const text = docs(service(), storageClass({ expansion: true }), web({ replicas: 2, storage }));
    return ns ? inNs(text, ns) : text;
  };
  const patch = `'{"spec":{"resources":{"requests":{"storage":"10Gi"}}}}'`;
  const cases: [string, string | null, PlanOptions, string][] = [
    ['metadata.namespace: prod', 'prod', {}, ' -n prod'],
    ['no metadata.namespace, --namespace prod', null, { defaultNamespace: 'prod' }, ' -n prod'],
    ['metadata.namespace: default', 'default', {}, ''],
    ['no namespace at all', null, {}, ''],
  ];
  for (const [name, ns, options, n] of cases) {
    it(`a rejected StatefulSet's route: ${name}`, async () => {
      const p = await planOf(grow(ns, '1Gi'), grow(ns, '10Gi'), options);
      assert.deepEqual(p.statefulSets[0]!.rejection!.route, [
        `kubectl patch pvc www-web-0${n} -p ${patch}`,
        `kubectl patch pvc www-web-1${n} -p ${patch}`,
        `kubectl delete statefulset web${n} --cascade=orphan`,
        `kubectl apply${n} -f web.yaml`,
      ]);
    });
  }
  it('a rejected Service\'s route and the StatefulSet deletion warning', async () => {
    const before = inNs(stack({ replicas: 1 }), 'prod');
    const p = await planOf(before, inNs(docs(service({ headless: true }).replace('clusterIP: None', 'clusterIP: 10.96.0.20'), storageClass()), 'prod'));
    assert.deepEqual(p.services[0]!.rejection!.route, ['kubectl delete service nginx -n prod', 'kubectl apply -n prod -f web.yaml']);
    assert.match(p.warnings.map((w) => w.message).join('\n'), /run kubectl scale statefulset web -n prod --replicas=0 first/);
  });
});

describe('cluster snapshots as the API server stores them (issue 15 point 13)', () => {
  /** The Service of service() as `kubectl get -o yaml` returns it: namespace, allocated and defaulted fields, no last-applied. */
  const liveService = (port = 80): object => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'nginx', namespace: 'default', uid: 'svc-uid', resourceVersion: '42', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { clusterIP: 'None', clusterIPs: ['None'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster', sessionAffinity: 'None', type: 'ClusterIP', selector: { app: 'nginx' }, ports: [{ name: 'web', port, protocol: 'TCP', targetPort: port }] },
    status: { loadBalancer: {} },
  });
  const withLive = (snap: string, svc: object): string => {
    const list = parseYaml(snap) as { items: { kind: string }[] };
    return stringify({ ...list, items: list.items.map((i) => (i.kind === 'Service' ? svc : i)) });
  };
  const ready2 = (): string => snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Ready' }], 2);
  it('a live Service equal to the manifest (which names no namespace and leaves defaults out) is unchanged', async () => {
    const p = await planOf({ snapshot: withLive(ready2(), liveService()) }, stack({ replicas: 2 }));
    assert.equal(p.services[0]!.change, 'unchanged', p.services[0]!.diff);
    assert.equal(p.services[0]!.diff, undefined);
    assert.equal(p.changed, false);
  });
  it('a real change of a live Service is an update whose diff shows only that change', async () => {
    const p = await planOf({ snapshot: withLive(ready2(), liveService(8080)) }, stack({ replicas: 2 }));
    assert.equal(p.services[0]!.change, 'update');
    const diff = p.services[0]!.diff!;
    const changed = diff.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)).map((l) => l.replace(/\s+/g, ' '));
    assert.deepEqual(changed, ['- port: 8080', '+ port: 80', '- targetPort: 8080', '+ targetPort: 80']);
  });

  /** The snapshot with web-1 Terminating on node node-b, in the given state. */
  const onLostNode = (node: { ready: string; outOfService?: boolean } | null): string => {
    const list = parseYaml(snapshot([{ name: 'web-0', state: 'Ready' }, { name: 'web-1', state: 'Terminating' }], 2)) as { items: Record<string, any>[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML test data
    for (const i of list.items) if (i.kind === 'Pod') i.spec.nodeName = i.metadata.name === 'web-1' ? 'node-b' : 'node-a';
    const nodeObj = (name: string, ready: string, taint: boolean): object => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: taint ? { taints: [{ key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' }] } : {}, status: { conditions: [{ type: 'Ready', status: ready }] } });
    if (node) list.items.push(nodeObj('node-a', 'True', false), nodeObj('node-b', node.ready, node.outOfService ?? false));
    return stringify(list);
  };
  it('a pod Terminating on a lost node is never replaced: the plan blocks there and says why', async () => {
    for (const ready of ['Unknown', 'False']) {
      const p = await planOf({ snapshot: onLostNode({ ready }) }, stack({ replicas: 2 }));
      assert.deepEqual(podOps(p), []);
      assert.equal(p.ok, false);
      assert.equal(p.blocked.length, 1);
      assert.equal(p.blocked[0]!.pod, 'web-1');
      assert.match(p.blocked[0]!.reason, new RegExp(`web-1 is Terminating on node node-b, which is NotReady \\(Ready ${ready}\\).*force-deleted.*node.kubernetes.io/out-of-service taint`));
    }
  });
  /** Two Ready pods whose PVCs are bound to PVs in `zones[i]` (node affinity on the zone label). */
  const zonedVolumes = (zones: string[]): string => {
    const list = parseYaml(ready2()) as { items: Record<string, any>[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML test data
    for (const i of list.items) if (i.kind === 'PersistentVolumeClaim') i.spec.volumeName = `pv-${i.metadata.name}`;
    zones.forEach((zone, i) =>
      list.items.push({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: `pv-www-web-${i}` },
        spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'standard', claimRef: { name: `www-web-${i}`, namespace: 'default' }, csi: { driver: 'ebs.csi.aws.com', volumeHandle: `vol-${i}` }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: [zone] }] }] } } },
      }),
    );
    return stringify(list);
  };
  it('a pod whose bound PV is in a zone the new template excludes stays Pending: volume node affinity conflict, the rollout blocks there', async () => {
    const p = await planOf({ snapshot: zonedVolumes(['us-east-1a', 'us-east-1a']) }, stack({ replicas: 2, zone: 'us-east-1b' }));
    assert.deepEqual(podOps(p), ['delete pod web-1', 'create pod web-1']);
    assert.equal(p.ok, false);
    assert.equal(p.blocked.length, 1);
    assert.equal(p.blocked[0]!.pod, 'web-1');
    assert.match(p.blocked[0]!.reason, /volume node affinity conflict: PVC www-web-1 is bound to PV pv-www-web-1 in zone us-east-1a, and the pod template allows only us-east-1b/);
    const pending = p.events.find((e) => e.kind === 'Pod' && e.action === 'pending' && e.name === 'web-1');
    assert.ok(pending, 'a pending event for web-1');
    assert.equal(pending.code, 'ZoneConflict');
    assert.deepEqual(p.events.filter((e) => e.kind === 'Pod' && e.name === 'web-1').map((e) => `${e.action} ${e.code}`), ['delete RollingUpdate', 'create Replacement', 'pending ZoneConflict']);
    assert.ok(!p.events.some((e) => e.kind === 'Pod' && e.name === 'web-0' && e.action === 'delete'), 'web-0 is not touched');
  });
  it('the same rollout completes when the PVs are in the zone the template requires, or name no zone', async () => {
    for (const snap of [zonedVolumes(['us-east-1b', 'us-east-1b']), ready2()]) {
      const p = await planOf({ snapshot: snap }, stack({ replicas: 2, zone: 'us-east-1b' }));
      assert.deepEqual(podOps(p), ['delete pod web-1', 'create pod web-1', 'delete pod web-0', 'create pod web-0']);
      assert.equal(p.ok, true);
    }
  });
  it('the same pod is replaced once the node has the out-of-service taint, or when the snapshot says nothing of nodes', async () => {
    for (const node of [{ ready: 'Unknown', outOfService: true }, null]) {
      const p = await planOf({ snapshot: onLostNode(node) }, stack({ replicas: 2 }));
      assert.deepEqual(podOps(p), ['create pod web-1']);
      assert.equal(p.ok, true);
    }
  });
});
