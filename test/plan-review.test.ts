/**
 * The plan as a reviewer reads it on a pull request: the Markdown's Mermaid diagram parses with
 * mermaid's own parser and has a lane per ordinal; long plans are summarised, and the summary
 * accounts for every event.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { formatPlanText } from '../src/plan/render/text.js';
import { compactTimeline, expandTemplate, narrative } from '../src/plan/render/shared.js';
import type { Plan } from '../src/plan/types.js';
import { repoPath } from './helpers/paths.js';
import { planOf, stack, docs, service, storageClass, web } from './helpers/plan.js';

interface Parsed {
  ok: boolean;
  error?: string;
  diagramType?: string;
  actors?: { name: string; description: string }[];
  messages?: { from?: string; to?: string; message: string; type: number }[];
}

/** Parses Mermaid text with the `mermaid` package (test/tools/mermaid-parse.mjs, installed by npm test). */
function parseMermaid(text: string): Parsed {
  const r = spawnSync(process.execPath, [repoPath('test/tools/mermaid-parse.mjs')], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Parsed;
}

function diagrams(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const scaleTo = (n: number, o: Parameters<typeof web>[0] = {}): Promise<Plan> => planOf(stack({ replicas: 3, ...o }), stack({ replicas: n, ...o }));

describe('Markdown: Mermaid rollout diagram', () => {
  it('the parser rejects broken diagrams (so a pass means something)', () => {
    assert.equal(parseMermaid('sequenceDiagram\n  S->>: create\n').ok, false);
  });

  const cases: [string, () => Promise<Plan>][] = [
    ['create (OrderedReady)', () => planOf(null, stack({ replicas: 3 }))],
    ['scale-up', () => scaleTo(5)],
    ['scale-down', () => scaleTo(1)],
    ['rolling update', () => planOf(stack({ replicas: 3 }), stack({ replicas: 3, image: 'nginx:1.28' }))],
    ['Parallel create', () => planOf(null, stack({ replicas: 3, policy: 'Parallel' }))],
    ['delete', () => planOf(stack({ replicas: 2 }), docs(service(), storageClass()))],
    ['blocked on a missing StorageClass', () => planOf(null, docs(service(), web({ replicas: 2, storageClass: 'missing' })), { cluster: { name: 'test', storageClasses: [], provisioners: [] } })],
    ['200-replica scale-up', () => scaleTo(200)],
  ];
  for (const [name, make] of cases) {
    it(`parses for ${name}, with the StatefulSet and one lane per ordinal`, async () => {
      const plan = await make();
      const md = formatPlanMarkdown(plan);
      const found = diagrams(md);
      const withEvents = plan.statefulSets.filter((s) => plan.events.some((e) => e.statefulSet === s.name));
      assert.equal(found.length, withEvents.length);
      for (const [i, d] of found.entries()) {
        const parsed = parseMermaid(d);
        assert.equal(parsed.ok, true, `${parsed.error}\n${d}`);
        assert.equal(parsed.diagramType, 'sequence');
        const s = withEvents[i]!;
        assert.equal(parsed.actors![0]!.description, `StatefulSet ${s.namespace}/${s.name}`);
        const lanes = parsed.actors!.slice(1).map((a) => a.description);
        const ordinals = [...new Set(plan.events.filter((e) => e.statefulSet === s.name && e.ordinal !== undefined).map((e) => `${s.name}-${e.ordinal}`))];
        for (const l of lanes) assert.ok(ordinals.includes(l), l);
        assert.ok(parsed.messages!.length > 0);
      }
    });
  }

  it('draws a scale-up as create, Ready and DNS per new pod, in order', async () => {
    const parsed = parseMermaid(diagrams(formatPlanMarkdown(await scaleTo(5)))[0]!);
    assert.deepEqual(parsed.actors!.map((a) => a.description), ['StatefulSet default/web', 'web-3', 'web-4']);
    const calls = parsed.messages!.filter((m) => m.from && m.to && m.from !== m.to).map((m) => `${m.from}->${m.to} ${m.message.split(' (')[0]}`);
    assert.deepEqual(calls, ['S->P3 create with new PVC www-web-3', 'P3->S Ready', 'S->P4 create with new PVC www-web-4', 'P4->S Ready']);
  });

  it('puts pods that start at the same moment in a par block', async () => {
    const d = diagrams(formatPlanMarkdown(await planOf(null, stack({ replicas: 3, policy: 'Parallel' }))))[0]!;
    assert.match(d, /^ {2}par web-0\n.*\n {2}and web-1\n.*\n {2}and web-2\n/m);
  });
});

describe('long plans are summarised', () => {
  it('a 200-replica scale-up is a few lines of text and Markdown, not hundreds', async () => {
    const plan = await scaleTo(200);
    assert.equal(plan.events.length, 197 * 9);
    const text = formatPlanText(plan);
    assert.ok(text.split('\n').length < 20, text);
    assert.match(text, /the same 9 events for each of web-3, web-4 … web-199 \(197\), in this order:/);
    assert.match(text, /create {2}Pod {2}web-\{3\.\.199\}/);
    assert.match(text, /add {5}DNS {2}web-\{3\.\.199\}\.nginx\.default\.svc\.cluster\.local A/);
    const md = formatPlanMarkdown(plan);
    assert.ok(md.split('\n').length < 90, `${md.split('\n').length} lines`);
    assert.match(md, /creates web-3, web-4 … web-199 \(197\) · PVCs www-web-3, www-web-4 … www-web-199 \(197\) bound/);
  });

  it('accounts for every event: the runs expand back to the timeline', async () => {
    for (const plan of [await scaleTo(60), await scaleTo(60, { policy: 'Parallel' }), await planOf(stack({ replicas: 50 }), stack({ replicas: 50, image: 'nginx:1.28' })), await planOf(stack({ replicas: 60 }), stack({ replicas: 3 }))]) {
      const entries = compactTimeline(plan.events);
      let i = 0;
      for (const entry of entries) {
        if (entry.type === 'event') {
          assert.equal(entry.event, plan.events[i]);
          i++;
          continue;
        }
        for (let k = 0; k < entry.ordinals.count; k++) {
          const ordinal = entry.ordinals.first + k * entry.ordinals.step;
          for (const b of entry.block) {
            const e = plan.events[i]!;
            const one = (s: string): string => expandTemplate(s, { first: ordinal, last: ordinal, count: 1, step: 1 }).replace(/\{(\d+)\.\.\1\}/g, '$1');
            assert.equal(`${e.action} ${e.kind} ${e.name} ${e.reason}`, `${b.event.action} ${b.event.kind} ${one(b.name)} ${one(b.reason)}`);
            i++;
          }
        }
      }
      assert.equal(i, plan.events.length);
      assert.ok(entries.length < plan.events.length / 5, `${entries.length} entries for ${plan.events.length} events`);
    }
  });

  it('leaves short timelines and non-repeating runs alone', async () => {
    const plan = await scaleTo(5);
    assert.ok(compactTimeline(plan.events).every((e) => e.type === 'event'));
    assert.doesNotMatch(formatPlanText(plan), /the same/);
  });

  it('tells a reviewer which pods, PVCs and DNS names come and go', async () => {
    assert.deepEqual(narrative((await scaleTo(5)).events), ['creates web-3, web-4', 'PVCs www-web-3, www-web-4 bound', 'DNS web-3.nginx.default.svc.cluster.local, web-4.nginx.default.svc.cluster.local added']);
    assert.deepEqual(narrative((await scaleTo(1)).events), ['deletes web-2, web-1', 'PVCs www-web-2, www-web-1 kept', 'DNS web-2.nginx.default.svc.cluster.local, web-1.nginx.default.svc.cluster.local removed']);
    assert.deepEqual(narrative((await planOf(stack({ replicas: 2 }), stack({ replicas: 2, image: 'nginx:1.28' }))).events), ['replaces web-1, web-0']);
  });
});
