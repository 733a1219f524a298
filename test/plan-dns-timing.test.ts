/**
 * When the pods' DNS names appear (spec §13.3; EndpointSlice podToEndpoint: ready =
 * publishNotReadyAddresses || (serving && !terminating); CoreDNS EndpointSliceToEndpoints serves
 * only ready endpoints): the plan's DNS events and the once-per-set note in every format.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPlanText } from '../src/plan/render/text.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import { docs, planOf, service, stack, storageClass, web } from './helpers/plan.js';

/** web, whose pods name their peers (as etcd's --initial-cluster does). */
const peers = (replicas: number, policy?: 'Parallel'): string =>
  web({ replicas, ...(policy ? { policy } : {}) }).replace('image: nginx:1.27\n', 'image: nginx:1.27\n        args: [--peers=web-0.nginx,web-1.nginx,web-2.nginx]\n');

/** Step of the first event matching, or -1. */
const stepOf = (p: Awaited<ReturnType<typeof planOf>>, kind: string, action: string, name: string): number => p.events.find((e) => e.kind === kind && e.action === action && e.name === name)?.step ?? -1;

describe('DNS timing', () => {
  it('without publishNotReadyAddresses a pod\'s name appears after it is Ready, and the plan says so once when the pods name their peers', async () => {
    const p = await planOf(null, docs(service(), storageClass(), peers(3)));
    const host = 'web-1.nginx.default.svc.cluster.local';
    assert.ok(stepOf(p, 'DNSRecord', 'add', host) > stepOf(p, 'Pod', 'ready', 'web-1'));
    assert.equal(p.statefulSets[0]!.service.timing?.appear, 'ready');
    const note = p.statefulSets[0]!.service.timing!.note;
    assert.match(note, /web-0\.nginx\.default\.svc\.cluster\.local appear only once each pod is Ready \(Service nginx does not set publishNotReadyAddresses\): until then a peer that looks the name up finds no record \(the containers use such names: web-0\.nginx\)$/);
    const text = formatPlanText(p);
    assert.equal(text.split(note).length - 1, 1, 'once in the text plan');
    assert.equal(formatPlanMarkdown(p).split(note).length - 1, 1, 'once in the Markdown plan');
    assert.equal(JSON.parse(formatPlanJson(p)).statefulSets[0].service.timing.appear, 'ready');
  });

  it('with publishNotReadyAddresses a pod\'s name appears when it is Running with an IP, before Ready', async () => {
    const p = await planOf(null, docs(service({ publishNotReady: true }), storageClass(), web({ replicas: 3 })));
    const host = 'web-1.nginx.default.svc.cluster.local';
    const added = stepOf(p, 'DNSRecord', 'add', host);
    assert.ok(added >= stepOf(p, 'Pod', 'running', 'web-1') && added < stepOf(p, 'Pod', 'ready', 'web-1'));
    assert.equal(p.statefulSets[0]!.service.timing?.appear, 'running');
    assert.match(formatPlanText(p), /DNS: pods' DNS names such as web-0\.nginx\.default\.svc\.cluster\.local appear as soon as each pod has an IP \(its init containers may still be running\), before it is Ready \(Service nginx sets publishNotReadyAddresses: true\)/);
  });

  it('says nothing where it does not matter: pods that name no peer, a scale-down, a Service that gives no names', async () => {
    const plain = await planOf(null, stack({ replicas: 3 }));
    assert.ok(plain.events.some((e) => e.kind === 'DNSRecord' && e.action === 'add'), 'the plan publishes the pods');
    assert.equal(plain.statefulSets[0]!.service.timing, undefined);
    assert.doesNotMatch(formatPlanText(plain), /DNS:/);
    const down = await planOf(docs(service(), storageClass(), peers(3)), docs(service(), storageClass(), peers(1)));
    assert.equal(down.statefulSets[0]!.service.timing, undefined);
    assert.doesNotMatch(formatPlanText(down), /appear/);
    const noService = await planOf(null, docs(storageClass(), peers(2)));
    assert.equal(noService.statefulSets[0]!.service.timing, undefined);
  });

  it('a huge set summarised in runs states it too', async () => {
    const p = await planOf(null, docs(service({ publishNotReady: true }), storageClass(), web({ replicas: 5000, policy: 'Parallel' })));
    assert.ok(p.runs?.length, 'the plan has runs');
    assert.equal(p.statefulSets[0]!.service.timing?.appear, 'running');
  });
});
