/** `stsplan plan --format markdown`: a pull request comment. */
import type { Plan, StatefulSetPlan } from '../planner/types.js';
import { blockedLists, eventCount, eventObject, eventsOf, expandTemplate, headline, KIND_SHORT, narrative, ordinalNames, runsOf, show, SUMMARISE_AFTER, timeline, where } from './plan-shared.js';
import { mermaidTimeline } from './plan-mermaid.js';
import { mdCell as cell, mdCode as code, mdFence as fence, mdHtml as html, mdText as text } from './markdown-escape.js';

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
  out.push(`Kubernetes ${text(plan.kubeVersion)}, cluster domain ${code(plan.clusterDomain)}`, '');
  if (plan.inputErrors.length) {
    out.push('### Input errors', '');
    for (const e of plan.inputErrors) out.push(`- ${code(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${text(e.message)}${e.template === undefined ? '' : ` (rendered from ${code(e.template)})`}`);
    out.push('');
  }
  if (plan.statefulSets.length) {
    out.push('| StatefulSet | Change | Pods | PVCs | DNS records | Status |', '|---|---|---|---|---|---|');
    for (const s of plan.statefulSets) {
      const c = s.counts;
      const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ''}`;
      const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ''}`;
      out.push(`| ${cell(code(`${s.namespace}/${s.name}`))} | ${cell(text(headline(s)))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${status(plan, s)} |`);
    }
    out.push('');
  }
  const services = plan.services.filter((s) => s.change !== 'unchanged');
  if (services.length) {
    out.push('| Service | Change | Headless |', '|---|---|---|');
    for (const s of services) out.push(`| ${cell(code(`${s.namespace}/${s.name}`))} | ${cell(text([s.change, ...s.changes].join(': ')))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} → ${s.headless.to}`} |`);
    out.push('');
  }
  if (plan.blocked.length) {
    out.push('### ⛔ Blocked', '');
    for (const b of plan.blocked) {
      const parts = [text(b.reason), ...blockedLists(b, code)];
      out.push(`- **${text(`${b.namespace}/${b.statefulSet}`)}**: ${parts.join('; ')}${b.location ? ` (${code(where(b.location))})` : ''}`);
    }
    out.push('');
  }
  for (const r of [...plan.statefulSets, ...plan.services, ...(plan.claims ?? [])].filter((x) => x.rejection)) {
    const kind = 'podManagementPolicy' in r ? 'StatefulSet' : 'headless' in r ? 'Service' : 'PersistentVolumeClaim';
    out.push(`### ❌ ${kind} ${text(`${r.namespace}/${r.name}`)} would be rejected`, '', `> ${text(r.rejection!.reason)}`, '');
    for (const f of r.rejection!.fields) out.push(`- ${code(f.field)}: ${code(show(f.from))} → ${code(show(f.to))}${f.location ? ` (${code(where(f.location))})` : ''}`);
    out.push('', 'What works instead:', '', ...fence(r.rejection!.route, 'sh'), '');
  }
  if (plan.warnings.length) {
    out.push('### ⚠️ Warnings', '');
    for (const w of plan.warnings) out.push(`- ${w.location ? `${code(where(w.location))} ` : ''}${w.statefulSet ? `**${text(`${w.namespace}/${w.statefulSet}`)}**: ` : ''}${text(w.message)}`);
    out.push('');
  }
  for (const s of plan.statefulSets) {
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned) continue;
    const story = narrative(events, runs);
    out.push(`<details${total <= SUMMARISE_AFTER ? ' open' : ''}><summary><b>StatefulSet ${html(`${s.namespace}/${s.name}`)}</b>: ${html(headline(s))}</summary>`, '');
    if (s.unplanned) out.push(`⚠️ ${text(s.unplanned)}`, '');
    if (story.length) out.push(`${story.map((p) => text(p)).join(' · ')}`, '');
    if (total) {
      out.push(...fence(mermaidTimeline(s, events, runs).split('\n'), 'mermaid'), '');
      const table = ['| Step | Event | Object | Why |', '|---:|---|---|---|'];
      for (const entry of timeline(events, runs)) {
        if (entry.type === 'event') {
          const e = entry.event;
          table.push(`| ${e.step} | ${e.action} ${KIND_SHORT[e.kind]} | ${cell(code(eventObject(e)))} | ${cell(text(e.reason))} |`);
          continue;
        }
        table.push(`| ${entry.steps.first}–${entry.steps.last} | **×${entry.ordinals.count}** | ${cell(text(ordinalNames(s.name, entry.ordinals, 4)))} | the same ${entry.block.length} events for each pod, in turn: |`);
        for (const b of entry.block) {
          const obj = eventObject({ ...b.event, name: b.name, ...(b.value !== undefined ? { value: b.value } : {}) });
          table.push(`| | ${b.event.action} ${KIND_SHORT[b.event.kind]} | ${cell(code(expandTemplate(obj, entry.ordinals)))} | ${cell(text(expandTemplate(b.reason, entry.ordinals)))} |`);
        }
      }
      for (const row of table) out.push(row);
      out.push('');
    }
    if (s.diff) out.push('<details><summary>Diff</summary>', '', ...fence(s.diff.trimEnd().split('\n'), 'diff'), '', '</details>', '');
    out.push('</details>', '');
  }
  for (const s of services) {
    if (!s.diff) continue;
    out.push(`### Service ${text(`${s.namespace}/${s.name}`)}`, '', '<details><summary>Diff</summary>', '', ...fence(s.diff.trimEnd().split('\n'), 'diff'), '', '</details>', '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
