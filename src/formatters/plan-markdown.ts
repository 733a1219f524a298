/** `stsplan plan --format markdown`: a pull request comment. */
import type { Plan, StatefulSetPlan } from '../planner/types.js';
import { cutList, eventCount, eventObject, eventsOf, expandTemplate, headline, KIND_SHORT, narrative, ordinalNames, runsOf, show, SUMMARISE_AFTER, timeline, where } from './plan-shared.js';
import { mermaidTimeline } from './plan-mermaid.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function status(plan: Plan, s: StatefulSetPlan): string {
  if (s.rejection) return '❌ rejected';
  if (s.unplanned) return '⚠️ not planned';
  if (plan.blocked.some((b) => b.namespace === s.namespace && b.statefulSet === s.name)) return '⛔ blocked';
  return s.change === 'unchanged' ? 'no change' : '✅ ok';
}

export function formatPlanMarkdown(plan: Plan): string {
  const out: string[] = [];
  out.push('## stsplan plan', '');
  out.push(`**Plan:** ${plan.summary.text}${plan.changed ? '' : ' (no changes)'}  `);
  out.push(`Kubernetes ${plan.kubeVersion}, cluster domain \`${plan.clusterDomain}\``, '');
  if (plan.inputErrors.length) {
    out.push('### Input errors', '');
    for (const e of plan.inputErrors) out.push(`- ${code(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${e.message}`);
    out.push('');
  }
  if (plan.statefulSets.length) {
    out.push('| StatefulSet | Change | Pods | PVCs | DNS records | Status |', '|---|---|---|---|---|---|');
    for (const s of plan.statefulSets) {
      const c = s.counts;
      const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ''}`;
      const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ''}`;
      out.push(`| ${code(`${s.namespace}/${s.name}`)} | ${cell(headline(s))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${status(plan, s)} |`);
    }
    out.push('');
  }
  const services = plan.services.filter((s) => s.change !== 'unchanged');
  if (services.length) {
    out.push('| Service | Change | Headless |', '|---|---|---|');
    for (const s of services) out.push(`| ${code(`${s.namespace}/${s.name}`)} | ${cell([s.change, ...s.changes].join(': '))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} → ${s.headless.to}`} |`);
    out.push('');
  }
  if (plan.blocked.length) {
    out.push('### ⛔ Blocked', '');
    for (const b of plan.blocked) {
      const parts = [cell(b.reason)];
      if (b.notCreated.length) parts.push(`never created: ${cutList(b.notCreated, b.notCreatedCount, code)}`);
      if (b.notUpdated.length) parts.push(`not updated: ${cutList(b.notUpdated, b.notUpdatedCount, code)}`);
      if (b.notDeleted.length) parts.push(`not deleted: ${cutList(b.notDeleted, b.notDeletedCount, code)}`);
      out.push(`- **${b.namespace}/${b.statefulSet}**: ${parts.join('; ')}${b.location ? ` (${code(where(b.location))})` : ''}`);
    }
    out.push('');
  }
  for (const r of [...plan.statefulSets, ...plan.services].filter((x) => x.rejection)) {
    const kind = 'podManagementPolicy' in r ? 'StatefulSet' : 'Service';
    out.push(`### ❌ ${kind} ${r.namespace}/${r.name} would be rejected`, '', `> ${r.rejection!.reason}`, '');
    for (const f of r.rejection!.fields) out.push(`- ${code(f.field)}: ${code(show(f.from))} → ${code(show(f.to))}${f.location ? ` (${code(where(f.location))})` : ''}`);
    out.push('', 'What works instead:', '', '```sh', ...r.rejection!.route, '```', '');
  }
  if (plan.warnings.length) {
    out.push('### ⚠️ Warnings', '');
    for (const w of plan.warnings) out.push(`- ${w.location ? `${code(where(w.location))} ` : ''}${w.statefulSet ? `**${w.namespace}/${w.statefulSet}**: ` : ''}${cell(w.message)}`);
    out.push('');
  }
  for (const s of plan.statefulSets) {
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned) continue;
    const story = narrative(events, runs);
    out.push(`<details${total <= SUMMARISE_AFTER ? ' open' : ''}><summary><b>StatefulSet ${s.namespace}/${s.name}</b>: ${escapeHtml(headline(s))}</summary>`, '');
    if (s.unplanned) out.push(`⚠️ ${escapeHtml(s.unplanned)}`, '');
    if (story.length) out.push(`${story.map((p) => escapeHtml(p)).join(' · ')}`, '');
    if (total) {
      out.push('```mermaid', mermaidTimeline(s, events, runs), '```', '');
      const table = ['| Step | Event | Object | Why |', '|---:|---|---|---|'];
      for (const entry of timeline(events, runs)) {
        if (entry.type === 'event') {
          const e = entry.event;
          table.push(`| ${e.step} | ${e.action} ${KIND_SHORT[e.kind]} | ${code(eventObject(e))} | ${cell(e.reason)} |`);
          continue;
        }
        table.push(`| ${entry.steps.first}–${entry.steps.last} | **×${entry.ordinals.count}** | ${cell(ordinalNames(s.name, entry.ordinals, 4))} | the same ${entry.block.length} events for each pod, in turn: |`);
        for (const b of entry.block) {
          const obj = eventObject({ ...b.event, name: b.name, ...(b.value !== undefined ? { value: b.value } : {}) });
          table.push(`| | ${b.event.action} ${KIND_SHORT[b.event.kind]} | ${code(expandTemplate(obj, entry.ordinals))} | ${cell(expandTemplate(b.reason, entry.ordinals))} |`);
        }
      }
      for (const row of table) out.push(row);
      out.push('');
    }
    if (s.diff) out.push('<details><summary>Diff</summary>', '', '```diff', s.diff.trimEnd(), '```', '', '</details>', '');
    out.push('</details>', '');
  }
  for (const s of services) {
    if (!s.diff) continue;
    out.push(`### Service ${s.namespace}/${s.name}`, '', '<details><summary>Diff</summary>', '', '```diff', s.diff.trimEnd(), '```', '', '</details>', '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
