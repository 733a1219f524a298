// Parses Mermaid text from stdin with the `mermaid` package's own parser (in a jsdom window, as
// mermaid needs a DOM) and prints what it understood as JSON:
//   {"ok": true, "diagramType": "sequence", "actors": [...], "messages": [...]} or {"ok": false, "error": "..."}
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let text = '';
for await (const chunk of process.stdin) text += chunk;
try {
  mermaid.initialize({ startOnLoad: false });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const out = { ok: true, diagramType: diagram.type };
  const db = diagram.db;
  if (typeof db.getActors === 'function') {
    out.actors = [...db.getActors().values()].map((a) => ({ name: a.name, description: a.description }));
    out.messages = db.getMessages().map((m) => ({ from: m.from, to: m.to, message: m.message, type: m.type }));
  }
  process.stdout.write(JSON.stringify(out));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, error: String(e?.message ?? e) }));
}
