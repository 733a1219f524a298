import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);

// build/src/action.js
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// build/src/printable.js
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var ALL = new RegExp(UNPRINTABLE.source, "g");
function printable(text2) {
  return text2.replace(ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// build/src/formatters/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

// build/src/planner/runs.js
function expandOrdinal(template, n) {
  let out = "";
  let i = 0;
  for (; ; ) {
    const at = template.indexOf("{N", i);
    if (at < 0)
      return out + template.slice(i);
    const close = template.indexOf("}", at);
    const inner = close < 0 ? "" : template.slice(at + 2, close);
    if (close < 0 || inner !== "" && !/^[+-]\d+$/.test(inner)) {
      out += template.slice(i, at + 2);
      i = at + 2;
      continue;
    }
    out += template.slice(i, at) + String(n + (inner === "" ? 0 : Number(inner)));
    i = close + 1;
  }
}

// build/src/formatters/plan-shared.js
var KIND_SHORT = { PersistentVolumeClaim: "PVC", Pod: "Pod", DNSRecord: "DNS" };
function eventsOf(plan, s) {
  return plan.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}
function runsOf(plan, s) {
  return (plan.runs ?? []).filter((r) => r.namespace === s.namespace && r.statefulSet === s.name);
}
var eventCount = (events, runs) => runs.reduce((n, r) => n + r.events, events.length);
function eventObject(e) {
  return e.kind === "DNSRecord" ? `${e.name} ${e.type} ${e.value}` : e.name;
}
function where(l) {
  return l ? `${l.file}:${l.line}:${l.column}` : "";
}
function headline(s) {
  if (s.change === "unchanged")
    return "no change";
  if (s.change === "rejected")
    return "rejected by the API server";
  return s.changes.join("; ") || s.change;
}
var show = (v) => v === void 0 ? "(unset)" : JSON.stringify(v);
var SUMMARISE_AFTER = 40;
var isDigit = (c) => c >= 48 && c <= 57;
var isWordChar = (c) => isDigit(c) || c >= 97 && c <= 122 || c >= 65 && c <= 90;
function compactTimeline(events, minRepeats = 3, maxPeriod = 16) {
  const relative = (e, s, base, reason = false) => {
    const prefix = `${e.statefulSet}-`;
    const own = e.ordinal === void 0 || !reason ? "" : String(e.ordinal);
    const rel = (o) => {
      const off = o - base;
      return `{N${off === 0 ? "" : off > 0 ? `+${off}` : off}}`;
    };
    let out2 = "";
    let from = 0;
    for (let i2 = 0; i2 < s.length; ) {
      if (!isDigit(s.charCodeAt(i2)) || i2 > 0 && isDigit(s.charCodeAt(i2 - 1))) {
        i2++;
        continue;
      }
      let j = i2;
      while (j < s.length && isDigit(s.charCodeAt(j)))
        j++;
      const after = j < s.length ? s.charCodeAt(j) : -1;
      const namePrefix = i2 >= prefix.length && s.startsWith(prefix, i2 - prefix.length);
      if (namePrefix && !(isDigit(after) || after >= 97 && after <= 122)) {
        out2 += s.slice(from, i2) + rel(Number(s.slice(i2, j)));
        from = j;
      } else if (!namePrefix && own !== "" && s.slice(i2, j) === own && (i2 === 0 || !isWordChar(s.charCodeAt(i2 - 1))) && s.charCodeAt(i2 - 1) !== 45 && !isWordChar(after)) {
        out2 += s.slice(from, i2) + rel(e.ordinal);
        from = j;
      }
      i2 = j;
    }
    return out2 + s.slice(from);
  };
  const key = (e, base) => [e.kind, e.action, e.type ?? "", relative(e, e.name, base), relative(e, e.value ?? "", base), relative(e, e.reason, base, true)].join("\0");
  const baseOf = (block) => block.find((e) => e.ordinal !== void 0)?.ordinal;
  const out = [];
  let i = 0;
  while (i < events.length) {
    let best;
    for (let p = 1; p <= maxPeriod && i + p * minRepeats <= events.length; p++) {
      const first = events.slice(i, i + p);
      const b02 = baseOf(first);
      if (b02 === void 0)
        continue;
      const keys = first.map((e) => key(e, b02));
      let times2 = 1;
      let delta2 = 0;
      for (; ; ) {
        const next = events.slice(i + times2 * p, i + (times2 + 1) * p);
        const b = baseOf(next);
        if (next.length < p || b === void 0)
          break;
        if (times2 === 1) {
          if (Math.abs(b - b02) !== 1)
            break;
          delta2 = b - b02;
        } else if (b !== b02 + times2 * delta2)
          break;
        if (!next.every((e, k) => key(e, b) === keys[k]))
          break;
        times2++;
      }
      if (times2 >= minRepeats && (!best || times2 * p > best.times * best.period))
        best = { period: p, times: times2, delta: delta2 };
    }
    if (!best) {
      out.push({ type: "event", event: events[i] });
      i++;
      continue;
    }
    const { period, times, delta } = best;
    const block = events.slice(i, i + period);
    const b0 = baseOf(block);
    const count = period * times;
    out.push({
      type: "repeat",
      block: block.map((e) => ({ event: e, name: relative(e, e.name, b0), ...e.value !== void 0 ? { value: relative(e, e.value, b0) } : {}, reason: relative(e, e.reason, b0, true) })),
      ordinals: { first: b0, last: b0 + (times - 1) * delta, count: times, step: delta },
      steps: { first: events[i].step, last: events[i + count - 1].step },
      events: count
    });
    i += count;
  }
  return out;
}
function timeline(events, runs = []) {
  const long = eventCount(events, runs) > SUMMARISE_AFTER;
  const stretch = (es) => long ? compactTimeline(es) : es.map((event) => ({ type: "event", event }));
  if (!runs.length)
    return stretch(events);
  const out = [];
  let i = 0;
  for (const r of [...runs].sort((a, b) => a.seq - b.seq)) {
    const before = [];
    while (i < events.length && events[i].seq < r.seq)
      before.push(events[i++]);
    out.push(...stretch(before));
    out.push({ type: "repeat", block: r.block, ordinals: { first: r.ordinals.first, last: r.ordinals.last, count: r.count, step: r.ordinals.step }, steps: r.steps, events: r.events });
  }
  out.push(...stretch(events.slice(i)));
  return out;
}
function expandTemplate(s, ordinals) {
  const { first, last } = ordinals;
  return s.replace(/\{N([+-]\d+)?\}/g, (_, off) => {
    const o = off ? Number(off) : 0;
    return `{${first + o}..${last + o}}`;
  });
}
function ordinalNames(set, r, max = 6) {
  const name = (k) => `${set}-${r.first + k * r.step}`;
  if (r.count <= max)
    return Array.from({ length: r.count }, (_, k) => name(k)).join(", ");
  return `${name(0)}, ${name(1)} \u2026 ${name(r.count - 1)} (${r.count})`;
}
function blockedLists(b, show2 = (n) => n) {
  const parts = [];
  if (b.notCreated.length)
    parts.push(`never created: ${cutList(b.notCreated, b.notCreatedCount, show2)}`);
  if (b.notUpdated.length)
    parts.push(`not updated: ${cutList(b.notUpdated, b.notUpdatedCount, show2)}`);
  if (b.notDeleted.length)
    parts.push(`not deleted: ${cutList(b.notDeleted, b.notDeletedCount, show2)}`);
  return parts;
}
function cutList(names, count, show2 = (n) => n) {
  if (count === void 0 || count <= names.length)
    return names.map(show2).join(", ");
  return `${names.slice(0, 3).map(show2).join(", ")} and ${count - Math.min(3, names.length)} more`;
}
function namedList(items, max = 6) {
  const total = items.reduce((n, i) => n + i.count, 0);
  const names = (limit) => {
    const out = [];
    for (const i of items)
      for (let k = 0; k < i.count && out.length < limit; k++)
        out.push(i.name(k));
    return out;
  };
  if (total <= max)
    return names(max).join(", ");
  const last = items.at(-1);
  return `${names(2).join(", ")} \u2026 ${last.name(last.count - 1)} (${total})`;
}
function narrative(events, runs = []) {
  const facts = [];
  const ordered = [...events.map((e) => ({ seq: e.seq, e })), ...runs.map((r) => ({ seq: r.seq, r }))].sort((a, b) => a.seq - b.seq);
  for (const x of ordered) {
    if ("e" in x) {
      const name = x.e.name;
      facts.push({ e: x.e, n: { key: name, count: 1, name: () => name } });
      continue;
    }
    const r = x.r;
    const lo = Math.min(r.ordinals.first, r.ordinals.last);
    const hi = Math.max(r.ordinals.first, r.ordinals.last);
    for (const b of r.block)
      facts.push({ e: b.event, n: { key: `${b.name}\0${lo}\0${hi}`, count: r.count, name: (k) => expandOrdinal(b.name, r.ordinals.first + k * r.ordinals.step) } });
  }
  const uniq = (xs) => {
    const seen = /* @__PURE__ */ new Set();
    return xs.filter((x) => !seen.has(x.key) && !!seen.add(x.key));
  };
  const keys = (f) => new Set(facts.filter(f).map((x) => x.n.key));
  const pods = facts.filter((x) => x.e.kind === "Pod");
  const deleted = keys((x) => x.e.kind === "Pod" && x.e.action === "delete");
  const created = keys((x) => x.e.kind === "Pod" && x.e.action === "create");
  const parts = [];
  const newPods = uniq(pods.filter((x) => x.e.action === "create" && !deleted.has(x.n.key)).map((x) => x.n));
  const replaced = uniq(pods.filter((x) => x.e.action === "create" && deleted.has(x.n.key)).map((x) => x.n));
  const gone = uniq(pods.filter((x) => x.e.action === "delete" && !created.has(x.n.key)).map((x) => x.n));
  if (newPods.length)
    parts.push(`creates ${namedList(newPods)}`);
  if (replaced.length)
    parts.push(`replaces ${namedList(replaced)}`);
  if (gone.length)
    parts.push(`deletes ${namedList(gone)}`);
  const pvc = (action) => uniq(facts.filter((x) => x.e.kind === "PersistentVolumeClaim" && x.e.action === action).map((x) => x.n));
  const count = (xs) => xs.reduce((n, x) => n + x.count, 0);
  const bound = pvc("bind");
  const boundKeys = new Set(bound.map((x) => x.key));
  const createdPvcs = pvc("create").filter((n) => !boundKeys.has(n.key));
  const line = (xs, what) => {
    if (xs.length)
      parts.push(`PVC${count(xs) > 1 ? "s" : ""} ${namedList(xs)} ${what}`);
  };
  line(bound, "bound");
  line(createdPvcs, "created");
  line(pvc("pending"), "stay Pending");
  line(pvc("delete"), "deleted");
  line(pvc("retain"), "kept");
  const net = /* @__PURE__ */ new Map();
  for (const x of facts) {
    const e = x.e;
    if (e.kind !== "DNSRecord" || e.type !== "A" && e.type !== "AAAA" || e.name.startsWith(`${e.statefulSet}-`) === false)
      continue;
    const entry = net.get(x.n.key) ?? { n: x.n, net: 0 };
    entry.net += e.action === "add" ? 1 : e.action === "remove" ? -1 : 0;
    net.set(x.n.key, entry);
  }
  const added = [...net.values()].filter((v) => v.net > 0).map((v) => v.n);
  const removed = [...net.values()].filter((v) => v.net < 0).map((v) => v.n);
  if (added.length)
    parts.push(`DNS ${namedList(added, 3)} added`);
  if (removed.length)
    parts.push(`DNS ${namedList(removed, 3)} removed`);
  return parts;
}

// build/src/formatters/plan-mermaid.js
var text = (s) => printable(s).replace(/[;#%]/g, " ").replace(/\s+/g, " ").trim();
function messages(events, lane) {
  const out = [];
  const pvcCreates = events.filter((e) => e.kind === "PersistentVolumeClaim" && e.action === "create");
  for (const e of events) {
    const p = lane(e);
    if (e.kind === "Pod") {
      if (e.action === "create") {
        const claims = pvcCreates.filter((c) => c.ordinal === e.ordinal).map((c) => c.name);
        out.push(`S->>${p}: ${text(`create${claims.length ? ` with new PVC ${claims.join(", ")}` : ""}${e.revision ? ` (${e.revision})` : ""}`)}`);
      } else if (e.action === "delete")
        out.push(`S-x${p}: delete`);
      else if (e.action === "running")
        out.push(`Note over ${p}: Running (has an IP)`);
      else if (e.action === "ready")
        out.push(`${p}-->>S: Ready`);
      else if (e.action === "pending")
        out.push(`Note over ${p}: ${text(`Pending: ${e.reason}`)}`);
    } else if (e.kind === "PersistentVolumeClaim") {
      if (e.action === "create" && events.some((x) => x.kind === "Pod" && x.action === "create" && x.ordinal === e.ordinal))
        continue;
      const verb = { create: "created", bind: "bound", pending: "stays Pending", delete: "deleted", retain: "kept", update: "re-owned" }[e.action] ?? e.action;
      out.push(`Note over ${p}: PVC ${text(e.name)} ${verb}`);
    }
  }
  const dns = events.filter((e) => e.kind === "DNSRecord");
  for (const action of ["add", "remove"]) {
    const byLane = /* @__PURE__ */ new Map();
    for (const e of dns)
      if (e.action === action)
        byLane.set(lane(e), (byLane.get(lane(e)) ?? 0) + 1);
    for (const [p, n] of byLane)
      out.push(`Note over ${p}: DNS ${action === "add" ? "+" : "-"}${n} record${n === 1 ? "" : "s"}`);
  }
  return out;
}
function mermaidTimeline(s, events, runs = []) {
  const lanes = /* @__PURE__ */ new Map();
  const lane = (e) => {
    if (e.ordinal === void 0)
      return "S";
    if (!lanes.has(e.ordinal))
      lanes.set(e.ordinal, `P${e.ordinal}`);
    return lanes.get(e.ordinal);
  };
  const drawn = [];
  const push = (e) => {
    const last = drawn.at(-1);
    if (last && last.step === e.step && !last.note)
      last.events.push(e);
    else
      drawn.push({ step: e.step, events: [e] });
  };
  for (const entry of timeline(events, runs)) {
    if (entry.type === "event")
      push(entry.event);
    else {
      const first = entry.block.map((b) => b.event);
      for (const e of first)
        push(e);
      const o = entry.ordinals;
      drawn.at(-1).note = `the same for ${ordinalNames(s.name, { first: o.first + o.step, last: o.last, count: o.count - 1, step: o.step }, 3)}`;
    }
  }
  const body = [];
  for (const d of drawn) {
    const ordinals = [...new Set(d.events.map((e) => e.ordinal))];
    if (ordinals.length > 1) {
      ordinals.forEach((o, i) => {
        const mine = d.events.filter((e) => e.ordinal === o);
        body.push(`  ${i === 0 ? "par" : "and"} ${text(o === void 0 ? s.name : `${s.name}-${o}`)}`);
        for (const m of messages(mine, lane))
          body.push(`    ${m}`);
      });
      body.push("  end");
    } else
      for (const m of messages(d.events, lane))
        body.push(`  ${m}`);
    if (d.note) {
      const p = lane(d.events[0]);
      body.push(`  Note over S,${p === "S" ? "S" : p}: ${text(d.note)}`);
    }
  }
  const head = ["sequenceDiagram", `  participant S as ${text(`StatefulSet ${s.namespace}/${s.name}`)}`];
  for (const [o, id] of [...lanes].sort((a, b) => a[0] - b[0]))
    head.push(`  participant ${id} as ${text(`${s.name}-${o}`)}`);
  return [...head, ...body].join("\n");
}

// build/src/formatters/markdown-escape.js
var ZWSP = "&#8203;";
function mdText(s) {
  return printable(s).replace(/[\\&`*_[\]<>~|$#]/g, "\\$&").replace(/:(?=\/\/)/g, "\\:").replace(/(?<=www)\./gi, "\\.").replace(/[@#]/g, `$&${ZWSP}`).replace(/^[-+=]|^(\d+)([.)])(?=[ \t]|$)/, (m, digits, mark) => digits ? `${digits}\\${mark}` : `\\${m}`).replace(/^[ \t]/, (c) => c === " " ? "&#32;" : "&#9;");
}
function mdCode(s) {
  const t = printable(s);
  if (t === "")
    return "";
  const fence = "`".repeat(longestRun(t, "`") + 1);
  const pad = /^ +$/.test(t) || !/^[` ]|[` ]$/.test(t) ? "" : " ";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function mdCell(markdown) {
  return markdown.replace(/\|/g, "\\|");
}
function mdHtml(s) {
  return printable(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/[@#]/g, `$&${ZWSP}`);
}
function mdFence(lines, info) {
  const shown = lines.map(printable);
  const fence = "`".repeat(Math.max(3, longestRun(shown.join("\n"), "`") + 1));
  return [`${fence}${info}`, ...shown, fence];
}
function longestRun(s, c) {
  let longest = 0;
  let run = 0;
  for (const x of s) {
    run = x === c ? run + 1 : 0;
    if (run > longest)
      longest = run;
  }
  return longest;
}

// build/src/formatters/plan-markdown.js
function status(plan, s) {
  if (s.rejection)
    return "\u274C rejected";
  if (s.unplanned)
    return "\u26A0\uFE0F not planned";
  if (plan.blocked.some((b) => b.namespace === s.namespace && b.statefulSet === s.name))
    return "\u26D4 blocked";
  return s.change === "unchanged" ? "no change" : "\u2705 ok";
}
function formatPlanMarkdown(plan) {
  const out = [];
  out.push("## stsplan plan", "");
  out.push(`**Plan:** ${plan.summary.text}${plan.changed ? "" : " (no changes)"}  `);
  out.push(`Kubernetes ${mdText(plan.kubeVersion)}, cluster domain ${mdCode(plan.clusterDomain)}`, "");
  if (plan.inputErrors.length) {
    out.push("### Input errors", "");
    for (const e of plan.inputErrors)
      out.push(`- ${mdCode(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${mdText(e.message)}`);
    out.push("");
  }
  if (plan.statefulSets.length) {
    out.push("| StatefulSet | Change | Pods | PVCs | DNS records | Status |", "|---|---|---|---|---|---|");
    for (const s of plan.statefulSets) {
      const c = s.counts;
      const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ""}`;
      const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ""}`;
      out.push(`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText(headline(s)))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${status(plan, s)} |`);
    }
    out.push("");
  }
  const services = plan.services.filter((s) => s.change !== "unchanged");
  if (services.length) {
    out.push("| Service | Change | Headless |", "|---|---|---|");
    for (const s of services)
      out.push(`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText([s.change, ...s.changes].join(": ")))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} \u2192 ${s.headless.to}`} |`);
    out.push("");
  }
  if (plan.blocked.length) {
    out.push("### \u26D4 Blocked", "");
    for (const b of plan.blocked) {
      const parts = [mdText(b.reason), ...blockedLists(b, mdCode)];
      out.push(`- **${mdText(`${b.namespace}/${b.statefulSet}`)}**: ${parts.join("; ")}${b.location ? ` (${mdCode(where(b.location))})` : ""}`);
    }
    out.push("");
  }
  for (const r of [...plan.statefulSets, ...plan.services, ...plan.claims ?? []].filter((x) => x.rejection)) {
    const kind = "podManagementPolicy" in r ? "StatefulSet" : "headless" in r ? "Service" : "PersistentVolumeClaim";
    out.push(`### \u274C ${kind} ${mdText(`${r.namespace}/${r.name}`)} would be rejected`, "", `> ${mdText(r.rejection.reason)}`, "");
    for (const f of r.rejection.fields)
      out.push(`- ${mdCode(f.field)}: ${mdCode(show(f.from))} \u2192 ${mdCode(show(f.to))}${f.location ? ` (${mdCode(where(f.location))})` : ""}`);
    out.push("", "What works instead:", "", ...mdFence(r.rejection.route, "sh"), "");
  }
  if (plan.warnings.length) {
    out.push("### \u26A0\uFE0F Warnings", "");
    for (const w of plan.warnings)
      out.push(`- ${w.location ? `${mdCode(where(w.location))} ` : ""}${w.statefulSet ? `**${mdText(`${w.namespace}/${w.statefulSet}`)}**: ` : ""}${mdText(w.message)}`);
    out.push("");
  }
  for (const s of plan.statefulSets) {
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned)
      continue;
    const story = narrative(events, runs);
    out.push(`<details${total <= SUMMARISE_AFTER ? " open" : ""}><summary><b>StatefulSet ${mdHtml(`${s.namespace}/${s.name}`)}</b>: ${mdHtml(headline(s))}</summary>`, "");
    if (s.unplanned)
      out.push(`\u26A0\uFE0F ${mdText(s.unplanned)}`, "");
    if (story.length)
      out.push(`${story.map((p) => mdText(p)).join(" \xB7 ")}`, "");
    if (total) {
      out.push(...mdFence(mermaidTimeline(s, events, runs).split("\n"), "mermaid"), "");
      const table = ["| Step | Event | Object | Why |", "|---:|---|---|---|"];
      for (const entry of timeline(events, runs)) {
        if (entry.type === "event") {
          const e = entry.event;
          table.push(`| ${e.step} | ${e.action} ${KIND_SHORT[e.kind]} | ${mdCell(mdCode(eventObject(e)))} | ${mdCell(mdText(e.reason))} |`);
          continue;
        }
        table.push(`| ${entry.steps.first}\u2013${entry.steps.last} | **\xD7${entry.ordinals.count}** | ${mdCell(mdText(ordinalNames(s.name, entry.ordinals, 4)))} | the same ${entry.block.length} events for each pod, in turn: |`);
        for (const b of entry.block) {
          const obj = eventObject({ ...b.event, name: b.name, ...b.value !== void 0 ? { value: b.value } : {} });
          table.push(`| | ${b.event.action} ${KIND_SHORT[b.event.kind]} | ${mdCell(mdCode(expandTemplate(obj, entry.ordinals)))} | ${mdCell(mdText(expandTemplate(b.reason, entry.ordinals)))} |`);
        }
      }
      for (const row of table)
        out.push(row);
      out.push("");
    }
    if (s.diff)
      out.push("<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", "");
    out.push("</details>", "");
  }
  for (const s of services) {
    if (!s.diff)
      continue;
    out.push(`### Service ${mdText(`${s.namespace}/${s.name}`)}`, "", "<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", "");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

// build/src/version.js
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);

// build/src/action.js
var CLI = fileURLToPath(new URL("cli.js", DIST));
function input(env, name) {
  const upper = name.toUpperCase();
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, "_")}`] ?? "").trim();
}
function setOutput(env, values) {
  if (!env.GITHUB_OUTPUT)
    return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(values).map(([k, v]) => `${k}=${String(v)}
`).join(""));
}
function summary(env, markdown) {
  if (env.GITHUB_STEP_SUMMARY)
    appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith("\n") ? markdown : `${markdown}
`);
}
function ensureRevision(ref, cwd, log) {
  const has = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd }).status === 0;
  if (has)
    return;
  const m = /^([^/]+)\/(.+)$/.exec(ref);
  if (!m)
    return;
  log(`stsplan: fetching ${ref} for the plan`);
  spawnSync("git", ["fetch", "--no-tags", "--depth=1", m[1], `+refs/heads/${m[2]}:refs/remotes/${m[1]}/${m[2]}`], { cwd, stdio: ["ignore", "ignore", "inherit"] });
}
function runAction(env, io) {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = input(env, "paths").split(/\s+/).filter(Boolean);
  if (!paths.length)
    paths.push(".");
  const common = [];
  for (const [name, flag] of [["kube-version", "--kube-version"], ["cluster", "--cluster"], ["feature-gates", "--feature-gates"], ["config", "--config"]]) {
    const v = input(env, name);
    if (v)
      common.push(flag, v);
  }
  const failOn = input(env, "fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn)) {
    io.stderr(`::error title=stsplan::${escapeData(printable(`fail-on must be error, warning or never, not "${failOn}"`))}
`);
    return { exitCode: 2 };
  }
  const sarifFile = input(env, "sarif-file");
  const scratch = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), "stsplan-"));
  const runCli = (args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env, FORCE_COLOR: "0" } });
    return { status: r.status ?? 2, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
  try {
    const lintJson = join(scratch, "lint.json");
    const lintArgs = ["lint", ...paths, ...common, "--format", "github", "--output", `json:${lintJson}`];
    if (sarifFile)
      lintArgs.push("--output", `sarif:${resolve(cwd, sarifFile)}`);
    if (input(env, "ignore-non-kubernetes") === "true")
      lintArgs.push("--ignore-non-kubernetes");
    const lint = runCli(lintArgs);
    io.stdout(lint.stdout);
    io.stderr(lint.stderr);
    let errors = 0;
    let warnings = 0;
    let inputErrors = 0;
    try {
      const results = JSON.parse(readFileSync(lintJson, "utf8"));
      for (const r of results) {
        errors += r.errorCount;
        warnings += r.warningCount;
        inputErrors += r.fatalErrorCount;
      }
    } catch {
      io.stderr(`::error title=stsplan::${escapeData(printable(`stsplan lint did not run: ${lint.stderr.split("\n")[0]}`))}
`);
      return { exitCode: 2 };
    }
    const lintLine = `**stsplan lint:** ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${inputErrors ? ` (${inputErrors} input error${inputErrors === 1 ? "" : "s"})` : ""}`;
    summary(env, `${lintLine}
`);
    const wantPlan = (input(env, "plan") || "true") === "true";
    const base = input(env, "base-ref") || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : "");
    let planOk = true;
    const outputs = { errors, warnings, "input-errors": inputErrors };
    if (wantPlan) {
      if (base)
        ensureRevision(base, cwd, (s) => io.stderr(`${s}
`));
      const planJson = join(scratch, "plan.json");
      const planArgs = ["plan", ...paths, ...common, "--format", "json", "--output", planJson, ...base ? ["--base", base] : []];
      const domain = input(env, "cluster-domain");
      if (domain)
        planArgs.push("--cluster-domain", domain);
      const planned = runCli(planArgs);
      io.stderr(planned.stderr);
      let plan;
      try {
        plan = JSON.parse(readFileSync(planJson, "utf8"));
      } catch {
        io.stderr(`::error title=stsplan plan::${escapeData(printable(planned.stderr.split("\n")[0] || "the plan did not run"))}
`);
        planOk = false;
      }
      if (plan) {
        const markdown = formatPlanMarkdown(plan);
        const planFile = join(scratch, "plan.md");
        writeFileSync(planFile, markdown);
        summary(env, `
${base ? "" : "_No base revision: planned from an empty cluster._\n\n"}${markdown}`);
        planOk = plan.ok;
        const s = plan.summary;
        Object.assign(outputs, {
          "plan-changed": plan.changed,
          "plan-ok": plan.ok,
          "plan-summary": s.text,
          "pods-created": s.podsCreated,
          "pods-deleted": s.podsDeleted,
          "pods-replaced": s.podsReplaced,
          "pvcs-created": s.pvcsCreated,
          "pvcs-deleted": s.pvcsDeleted,
          "plan-markdown-file": planFile
        });
        if (!plan.ok)
          io.stdout(`::error title=stsplan plan::${plan.summary.rejected ? `${plan.summary.rejected} change(s) would be rejected by the API server` : "a rollout would get stuck"}; see the job summary
`);
      }
    }
    if (sarifFile)
      outputs["sarif-file"] = resolve(cwd, sarifFile);
    setOutput(env, outputs);
    if (inputErrors > 0)
      return { exitCode: 2 };
    if (failOn === "never")
      return { exitCode: 0 };
    if (errors > 0 || !planOk || failOn === "warning" && warnings > 0)
      return { exitCode: 1 };
    return { exitCode: 0 };
  } finally {
    rmSync(join(scratch, "lint.json"), { force: true });
    rmSync(join(scratch, "plan.json"), { force: true });
  }
}
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { exitCode } = runAction(process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
  process.exitCode = exitCode;
}
export {
  runAction
};
