/** `stsplan plan --format text`: a timeline per StatefulSet, like `kubectl get pods -w` told in advance. */
import type { Plan, PlanEvent } from '../types.js';
import { printable } from '../../text/printable.js';
import { blockedLists, eventCount, eventsOf, expandTemplate, headline, KIND_SHORT, lastStep, ordinalNames, renderedFrom, runsOf, show, stuckPodLines, SUMMARISE_AFTER, timeline, where } from './shared.js';

export function formatPlanText(plan: Plan): string {
  const out: string[] = [];
  for (const e of plan.inputErrors) out.push(`${e.file}:${e.range.start.line}:${e.range.start.column}: error: ${e.message}${renderedFrom(e.template, ' (')}${e.template === undefined ? '' : ')'}`);
  if (plan.inputErrors.length) out.push('');
  for (const s of plan.statefulSets) {
    out.push(`StatefulSet ${s.namespace}/${s.name}: ${headline(s)}  [${s.podManagementPolicy}, ${s.updateStrategy}]`);
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (s.rejection) {
      out.push(`  rejected: ${s.rejection.reason}`);
      for (const f of s.rejection.fields) out.push(`    ${f.field}: ${show(f.from)} → ${show(f.to)}${f.location ? `  (${where(f.location)})` : ''}`);
      out.push('  instead:');
      s.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    }
    if (!s.service.dns && s.service.why) out.push(`  DNS: ${s.service.why}`);
    if (s.service.timing) out.push(`  DNS: ${s.service.timing.note}`);
    if (s.dataFate) out.push(`  data: ${s.dataFate.sentence}`);
    if (s.unplanned) out.push(`  not planned: ${s.unplanned}`);
    else if (total === 0) out.push('  no pod, PVC or DNS changes');
    const last = lastStep(events, runs);
    const stepWidth = total > SUMMARISE_AFTER ? String(last).length * 2 + 1 : String(last ?? 1).length;
    // A run's names are as wide as its last repetition's.
    const names = [...events, ...runs.flatMap((r) => r.block.map((b) => ({ ...b.event, name: b.name.replace(/\{N\}/g, String(r.ordinals.last)) })))];
    const nameWidth = names.reduce((w, e) => (e.kind === 'DNSRecord' ? w : Math.max(w, Math.min(40, e.name.length))), 0);
    const line = (step: string, e: PlanEvent, name: string, value: string | undefined, reason: string): string => {
      const obj = e.kind === 'DNSRecord' ? `${name} ${e.type} ${value}` : name.padEnd(nameWidth);
      return `  ${step}  ${e.action.padEnd(7)} ${KIND_SHORT[e.kind].padEnd(3)}  ${obj}  ${e.kind === 'DNSRecord' ? `(${reason})` : reason}`;
    };
    for (const entry of timeline(events, runs)) {
      if (entry.type === 'event') {
        const e = entry.event;
        out.push(line(String(e.step).padStart(stepWidth), e, e.name, e.value, e.reason));
        continue;
      }
      out.push(`  ${`${entry.steps.first}–${entry.steps.last}`.padStart(stepWidth)}  the same ${entry.block.length} event${entry.block.length === 1 ? '' : 's'} for each of ${ordinalNames(s.name, entry.ordinals, 4)}, in this order:`);
      const pad = ' '.repeat(stepWidth);
      for (const b of entry.block) out.push(line(pad, b.event, expandTemplate(b.name, entry.ordinals), b.value === undefined ? undefined : expandTemplate(b.value, entry.ordinals), expandTemplate(b.reason, entry.ordinals)));
    }
    out.push('');
  }
  for (const s of plan.services) {
    if (s.change === 'unchanged') continue;
    out.push(`Service ${s.namespace}/${s.name}: ${s.change}${s.changes.length ? ` (${s.changes.join('; ')})` : ''}`);
    if (s.rejection) {
      out.push(`  rejected: ${s.rejection.reason}`);
      out.push('  instead:');
      s.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    }
  }
  if (plan.services.some((s) => s.change !== 'unchanged')) out.push('');
  for (const c of plan.claims ?? []) {
    out.push(`PersistentVolumeClaim ${c.namespace}/${c.name}: rejected: ${c.rejection.reason}`);
    for (const f of c.rejection.fields) out.push(`    ${f.field}: ${show(f.from)} → ${show(f.to)}${f.location ? `  (${where(f.location)})` : ''}`);
    out.push('  instead:');
    c.rejection.route.forEach((r, i) => out.push(`    ${i + 1}. ${r}`));
    out.push('');
  }
  if (plan.blocked.length) {
    out.push('Blocked:');
    for (const b of plan.blocked) {
      const parts = [b.reason, ...blockedLists(b)];
      out.push(`  ${b.namespace}/${b.statefulSet}: ${parts.join('; ')}${b.location ? `  (${where(b.location)})` : ''}`);
      for (const l of stuckPodLines(b)) {
        out.push(`    ${l.text}`);
        if (l.command) out.push(`      ${l.command}`);
      }
    }
    out.push('');
  }
  if (plan.warnings.length) {
    out.push('Warnings:');
    for (const w of plan.warnings) out.push(`  ${w.location ? `${where(w.location)}: ` : ''}${w.statefulSet ? `${w.namespace}/${w.statefulSet}: ` : ''}${w.message}`);
    out.push('');
  }
  out.push(`Plan: ${plan.summary.text}.${plan.changed ? '' : ' No changes.'}`);
  // Each entry is one line: what a manifest puts in it (a name, a value, a path) cannot start another, move the cursor or reorder it.
  return out.map(printable).join('\n') + '\n';
}
