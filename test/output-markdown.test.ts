/**
 * The Markdown plan (a pull request comment) keeps its structure whatever the names, keys and values
 * hold (issue 14, point 12): rendered with a CommonMark implementation (markdown-it) and compared
 * block by block with a benign plan; no HTML, link, image, @mention or #reference comes from the
 * input. The escapers are checked in every place the renderer puts text, over generated strings.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { mdCell, mdCode, mdHtml, mdText } from '../src/text/markdown-escape.js';
import { formatPlanMarkdown } from '../src/plan/render/markdown.js';
import { printable } from '../src/text/printable.js';
import { repoPath } from './helpers/paths.js';
import { planOf, stack } from './helpers/plan.js';
import { hostile, PAYLOADS, poison, shapeTwin, richPlans, TERMINAL_CONTROL } from './helpers/hostile.js';

interface MdToken {
  type: string;
  tag: string;
  nesting: number;
  content: string;
  info: string;
  children: MdToken[] | null;
}
interface MarkdownIt {
  parse(src: string, env: object): MdToken[];
}

/** markdown-it from test/tools (installed by `npm test`), with raw HTML and autolinking on, as GitHub has them. */
async function markdownIt(): Promise<MarkdownIt> {
  const tools = createRequire(repoPath('test/tools/package.json'));
  const mod = (await import(pathToFileURL(tools.resolve('markdown-it')).href)) as { default: new (preset: string, options: object) => MarkdownIt };
  return new mod.default('default', { html: true, linkify: true });
}

/** Block structure: what a reader sees as headings, paragraphs, tables, rows, lists, fences and raw HTML. */
const skeleton = (tokens: MdToken[]): string[] => tokens.map((t) => `${t.type}:${t.tag}:${t.nesting}${t.type === 'fence' ? `:${t.info}` : ''}`);

function inlineTokens(tokens: MdToken[]): MdToken[] {
  return tokens.flatMap((t) => t.children ?? []);
}

/** The text a reader sees in an inline token: text and code, the zero-width spaces that stop mentions left out. */
const shown = (t: MdToken): string => (t.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? '\n' : '')).join('').replace(/\u200b/g, '');

/** GitHub's @mention and #reference patterns (html-pipeline's MentionFilter; issue references), applied to text outside code. */
const MENTION = /(?:^|\W)@[a-z0-9]/i;
const REFERENCE = /(?:^|\W)#\d/;

