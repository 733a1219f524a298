/**
 * A Mermaid sequence diagram of one StatefulSet's rollout for the Markdown plan: the StatefulSet
 * controller and one lane per pod ordinal; what happens at the same moment is drawn in `par`
 * blocks. Long plans draw the first repetition of a repeating run and say what repeats.
 */
import type { PlanEvent, PlanRun, StatefulSetPlan } from '../types.js';
import { ordinalNames, timeline } from './shared.js';
import { printable } from '../../text/printable.js';

/**
 * Mermaid text for a label, message or note: one line (a line break ends a statement), without
 * statement separators, comments, directives or entity markers, whatever the names hold.
 */
const text = (s: string): string => printable(s).replace(/[;#%]/g, ' ').replace(/\s+/g, ' ').trim();

function messages(events: PlanEvent[], lane: (e: PlanEvent) => string): string[] {
  const out: string[] = [];
  const pvcCreates = events.filter((e) => e.kind === 'PersistentVolumeClaim' && e.action === 'create');
  for (const e of events) {
    const p = lane(e);
    if (e.kind === 'Pod') {
      if (e.action === 'create') {
        const claims = pvcCreates.filter((c) => c.ordinal === e.ordinal).map((c) => c.name);
        out.push(`S->>${p}: ${text(`create${claims.length ? ` with new PVC ${claims.join(', ')}` : ''}${e.revision ? ` (${e.revision})` : ''}`)}`);
      } else if (e.action === 'delete') out.push(`S-x${p}: delete`);
      else if (e.action === 'running') out.push(`Note over ${p}: Running (has an IP)`);
      else if (e.action === 'ready') out.push(`${p}-->>S: Ready`);
      else if (e.action === 'pending') out.push(`Note over ${p}: ${text(`Pending: ${e.reason}`)}`);
    } else if (e.kind === 'PersistentVolumeClaim') {
      if (e.action === 'create' && events.some((x) => x.kind === 'Pod' && x.action === 'create' && x.ordinal === e.ordinal)) continue;
      const verb = { create: 'created', bind: 'bound', pending: 'stays Pending', delete: 'deleted', retain: 'kept', update: 're-owned' }[e.action as string] ?? e.action;
      out.push(`Note over ${p}: PVC ${text(e.name)} ${verb}`);
    }
  }
  const dns = events.filter((e) => e.kind === 'DNSRecord');
  for (const action of ['add', 'remove'] as const) {
    const byLane = new Map<string, number>();
    for (const e of dns) if (e.action === action) byLane.set(lane(e), (byLane.get(lane(e)) ?? 0) + 1);
    for (const [p, n] of byLane) out.push(`Note over ${p}: DNS ${action === 'add' ? '+' : '-'}${n} record${n === 1 ? '' : 's'}`);
  }
  return out;
}

export function mermaidTimeline(s: StatefulSetPlan, events: PlanEvent[], runs: PlanRun[] = []): string {
  const lanes = new Map<number, string>();
  const lane = (e: PlanEvent): string => {
    if (e.ordinal === undefined) return 'S';
    if (!lanes.has(e.ordinal)) lanes.set(e.ordinal, `P${e.ordinal}`);
    return lanes.get(e.ordinal)!;
  };
  // Drawn events, each with a note after a repeating run's first repetition.
  const drawn: { step: number; events: PlanEvent[]; note?: string }[] = [];
  const push = (e: PlanEvent): void => {
    const last = drawn.at(-1);
    if (last && last.step === e.step && !last.note) last.events.push(e);
    else drawn.push({ step: e.step, events: [e] });
  };
  for (const entry of timeline(events, runs)) {
    if (entry.type === 'event') push(entry.event);
    else {
      const first = entry.block.map((b) => b.event);
      for (const e of first) push(e);
      const o = entry.ordinals;
      drawn.at(-1)!.note = `the same for ${ordinalNames(s.name, { first: o.first + o.step, last: o.last, count: o.count - 1, step: o.step }, 3)}`;
    }
  }
  const body: string[] = [];
  for (const d of drawn) {
    const ordinals = [...new Set(d.events.map((e) => e.ordinal))];
    if (ordinals.length > 1) {
      ordinals.forEach((o, i) => {
        const mine = d.events.filter((e) => e.ordinal === o);
        body.push(`  ${i === 0 ? 'par' : 'and'} ${text(o === undefined ? s.name : `${s.name}-${o}`)}`);
        for (const m of messages(mine, lane)) body.push(`    ${m}`);
      });
      body.push('  end');
    } else for (const m of messages(d.events, lane)) body.push(`  ${m}`);
    if (d.note) {
      const p = lane(d.events[0]!);
      body.push(`  Note over S,${p === 'S' ? 'S' : p}: ${text(d.note)}`);
    }
  }
  const head = ['sequenceDiagram', `  participant S as ${text(`StatefulSet ${s.namespace}/${s.name}`)}`];
  for (const [o, id] of [...lanes].sort((a, b) => a[0] - b[0])) head.push(`  participant ${id} as ${text(`${s.name}-${o}`)}`);
  return [...head, ...body].join('\n');
}
