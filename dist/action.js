import { createRequire as __stsplanRequire } from 'node:module'; const require = __stsplanRequire(import.meta.url);

// build/src/cli/action.js
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";

// build/src/types.js
var STDIN_NAME = "<stdin>";
var RENDER_NAME = "<render>";
var isStreamName = (name) => name === STDIN_NAME || name === RENDER_NAME || name.endsWith(`:${RENDER_NAME}`);

// build/src/text/printable.js
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var ALL = new RegExp(UNPRINTABLE.source, "g");
function printable(text2) {
  return text2.replace(ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// build/src/lint/format/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function unescapeProperty(s) {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, c) => ({ "25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": "," })[c]);
}

// build/src/plan/runs.js
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
function* inSeqOrder(events, runs) {
  let i = 0;
  for (const run of [...runs].sort((a, b) => a.seq - b.seq)) {
    const from = i;
    while (i < events.length && events[i].seq < run.seq)
      i++;
    yield { events: events.slice(from, i) };
    yield { run };
  }
  yield { events: events.slice(i) };
}

// build/src/plan/render/shared.js
var KIND_SHORT = { PersistentVolumeClaim: "PVC", Pod: "Pod", DNSRecord: "DNS" };
function eventsOf(plan, s) {
  return plan.events.filter((e) => e.namespace === s.namespace && e.statefulSet === s.name);
}
function runsOf(plan, s) {
  return (plan.runs ?? []).filter((r) => r.namespace === s.namespace && r.statefulSet === s.name);
}
var eventCount = (events, runs) => runs.reduce((n, r) => n + r.events, events.length);
function append(out, items) {
  for (const x of items)
    out.push(x);
  return out;
}
function eventObject(e) {
  return e.kind === "DNSRecord" ? `${e.name} ${e.type} ${e.value}` : e.name;
}
function where(l) {
  return l ? `${l.file}:${l.line}:${l.column}${renderedFrom(l.template, ", ")}` : "";
}
function renderedFrom(template, sep2 = " ") {
  return template === void 0 ? "" : `${sep2}rendered from ${template}`;
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
  const relative2 = (e, s, base, reason = false) => {
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
  const key = (e, base) => [e.kind, e.action, e.type ?? "", relative2(e, e.name, base), relative2(e, e.value ?? "", base), relative2(e, e.reason, base, true)].join("\0");
  const n = events.length;
  const keyBase = new Float64Array(n).fill(Number.NaN);
  const keys = new Array(n);
  const keyAt = (j, base) => {
    if (keyBase[j] !== base) {
      keys[j] = key(events[j], base);
      keyBase[j] = base;
    }
    return keys[j];
  };
  const withOrdinal = new Int32Array(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--)
    withOrdinal[j] = events[j].ordinal !== void 0 ? j : withOrdinal[j + 1];
  const baseOf = (from, p) => {
    const j = withOrdinal[from];
    return j < from + p ? events[j].ordinal : void 0;
  };
  const out = [];
  let i = 0;
  while (i < n) {
    let best;
    for (let p = 1; p <= maxPeriod && i + p * minRepeats <= n; p++) {
      const b02 = baseOf(i, p);
      if (b02 === void 0)
        continue;
      const firstKeys = [];
      for (let k = 0; k < p; k++)
        firstKeys.push(keyAt(i + k, b02));
      let times2 = 1;
      let delta2 = 0;
      for (; ; ) {
        const at = i + times2 * p;
        if (at + p > n)
          break;
        const b = baseOf(at, p);
        if (b === void 0)
          break;
        if (times2 === 1) {
          if (Math.abs(b - b02) !== 1)
            break;
          delta2 = b - b02;
        } else if (b !== b02 + times2 * delta2)
          break;
        let same = true;
        for (let k = 0; k < p && same; k++)
          same = keyAt(at + k, b) === firstKeys[k];
        if (!same)
          break;
        times2++;
      }
      if (times2 >= minRepeats && (!best || times2 * p > best.times * best.period))
        best = { period: p, times: times2, delta: delta2 };
    }
    if (!best) {
      out.push({ type: "event", event: events[i] });
      keys[i++] = void 0;
      continue;
    }
    const { period, times, delta } = best;
    const block = events.slice(i, i + period);
    const b0 = baseOf(i, period);
    const count = period * times;
    out.push({
      type: "repeat",
      block: block.map((e) => ({ event: e, name: relative2(e, e.name, b0), ...e.value !== void 0 ? { value: relative2(e, e.value, b0) } : {}, reason: relative2(e, e.reason, b0, true) })),
      ordinals: { first: b0, last: b0 + (times - 1) * delta, count: times, step: delta },
      steps: { first: events[i].step, last: events[i + count - 1].step },
      events: count
    });
    for (const end = i + count; i < end; i++)
      keys[i] = void 0;
  }
  return out;
}
function timeline(events, runs = []) {
  const long = eventCount(events, runs) > SUMMARISE_AFTER;
  const stretch = (es) => long ? compactTimeline(es) : es.map((event) => ({ type: "event", event }));
  if (!runs.length)
    return stretch(events);
  const out = [];
  for (const part of inSeqOrder(events, runs)) {
    if (!("run" in part))
      append(out, stretch(part.events));
    else {
      const r = part.run;
      out.push({ type: "repeat", block: r.block, ordinals: { first: r.ordinals.first, last: r.ordinals.last, count: r.count, step: r.ordinals.step }, steps: r.steps, events: r.events });
    }
  }
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
function stuckPodLines(b, max = 5) {
  const pods = b.stuckPods ?? [];
  const out = pods.slice(0, max).map((p) => ({
    pod: p.pod,
    text: `${p.pod} (${p.status}) stays at revision ${p.revision}, not the update revision ${p.updateRevision}: ${p.why}; run this and the controller creates it again at ${p.updateRevision}:`,
    command: p.command
  }));
  const more = (b.stuckPodsCount ?? pods.length) - out.length;
  if (more > 0)
    out.push({ pod: "", text: `and ${more} more stuck pod${more === 1 ? "" : "s"} like these (see the JSON plan)`, command: "" });
  return out;
}

// build/src/plan/render/mermaid.js
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

// build/src/text/markdown-escape.js
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

// build/src/plan/render/markdown.js
function status(plan, s) {
  if (s.rejection)
    return "\u274C rejected";
  if (s.unplanned)
    return "\u26A0\uFE0F not planned";
  if (plan.blocked.some((b) => b.namespace === s.namespace && b.statefulSet === s.name))
    return "\u26D4 blocked";
  return s.change === "unchanged" ? "no change" : "\u2705 ok";
}
function planSections(plan) {
  const sections = [];
  const add = (title, entries, tail = [], more) => {
    sections.push({ title, entries, tail, ...more ? { more } : {} });
  };
  add(["## stsplan plan", "", `**Plan:** ${plan.summary.text}${plan.changed ? "" : " (no changes)"}  `, `Kubernetes ${mdText(plan.kubeVersion)}, cluster domain ${mdCode(plan.clusterDomain)}`, ""], []);
  if (plan.inputErrors.length) {
    add(["### Input errors", ""], plan.inputErrors.map((e) => ({ lines: [`- ${mdCode(`${e.file}:${e.range.start.line}:${e.range.start.column}`)} ${mdText(e.message)}${e.template === void 0 ? "" : ` (rendered from ${mdCode(e.template)})`}`], rank: 1 })), [""], (n) => `- \u2026 and ${n} more input error${n === 1 ? "" : "s"}`);
  }
  if (plan.statefulSets.length) {
    add(["| StatefulSet | Change | Pods | PVCs | DNS records | Status |", "|---|---|---|---|---|---|"], plan.statefulSets.map((s) => {
      const c = s.counts;
      const pods = `+${c.podsCreated} / -${c.podsDeleted}${c.podsReplaced ? ` / ~${c.podsReplaced} replaced` : ""}`;
      const pvcs = `+${c.pvcsCreated} / -${c.pvcsDeleted}${c.pvcsRetained ? ` / ${c.pvcsRetained} kept` : ""}`;
      const st = status(plan, s);
      return { lines: [`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText(headline(s)))} | ${pods} | ${pvcs} | +${c.dnsAdded} / -${c.dnsRemoved} | ${st} |`], rank: st === "\u2705 ok" ? 3 : st === "no change" ? 5 : 1 };
    }), [""], (n) => `
_\u2026 and ${n} more StatefulSet${n === 1 ? "" : "s"}._`);
  }
  const services = plan.services.filter((s) => s.change !== "unchanged");
  if (services.length) {
    add(["| Service | Change | Headless |", "|---|---|---|"], services.map((s) => ({ lines: [`| ${mdCell(mdCode(`${s.namespace}/${s.name}`))} | ${mdCell(mdText([s.change, ...s.changes].join(": ")))} | ${s.headless.from === s.headless.to ? String(s.headless.to) : `${s.headless.from} \u2192 ${s.headless.to}`} |`], rank: s.rejection ? 1 : 3 })), [""], (n) => `
_\u2026 and ${n} more Service${n === 1 ? "" : "s"}._`);
  }
  if (plan.blocked.length) {
    add(["### \u26D4 Blocked", ""], plan.blocked.map((b) => {
      const parts = [mdText(b.reason), ...blockedLists(b, mdCode)];
      const stuck = stuckPodLines(b).flatMap((l) => [`  - ${mdText(l.text)}${l.command ? ` ${mdCode(l.command)}` : ""}`]);
      return { lines: [`- **${mdText(`${b.namespace}/${b.statefulSet}`)}**: ${parts.join("; ")}${b.location ? ` (${mdCode(where(b.location))})` : ""}`, ...stuck], rank: 0 };
    }), [""], (n) => `- \u2026 and ${n} more blocked`);
  }
  add([], [...plan.statefulSets, ...plan.services, ...plan.claims ?? []].filter((x) => x.rejection).map((r) => {
    const kind = "podManagementPolicy" in r ? "StatefulSet" : "headless" in r ? "Service" : "PersistentVolumeClaim";
    const lines = [`### \u274C ${kind} ${mdText(`${r.namespace}/${r.name}`)} would be rejected`, "", `> ${mdText(r.rejection.reason)}`, ""];
    for (const f of r.rejection.fields)
      lines.push(`- ${mdCode(f.field)}: ${mdCode(show(f.from))} \u2192 ${mdCode(show(f.to))}${f.location ? ` (${mdCode(where(f.location))})` : ""}`);
    const compact = [...lines.slice(0, 3), ""];
    lines.push("", "What works instead:", "", ...mdFence(r.rejection.route, "sh"), "");
    return { lines, compact, rank: 0 };
  }), [], (n) => `_\u2026 and ${n} more rejected change${n === 1 ? "" : "s"}._
`);
  if (plan.warnings.length) {
    add(["### \u26A0\uFE0F Warnings", ""], plan.warnings.map((w) => ({ lines: [`- ${w.location ? `${mdCode(where(w.location))} ` : ""}${w.statefulSet ? `**${mdText(`${w.namespace}/${w.statefulSet}`)}**: ` : ""}${mdText(w.message)}`], rank: 2 })), [""], (n) => `- \u2026 and ${n} more warning${n === 1 ? "" : "s"}`);
  }
  const details = [];
  for (const s of plan.statefulSets) {
    const events = eventsOf(plan, s);
    const runs = runsOf(plan, s);
    const total = eventCount(events, runs);
    if (!total && !s.diff && !s.unplanned)
      continue;
    const story = narrative(events, runs);
    const out = [];
    out.push(`<details${total <= SUMMARISE_AFTER ? " open" : ""}><summary><b>StatefulSet ${mdHtml(`${s.namespace}/${s.name}`)}</b>: ${mdHtml(headline(s))}</summary>`, "");
    if (s.unplanned)
      out.push(`\u26A0\uFE0F ${mdText(s.unplanned)}`, "");
    if (story.length)
      out.push(`${story.map((p) => mdText(p)).join(" \xB7 ")}`, "");
    if (s.service.timing)
      out.push(`DNS: ${mdText(s.service.timing.note)}`, "");
    if (s.dataFate)
      out.push(`**Data:** ${mdText(s.dataFate.sentence)}`, "");
    const head = out.length;
    if (total) {
      append(out, mdFence(mermaidTimeline(s, events, runs).split("\n"), "mermaid")).push("");
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
      append(out, ["<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", ""]);
    out.push("</details>", "");
    const compact = [...out.slice(0, head), `_Timeline (${total} event${total === 1 ? "" : "s"})${s.diff ? " and diff" : ""} cut to fit: see the full plan._`, "", "</details>", ""];
    details.push({ lines: out, compact, rank: 4 });
  }
  add([], details, [], (n) => `_\u2026 and ${n} more StatefulSet timeline${n === 1 ? "" : "s"}._
`);
  add([], services.filter((s) => s.diff).map((s) => ({ lines: [`### Service ${mdText(`${s.namespace}/${s.name}`)}`, "", "<details><summary>Diff</summary>", "", ...mdFence(s.diff.trimEnd().split("\n"), "diff"), "", "</details>", ""], rank: 6 })), [], (n) => `_\u2026 and ${n} more Service diff${n === 1 ? "" : "s"}._
`);
  return sections;
}
function finish(lines) {
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function formatPlanMarkdown(plan) {
  const out = [];
  for (const s of planSections(plan)) {
    append(out, s.title);
    for (const e of s.entries)
      append(out, e.lines);
    append(out, s.tail);
  }
  return finish(out);
}
function formatPlanMarkdownComment(plan, options) {
  const sections = planSections(plan);
  const len = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
  const note = (cut2, left2) => ["---", "", `_This comment is cut to fit GitHub's size limit for comments: ${left2 ? `${left2} part${left2 === 1 ? "" : "s"} left out` : ""}${left2 && cut2 ? ", " : ""}${cut2 ? `${cut2} timeline${cut2 === 1 ? "" : "s"} shortened` : ""}. ${options.fullPlan}_`];
  const reserve = len([options.marker, ""]) + len(note(999999, 999999)) + sections.reduce((n, s) => n + len(s.title) + len(s.tail) + (s.more ? s.more(999999).length + 2 : 0), 0);
  let room = options.budget - reserve;
  if (room < 0)
    throw new Error(`comment budget ${options.budget} is too small`);
  const chosen = /* @__PURE__ */ new Map();
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
  const out = [options.marker, ""];
  let left = 0;
  let cut = 0;
  for (const s of sections) {
    const kept = s.entries.filter((e) => chosen.has(e));
    const missing = s.entries.length - kept.length;
    left += missing;
    cut += kept.filter((e) => chosen.get(e) !== e.lines).length;
    if (!kept.length) {
      if (missing && s.more)
        out.push(s.more(missing).replace(/^\n/, ""), "");
      else if (!s.more)
        append(append(out, s.title), s.tail);
      continue;
    }
    append(out, s.title);
    for (const e of kept)
      append(out, chosen.get(e));
    if (missing && s.more)
      out.push(s.more(missing));
    append(out, s.tail);
  }
  if (left || cut)
    out.push("", ...note(cut, left));
  return finish(out);
}

// build/src/version.js
var BUNDLED = true;
var DIST = new URL(BUNDLED ? "./" : "../../dist/", import.meta.url);
var PACKAGE_ROOT = new URL("../", DIST);

// build/src/cli/action.js
var CLI = fileURLToPath(new URL("cli.cjs", DIST));
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
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
var ANNOTATION_LIMIT = 10;
var COMMENT_BUDGET = 6e4;
var SUMMARY_LIMIT = 1024 * 1024;
function git(args, cwd) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  return r.status === 0 ? r.stdout : void 0;
}
function readEvent(env) {
  try {
    return env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : void 0;
  } catch {
    return void 0;
  }
}
function changedFiles(env, cwd, base) {
  const top = git(["rev-parse", "--show-toplevel"], cwd)?.trim();
  if (!top)
    return void 0;
  let range;
  if (env.GITHUB_EVENT_NAME === "pull_request" || env.GITHUB_EVENT_NAME === "pull_request_target") {
    if (!base)
      return void 0;
    range = git(["merge-base", base, "HEAD"], cwd) !== void 0 ? [`${base}...HEAD`] : [base, "HEAD"];
  } else if (env.GITHUB_EVENT_NAME === "push") {
    const event = readEvent(env);
    const before = typeof event?.before === "string" ? event.before : "";
    if (!/^[0-9a-f]{40,64}$/.test(before) || /^0+$/.test(before) || git(["cat-file", "-e", `${before}^{commit}`], cwd) === void 0)
      return void 0;
    range = [before, "HEAD"];
  } else
    return void 0;
  const committed = git(["diff", "--name-only", "-z", ...range, "--"], cwd);
  if (committed === void 0)
    return void 0;
  const local = (git(["diff", "--name-only", "-z", "HEAD", "--"], cwd) ?? "") + (git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], top) ?? "");
  const names = (committed + local).split("\0").filter(Boolean);
  return new Set(names.map((n) => relative(cwd, join(top, n)).split(sep).join("/")));
}
function chooseAnnotations(github, changed, mode) {
  const result = { lines: [], found: { error: 0, warning: 0 }, shown: { error: 0, warning: 0 }, unchanged: 0 };
  const kept = { error: [], warning: [] };
  for (const line of github.split("\n")) {
    const m = /^::(error|warning) ([^:]*)::/.exec(line);
    if (!m)
      continue;
    const level = m[1];
    result.found[level]++;
    if (mode === "none")
      continue;
    const file = /(?:^|,)file=([^,]*)/.exec(m[2])?.[1];
    if (mode === "changed" && changed && file !== void 0 && !isStreamName(unescapeProperty(file)) && !changed.has(unescapeProperty(file))) {
      result.unchanged++;
      continue;
    }
    kept[level].push(line);
  }
  for (const level of ["error", "warning"]) {
    const lines = kept[level].slice(0, ANNOTATION_LIMIT);
    result.lines.push(...lines);
    result.shown[level] = lines.length;
  }
  return result;
}
function findingsTable(results, cwd, limit) {
  const rows = [];
  let size = 0;
  let left = 0;
  for (const f of results) {
    const file = relative(cwd, f.filePath).split(sep).join("/") || f.filePath;
    for (const m of f.messages) {
      const row = `| ${mdCell(mdCode(`${file}:${m.line ?? 1}:${m.column ?? 1}`))} | ${m.severity === 2 ? "error" : m.severity === 1 ? "warning" : "info"} | ${m.ruleId ? mdCell(mdCode(m.ruleId)) : "input"} | ${mdCell(mdText(m.message))}${m.hint ? `<br>Fix: ${mdCell(mdText(m.hint))}` : ""} |`;
      if (size + Buffer.byteLength(row) + 1 > limit) {
        left++;
        continue;
      }
      rows.push(row);
      size += Buffer.byteLength(row) + 1;
    }
  }
  if (!rows.length && !left)
    return "";
  const table = ["<details><summary>Findings</summary>", "", "| Where | Severity | Rule | Message |", "|---|---|---|---|", ...rows, ""];
  if (left)
    table.push(`_\u2026 and ${left} more: see the SARIF file or the log._`, "");
  table.push("</details>", "");
  return table.join("\n");
}
function commentMarker(key) {
  return key ? `<!-- stsplan-plan:${key} -->` : "<!-- stsplan-plan -->";
}
function runAction(env, io) {
  const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const paths = input(env, "paths").split(/\s+/).filter(Boolean);
  if (!paths.length)
    paths.push(".");
  const render = input(env, "render");
  const source = render ? ["--render", render] : paths;
  const common = [];
  for (const [name, flag] of [["kube-version", "--kube-version"], ["cluster", "--cluster"], ["feature-gates", "--feature-gates"], ["config", "--config"]]) {
    const v = input(env, name);
    if (v)
      common.push(flag, v);
  }
  const usage = (message) => {
    io.stderr(`::error title=stsplan::${escapeData(printable(message))}
`);
    return { exitCode: 2 };
  };
  const failOn = input(env, "fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn))
    return usage(`fail-on must be error, warning or never, not "${failOn}"`);
  const annotate = input(env, "annotate") || "changed";
  if (annotate !== "changed" && annotate !== "all" && annotate !== "none")
    return usage(`annotate must be changed, all or none, not "${annotate}"`);
  const key = input(env, "comment-key");
  if (!/^[A-Za-z0-9._-]*$/.test(key))
    return usage(`comment-key may hold only letters, digits, ".", "_" and "-", not "${key}"`);
  const sarifFile = input(env, "sarif-file");
  const scratch = mkdtempSync(join(env.RUNNER_TEMP ?? tmpdir(), "stsplan-"));
  const runCli = (args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ...env, FORCE_COLOR: "0" } });
    return { status: r.status ?? 2, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
  try {
    const lintJson = join(scratch, "lint.json");
    const lintGithub = join(scratch, "lint.github");
    const lintArgs = ["lint", ...source, ...common, "--format", "stylish", "--output", `github:${lintGithub}`, "--output", `json:${lintJson}`];
    if (sarifFile)
      lintArgs.push("--output", `sarif:${resolve(cwd, sarifFile)}`);
    if (input(env, "ignore-non-kubernetes") === "true")
      lintArgs.push("--ignore-non-kubernetes");
    const lint = runCli(lintArgs);
    if (lint.stdout) {
      const stop = randomUUID();
      io.stdout(`::stop-commands::${stop}
${lint.stdout}${lint.stdout.endsWith("\n") ? "" : "\n"}::${stop}::
`);
    }
    io.stderr(lint.stderr);
    let errors = 0;
    let warnings = 0;
    let inputErrors = 0;
    let results;
    let github;
    try {
      results = JSON.parse(readFileSync(lintJson, "utf8"));
      github = readFileSync(lintGithub, "utf8");
    } catch {
      io.stderr(`::error title=stsplan::${escapeData(printable(`stsplan lint did not run: ${lint.stderr.split("\n")[0]}`))}
`);
      return { exitCode: 2 };
    }
    for (const r of results) {
      errors += r.errorCount;
      warnings += r.warningCount;
      inputErrors += r.fatalErrorCount;
    }
    const wantPlan = (input(env, "plan") || "true") === "true";
    const base = input(env, "base-ref") || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : "");
    if (base && (wantPlan || annotate === "changed"))
      ensureRevision(base, cwd, (s) => io.stderr(`${s}
`));
    const changed = annotate === "changed" ? changedFiles(env, cwd, base) : void 0;
    const chosen = chooseAnnotations(github, changed, annotate);
    if (chosen.lines.length)
      io.stdout(`${chosen.lines.join("\n")}
`);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const lintLine = `**stsplan lint:** ${plural(errors, "error")}, ${plural(warnings, "warning")}${inputErrors ? ` (${plural(inputErrors, "input error")})` : ""}`;
    const found = chosen.found.error + chosen.found.warning;
    const shown = chosen.shown.error + chosen.shown.warning;
    const why = [];
    if (annotate === "none")
      why.push("annotate: none");
    if (chosen.unchanged)
      why.push(`${chosen.unchanged} on files this ${env.GITHUB_EVENT_NAME === "push" ? "push" : "pull request"} does not change`);
    if (shown < found - chosen.unchanged && annotate !== "none")
      why.push(`GitHub shows at most ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step, errors first`);
    const annotatedLine = found ? `  
Annotated ${shown} of ${plural(found, "finding")}${why.length ? ` (${why.join("; ")})` : ""}; all of them are below${sarifFile ? " and in the SARIF file" : ""}.` : "";
    let summaryText = `${lintLine}${annotatedLine}

${findingsTable(results, cwd, SUMMARY_LIMIT / 4)}`;
    let planOk = true;
    let post;
    const outputs = { errors, warnings, "input-errors": inputErrors, annotations: shown };
    if (wantPlan) {
      const planJson = join(scratch, "plan.json");
      const planArgs = ["plan", ...source, ...common, "--format", "json", "--output", planJson, ...base ? ["--base", base] : []];
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
        const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : "";
        const fullPlan = runUrl ? `The whole plan is in the job summary of [this run](${runUrl}).` : "The whole plan is in the job summary of this run.";
        const noBase = base ? "" : "_No base revision: planned from an empty cluster._\n\n";
        let markdown = formatPlanMarkdown(plan);
        const room = SUMMARY_LIMIT - Buffer.byteLength(summaryText) - Buffer.byteLength(noBase) - 1024;
        for (let budget = room; Buffer.byteLength(markdown) > room; budget = Math.floor(budget / 2)) {
          markdown = formatPlanMarkdownComment(plan, { budget, marker: "", fullPlan: "The plan is too large for a job summary: run `stsplan plan` for all of it." }).replace(/^\n+/, "");
        }
        const planFile = join(scratch, "plan.md");
        writeFileSync(planFile, markdown);
        summaryText += `
${noBase}${markdown}`;
        const marker = commentMarker(key);
        const comment = formatPlanMarkdownComment(plan, { budget: COMMENT_BUDGET, marker, fullPlan });
        const commentFile = join(scratch, "comment.md");
        writeFileSync(commentFile, comment);
        const token = input(env, "github-token");
        if (token)
          post = { body: comment, marker, token };
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
          "plan-markdown-file": planFile,
          "comment-file": commentFile
        });
        if (!plan.ok)
          io.stdout(`::error title=stsplan plan::${plan.summary.rejected ? `${plan.summary.rejected} change(s) would be rejected by the API server` : "a rollout would get stuck"}; see the job summary
`);
      }
    }
    summary(env, summaryText);
    if (sarifFile)
      outputs["sarif-file"] = resolve(cwd, sarifFile);
    setOutput(env, outputs);
    const exitCode = inputErrors > 0 ? 2 : failOn === "never" ? 0 : errors > 0 || !planOk || failOn === "warning" && warnings > 0 ? 1 : 0;
    return { exitCode, ...post ? { post } : {} };
  } finally {
    for (const f of ["lint.json", "lint.github", "plan.json"])
      rmSync(join(scratch, f), { force: true });
  }
}
async function postComment(env, post, log) {
  const event = readEvent(env);
  const pr = event?.pull_request;
  const repo = env.GITHUB_REPOSITORY ?? "";
  if (!pr?.number || !repo || env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target") {
    log("stsplan: not a pull request event: the plan comment is not posted (see the comment-file output)\n");
    return "skipped";
  }
  const head = pr.head?.repo?.full_name;
  if (head !== (pr.base?.repo?.full_name ?? repo)) {
    log(`::notice title=stsplan::${escapeData(printable(`pull request from ${head ?? "a deleted fork"}: its token cannot comment; upload the comment-file output as an artifact and post it from a workflow_run workflow (see the README)`))}
`);
    return "skipped";
  }
  const api = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const headers = { Accept: "application/vnd.github+json", Authorization: `Bearer ${post.token}`, "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "stsplan-action", "Content-Type": "application/json" };
  const call = async (method, url, body) => {
    const r = await fetch(url, { method, headers, ...body ? { body: JSON.stringify(body) } : {} });
    if (!r.ok)
      throw new Error(`${method} ${url.slice(api.length)}: HTTP ${r.status} ${(await r.text()).slice(0, 200)}`);
    return r.json();
  };
  try {
    let mine;
    for (let page = 1; !mine; page++) {
      const comments = await call("GET", `${api}/repos/${repo}/issues/${pr.number}/comments?per_page=100&page=${page}`);
      mine = comments.find((c) => c.user?.type === "Bot" && (c.body ?? "").startsWith(post.marker));
      if (comments.length < 100)
        break;
    }
    if (mine) {
      await call("PATCH", `${api}/repos/${repo}/issues/comments/${mine.id}`, { body: post.body });
      log(`stsplan: updated the plan comment on #${pr.number}
`);
      return "updated";
    }
    await call("POST", `${api}/repos/${repo}/issues/${pr.number}/comments`, { body: post.body });
    log(`stsplan: posted the plan comment on #${pr.number}
`);
    return "created";
  } catch (e) {
    log(`::warning title=stsplan::${escapeData(printable(`could not post the plan comment: ${e.message}`))}
`);
    return "failed";
  }
}
async function main(env, io) {
  const result = runAction(env, io);
  if (result.post)
    await postComment(env, result.post, io.stdout);
  return result.exitCode;
}
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.env, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
}
export {
  ANNOTATION_LIMIT,
  COMMENT_BUDGET,
  chooseAnnotations,
  commentMarker,
  main,
  postComment,
  runAction
};