describe('Markdown plan: names, keys and values cannot change its structure (issue 14, point 12)', { timeout: 120_000 }, () => {
  it('the issue\'s case: a newline and <!-- in an access mode, a field key and a port name still show "❌ rejected"', async () => {
    const md = await markdownIt();
    const before = stack();
    const after = stack({ storage: '2Gi' })
      .replace('[ReadWriteOnce]', '["ReadWriteOnce\\n<!--"]')
      .replace('  replicas: 2\n', '  replicas: 2\n  "unknown\\n<!--": 1\n')
      .replace('- name: web\n    port: 80', '- name: "web\\n<!--"\n    port: 80');
    const p = await planOf(before, after);
    assert.ok(p.statefulSets[0]!.rejection && p.services[0]!.rejection, 'both objects are rejected');
    const tokens = md.parse(formatPlanMarkdown(p), {});
    assert.equal(tokens.filter((t) => t.type === 'html_block' && t.content.startsWith('<!--')).length, 0, 'no HTML comment opened');
    const headings = tokens.map((t, i) => (t.type === 'heading_open' ? shown(tokens[i + 1]!) : null)).filter((h) => h !== null);
    assert.ok(headings.includes('❌ StatefulSet default/web would be rejected'), headings.join('\n'));
    assert.ok(headings.includes('❌ Service default/nginx would be rejected'), headings.join('\n'));
    const cells = tokens.map((t, i) => (t.type === 'td_open' ? shown(tokens[i + 1]!) : null)).filter((c) => c !== null);
    assert.ok(cells.includes('❌ rejected'));
    const quotes = tokens.map((t, i) => (t.type === 'blockquote_open' ? shown(tokens[i + 2]!) : null)).filter((q) => q !== null);
    assert.ok(quotes.some((q) => q.includes('Unsupported value: "ReadWriteOnce\\n<!--"')), quotes.join('\n'));
  });

  it('hostile names, keys and values render as text: same blocks as a benign plan, no HTML, links, images or mentions from the input', async () => {
    const md = await markdownIt();
    for (const base of await richPlans()) {
      assert.ok(md.parse(formatPlanMarkdown(base), {}).some((t) => t.type === 'html_block'));
      for (const payload of PAYLOADS) {
        const benign = md.parse(formatPlanMarkdown(poison(base, shapeTwin(payload))), {});
        const p = poison(base, payload);
        const text = formatPlanMarkdown(p);
        const tokens = md.parse(text, {});
        const label = `${JSON.stringify(payload)}\n${text}`;
        assert.deepEqual(skeleton(tokens), skeleton(benign), label);
        // Raw HTML only where the renderer writes it (<details>, <summary>), with no tag from the input.
        for (const t of tokens.filter((x) => x.type === 'html_block')) {
          assert.match(t.content, /^(?:<details(?: open)?><summary>(?:<b>[^<>]*<\/b>: [^<>]*|Diff)<\/summary>|<\/details>)\n$/, label);
          assert.doesNotMatch(t.content, /@[a-z0-9]|(?<!&)#\d/i, label);
        }
        const inline = inlineTokens(tokens);
        assert.deepEqual([...new Set(inline.map((t) => t.type).filter((t) => /html|link|image/.test(t)))], [], label);
        for (const t of inline.filter((x) => x.type === 'text')) {
          assert.doesNotMatch(t.content, MENTION, label);
          assert.doesNotMatch(t.content, REFERENCE, label);
        }
        assert.doesNotMatch(text, TERMINAL_CONTROL, label);
        // The text itself comes through: the heading and the first cell name the object as it is.
        for (const s of p.statefulSets.filter((x) => x.rejection)) {
          const heading = tokens.findIndex((t, i) => t.type === 'heading_open' && shown(tokens[i + 1]!).startsWith('❌ StatefulSet'));
          assert.equal(shown(tokens[heading + 1]!), `❌ StatefulSet ${printable(`${s.namespace}/${s.name}`)} would be rejected`, label);
        }
        if (p.statefulSets.length) {
          const cell = tokens.findIndex((t) => t.type === 'td_open');
          assert.equal(shown(tokens[cell + 1]!), printable(`${p.statefulSets[0]!.namespace}/${p.statefulSets[0]!.name}`), label);
        }
      }
    }
  });

  it('fences are longer than any run of backticks in what they hold', async () => {
    const md = await markdownIt();
    const [base] = await richPlans();
    const p = structuredClone(base!);
    const s = p.statefulSets[0]!;
    // A context line of a YAML block scalar that holds a Markdown fence: one space, then backticks.
    s.diff = `${s.diff} \`\`\`\n   \`\`\`\`\`\` \n+ b: "\`\`\`\`"\n`;
    const tokens = md.parse(formatPlanMarkdown(p), {});
    const diff = tokens.find((t) => t.type === 'fence' && t.info === 'diff')!;
    assert.equal(diff.content, s.diff);
  });
});
/** Entities as a browser reads them in raw HTML (no Markdown backslash escapes there). */
const decodeHtml = (s: string): string => s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e]!));

