/** `stsplan plan --format markdown`: a pull request comment. */
import type { Plan, StatefulSetPlan } from '../types.js';
import { append, blockedLists, eventCount, eventObject, eventsOf, expandTemplate, headline, KIND_SHORT, narrative, ordinalNames, runsOf, show, stuckPodLines, SUMMARISE_AFTER, timeline, where } from './shared.js';
import { mermaidTimeline } from './mermaid.js';
import { mdCell as cell, mdCode as code, mdFence as fence, mdHtml as html, mdText as text } from '../../text/markdown-escape.js';

function status(plan: Plan, s: StatefulSetPlan): string {
  if (s.rejection) return '❌ rejected';
  if (s.unplanned) return '⚠️ not planned';
  if (plan.blocked.some((b) => b.namespace === s.namespace && b.statefulSet === s.name)) return '⛔ blocked';
  return s.change === 'unchanged' ? 'no change' : '✅ ok';
}

/** A part of the Markdown plan: a title shown when any of its entries is, then entries (each whole lines). */
interface Section {
  title: string[];
  entries: { lines: string[]; compact?: string[]; rank: number }[];
  tail: string[];
  /** What the budgeted comment says for entries it leaves out (n of them). */
  more?: (n: number) => string;
}

/** The plan's Markdown as sections, in document order; formatPlanMarkdown joins them all. */
function planSections(plan: Plan): Section[] {
  const sections: Section[] = [];
  const add = (title: string[], entries: Section['entries'], tail: string[] = [], more?: Section['more']): void => {
    sections.push({ title, entries, tail, ...(more ? { more } : {}) });
  };
  add(['## stsplan plan', '', `**Plan:** ${plan.summary.text}${plan.changed ? '' : ' (no changes)'}  `, `Kubernetes ${text(plan.kubeVersion)}, cluster domain ${code(plan.clusterDomain)}`, ''], []);
  if (plan.inputErrors.length) {
    add(['### Input errors', ''], plan.inputErrors.map((e) => ({ lines: [`- ${code(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${text(e.message)}${e.template === undefined ? '' : ` (rendered from ${code(e.template)})`}`], rank: 1 })), [''], (n) => `- … and ${n} more input error${n === 1 ? '' : 's'}`);
  }
  if (plan.statefulSets.length) {
    add(
      ['| StatefulSet | Change | Pods | PVCs | DNS records | Status |', '|---|---|---|---|---|---|'],
      plan.statefulSets.map((s) => {
        const c = s.counts;
        const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ''}`;
        const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ''}`;
        const st = status(plan, s);
        return { lines: [`| ${cell(code(`${s.namespace}/${s.name}`))} | ${cell(text(headline(s)))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${st} |`], rank: st === '✅ ok' ? 3 : st === 'no change' ? 5 : 1 };
      }),
      [''],
      (n) => `\n_… and ${n} more StatefulSet${n === 1 ? '' : 's'}._`,
    );
  }
  const services = plan.services.filter((s) => s.change !== 'unchanged');
  if (services.length) {
    add(
      ['| Service | Change | Headless |', '|---|---|---|'],
      services.map((s) => ({ lines: [`| ${cell(code(`${s.namespace}/${s.name}`))} | ${cell(text([s.change, ...s.changes].join(': ')))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} → ${s.headless.to}`} |`], rank: s.rejection ? 1 : 3 })),
      [''],
      (n) => `\n_… and ${n} more Service${n === 1 ? '' : 's'}._`,
    );
  }
  if (plan.blocked.length) {
    add(
      ['### ⛔ Blocked', ''],
      plan.blocked.map((b) => {
        const parts = [text(b.reason), ...blockedLists(b, code)];
        const stuck = stuckPodLines(b).flatMap((l) => [`  - ${text(l.text)}${l.command ? ` ${code(l.command)}` : ''}`]);
        return { lines: [`- **${text(`${b.namespace}/${b.statefulSet}`)}**: ${parts.join('; ')}${b.location ? ` (${code(where(b.location))})` : ''}`, ...stuck], rank: 0 };
      }),
      [''],
      (n) => `- … and ${n} more blocked`,
    );
  }
  add(
    [],
    [...plan.statefulSets, ...plan.services, ...(plan.claims ?? [])]
      .filter((x) => x.rejection)
      .map((r) => {
        const kind = 'podManagementPolicy' in r ? 'StatefulSet' : 'headless' in r ? 'Service' : 'PersistentVolumeClaim';
        const lines = [`### ❌ ${kind} ${text(`${r.namespace}/${r.name}`)} would be rejected`, '', `> ${text(r.rejection!.reason)}`, ''];
        for (const f of r.rejection!.fields) lines.push(`- ${code(f.field)}: ${code(show(f.from))} → ${code(show(f.to))}${f.location ? ` (${code(where(f.location))})` : ''}`);
        const compact = [...lines.slice(0, 3), ''];
        lines.push('', 'What works instead:', '', ...fence(r.rejection!.route, 'sh'), '');
        return { lines, compact, rank: 0 };
      }),
    [],
    (n) => `_… and ${n} more rejected change${n === 1 ? '' : 's'}._\n`,
  );
  if (plan.warnings.length) {
    add(
      ['### ⚠️ Warnings', ''],
      plan.warnings.map((w) => ({ lines: [`- ${w.location ? `${code(where(w.location))} ` : ''}${w.statefulSet ? `**${text(`${w.namespace}/${w.statefulSet}`)}**: ` : ''}${text(w.message)}`], rank: 2 })),
      [''],
      (n) => `- … and ${n} more warning${n === 1 ? '' : 's'}`,
    );
  }
  const details: Section['entries'] = [];
  for (const s of plan.statefulSets) {
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned) continue;
    const story = narrative(events, runs);
    const out: string[] = [];
    out.push(`<details${total <= SUMMARISE_AFTER ? ' open' : ''}><summary><b>StatefulSet ${html(`${s.namespace}/${s.name}`)}</b>: ${html(headline(s))}</summary>`, '');
    if (s.unplanned) out.push(`⚠️ ${text(s.unplanned)}`, '');
    if (story.length) out.push(`${story.map((p) => text(p)).join(' · ')}`, '');
    if (s.service.timing) out.push(`DNS: ${text(s.service.timing.note)}`, '');
    if (s.dataFate) out.push(`**Data:** ${text(s.dataFate.sentence)}`, '');
    const head = out.length;
    if (total) {
      append(out, fence(mermaidTimeline(s, events, runs).split('\n'), 'mermaid')).push('');
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
    if (s.diff) append(out, ['<details><summary>Diff</summary>', '', ...fence(s.diff.trimEnd().split('\n'), 'diff'), '', '</details>', '']);
    out.push('</details>', '');
    // Cut to fit a comment: the set's line and story, without its timeline and diff.
    const compact = [...out.slice(0, head), `_Timeline (${total} event${total === 1 ? '' : 's'})${s.diff ? ' and diff' : ''} cut to fit: see the full plan._`, '', '</details>', ''];
    details.push({ lines: out, compact, rank: 4 });
  }
  add([], details, [], (n) => `_… and ${n} more StatefulSet timeline${n === 1 ? '' : 's'}._\n`);
  add(
    [],
    services
      .filter((s) => s.diff)
      .map((s) => ({ lines: [`### Service ${text(`${s.namespace}/${s.name}`)}`, '', '<details><summary>Diff</summary>', '', ...fence(s.diff!.trimEnd().split('\n'), 'diff'), '', '</details>', ''], rank: 6 })),
    [],
    (n) => `_… and ${n} more Service diff${n === 1 ? '' : 's'}._\n`,
  );
  return sections;
}

function finish(lines: string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function formatPlanMarkdown(plan: Plan): string {
  const out: string[] = [];
  for (const s of planSections(plan)) {
    append(out, s.title);
    for (const e of s.entries) append(out, e.lines);
    append(out, s.tail);
  }
  return finish(out);
}

export interface CommentOptions {
  /** At most this many characters (UTF-16 code units, never fewer than GitHub's characters). */
  budget: number;
  /** First line: a hidden HTML comment by which a workflow finds the comment to update. */
  marker: string;
  /** Where the whole plan is (e.g. a link to the job summary), as Markdown. */
  fullPlan: string;
}

/** GitHub refuses an issue comment body of more than 65,536 characters (422 "Body is too long"). */
export const COMMENT_LIMIT = 65_536;

/**
 * The plan as a pull request comment of at most `budget` characters: the marker, the summary, then
 * what a reviewer must see first (blocked and rejected sets, input errors), the table's rows
 * (rejected, blocked and unplanned sets first), warnings, then the per-set timelines; an entry
 * that does not fit whole is cut to its compact form (a timeline to its headline and story) or
 * left out, and a closing note says what was left out and where the whole plan is. Entries are
 * never cut mid-way, so every fence and <details> stays closed.
 */
export function formatPlanMarkdownComment(plan: Plan, options: CommentOptions): string {
  const sections = planSections(plan);
  const len = (lines: string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);
  // Room for the section titles and notes and for the closing note, reserved up front.
  const note = (cut: number, left: number): string[] => ['---', '', `_This comment is cut to fit GitHub's size limit for comments: ${left ? `${left} part${left === 1 ? '' : 's'} left out` : ''}${left && cut ? ', ' : ''}${cut ? `${cut} timeline${cut === 1 ? '' : 's'} shortened` : ''}. ${options.fullPlan}_`];
  const reserve = len([options.marker, '']) + len(note(999_999, 999_999)) + sections.reduce((n, s) => n + len(s.title) + len(s.tail) + (s.more ? s.more(999_999).length + 2 : 0), 0);
  let room = options.budget - reserve;
  if (room < 0) throw new Error(`comment budget ${options.budget} is too small`);
  const chosen = new Map<object, string[]>();
  const order = sections.flatMap((s) => s.entries).map((e, i) => ({ e, i })).sort((a, b) => a.e.rank - b.e.rank || a.i - b.i);
  for (const { e } of order) {
    if (len(e.lines) <= room) {
      chosen.set(e, e.lines);
      room -= len(e.lines);
    } else if (e.compact && len(e.compact) <= room) {
      chosen.set(e, e.compact);
      room -= len(e.compact);
    }
  }
  const out: string[] = [options.marker, ''];
  let left = 0;
  let cut = 0;
  for (const s of sections) {
    const kept = s.entries.filter((e) => chosen.has(e));
    const missing = s.entries.length - kept.length;
    left += missing;
    cut += kept.filter((e) => chosen.get(e) !== e.lines).length;
    if (!kept.length) {
      // A section with nothing kept shows no title: only what it leaves out (the head has no entries).
      if (missing && s.more) out.push(s.more(missing).replace(/^\n/, ''), '');
      else if (!s.more) append(append(out, s.title), s.tail);
      continue;
    }
    append(out, s.title);
    for (const e of kept) append(out, chosen.get(e)!);
    if (missing && s.more) out.push(s.more(missing));
    append(out, s.tail);
  }
  if (left || cut) out.push('', ...note(cut, left));
  return finish(out);
}