describe('the Markdown escapers, in every place the plan puts text', { timeout: 120_000 }, () => {
  /** Where mdText lands: at the start of a list item, a quote, a heading, a table cell, mid-paragraph. */
  const TEXT_CONTEXTS: [string, (x: string) => string][] = [
    ['list item', (x) => `- ${x}`],
    ['quote', (x) => `> ${x}`],
    ['heading', (x) => `### ❌ ${x}`],
    ['paragraph', (x) => `${x} · end`],
    ['table cell', (x) => `| A | B |\n|---|---|\n| ${mdCell(x)} | b |`],
  ];

  it('mdText: the same blocks as plain text, no HTML, link, image or mention, and the text itself', async () => {
    const md = await markdownIt();
    for (const [name, place] of TEXT_CONTEXTS) {
      const benign = skeleton(md.parse(place('a'), {}));
      fc.assert(
        fc.property(hostile, (x) => {
          const tokens = md.parse(place(mdText(x)), {});
          assert.deepEqual(skeleton(tokens), benign, name);
          const inline = inlineTokens(tokens);
          assert.deepEqual(inline.filter((t) => /html|link|image|code|strong|em|^s_/.test(t.type)).map((t) => t.type), [], name);
          for (const t of inline.filter((c) => c.type === 'text')) assert.doesNotMatch(t.content, MENTION, name);
          const first = name === 'table cell' ? tokens[tokens.findIndex((t) => t.type === 'td_open') + 1]! : tokens.find((t) => t.type === 'inline')!;
          const expected = printable(x).trimEnd();
          assert.equal(shown(first).trimEnd(), name === 'heading' ? `❌ ${expected}`.trimEnd() : name === 'paragraph' ? `${printable(x)} · end` : expected, name);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('mdText leaves nothing cmark-gfm autolinks: no www. and no :// in the source', () => {
    // Any backslash escape splits what cmark-gfm matches (autolink.c looks at the source from the character on).
    fc.assert(fc.property(hostile, (x) => assert.doesNotMatch(mdText(x).replace(/\\[\s\S]/g, '\u0000'), /www\.|:\/\//i)), { numRuns: 300 });
  });

  it('mdCode: one code span holding the string exactly, in a table cell too', async () => {
    const md = await markdownIt();
    assert.equal(mdCode(''), '', 'CommonMark has no empty code span: nothing is written');
    for (const [name, place] of [['list item', (x: string) => `- ${x} tail`], ['table cell', (x: string) => `| A | B |\n|---|---|\n| ${mdCell(x)} | b |`]] as const) {
      const benign = skeleton(md.parse(place(mdCode('a')), {}));
      fc.assert(
        fc.property(hostile, (x) => {
          const tokens = md.parse(place(mdCode(x)), {});
          assert.deepEqual(skeleton(tokens), benign, name);
          const spans = inlineTokens(tokens).filter((t) => t.type === 'code_inline');
          assert.deepEqual(spans.map((t) => t.content), [printable(x)], name);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('mdHtml: text inside <summary> opens no tag and ends no block', async () => {
    const md = await markdownIt();
    fc.assert(
      fc.property(hostile, (x) => {
        const tokens = md.parse(`<details><summary>${mdHtml(x)}</summary>\n\nbody\n\n</details>\n`, {});
        assert.deepEqual(skeleton(tokens), ['html_block::0', 'paragraph_open:p:1', 'inline::0', 'paragraph_close:p:-1', 'html_block::0']);
        const summary = /^<details><summary>(.*)<\/summary>\n$/.exec(tokens[0]!.content);
        assert.ok(summary && !/[<>]/.test(summary[1]!), tokens[0]!.content);
        assert.equal(decodeHtml(summary[1]!).replace(/\u200b/g, ''), printable(x));
        assert.doesNotMatch(decodeHtml(summary[1]!), MENTION);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Mermaid diagram: names cannot add statements', { timeout: 120_000 }, () => {
  interface Parsed {
    ok: boolean;
    error?: string;
    actors?: { name: string; description: string }[];
    messages?: { message: string }[];
  }
  const parse = (text: string): Parsed => {
    const r = spawnSync(process.execPath, [repoPath('test/tools/mermaid-parse.mjs')], { input: text, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Parsed;
  };
  const diagram = (markdown: string): string => /^```+mermaid\n([\s\S]*?)^```+$/m.exec(markdown)![1]!;

  it('a hostile StatefulSet name draws the same participants and messages as a benign one', async () => {
    const base = await planOf(stack({ replicas: 1 }), stack({ replicas: 3 }));
    const benign = parse(diagram(formatPlanMarkdown(base)));
    assert.equal(benign.ok, true, benign.error);
    for (const payload of ['\nlink S: x @ https://example.com', '; S->>S: injected', '%%{init: {"theme": "dark"}}%%', '#35;', '\n  end\n  par x']) {
      const got = parse(diagram(formatPlanMarkdown(poison(base, payload))));
      assert.equal(got.ok, true, `${JSON.stringify(payload)}: ${got.error}`);
      assert.equal(got.actors!.length, benign.actors!.length, JSON.stringify(payload));
      assert.equal(got.messages!.length, benign.messages!.length, JSON.stringify(payload));
      assert.equal(diagram(formatPlanMarkdown(poison(base, payload))).split('\n').length, diagram(formatPlanMarkdown(base)).split('\n').length, JSON.stringify(payload));
    }
  });
});
