/**
 * The default human format: eslint-formatter-pretty's look (loaded only when used), laid out for
 * the terminal's width. The formatter pads every message to the longest one and puts the rule id
 * after it, so one long finding pushed every line past any terminal's width. It is given a
 * placeholder of one width for each message and file name instead; each placeholder is then
 * replaced by the message wrapped to the width, the rule id after it, the fix hint on a line of
 * its own and each related location (the Service in another file a finding is about) under it.
 */
import { relative } from 'node:path';
import type { EslintResult } from './eslint.js';
import type { RuleMeta } from '../rule.js';
import { rulesMeta } from './eslint.js';
import { relatedLines } from './related.js';
import { printable } from '../../text/printable.js';
import { isStreamName } from '../../types.js';

export interface StylishOptions {
  cwd: string;
  /** The path to print for an absolute path: as the user gave it (report paths, resolved). */
  shown?: ReadonlyMap<string, string>;
  /** The terminal's width; findings are wrapped to it (default 100). */
  columns?: number;
  /** Whether colour codes may be written (inline `code` in bold). */
  colour?: boolean;
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const visible = (s: string): number => [...s.replace(ESCAPES, '')].length;

/** Words of `text` in lines of at most `width` characters; a longer word is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/ +/)) {
    while ([...word].length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push([...word].slice(0, width).join(''));
      word = [...word].slice(width).join('');
    }
    if (!line) line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export async function formatStylish(results: EslintResult[], rules: readonly RuleMeta[], options: StylishOptions): Promise<string> {
  const withFindings = results.filter((r) => r.messages.length > 0);
  if (withFindings.length === 0) return '';
  const { default: pretty } = await import('eslint-formatter-pretty');
  const { cwd } = options;
  const columns = Math.max(60, options.columns ?? 100);
  const shown = (file: string): string => (isStreamName(file) ? file : (options.shown?.get(file) ?? (relative(cwd, file) || file)));
  const code = (s: string): string => s.replace(/(^|[^`])`([^`]+)`(?!`)/g, (_, pre: string, c: string) => (options.colour ? `${pre}\u001b[1m${c}\u001b[22m` : `${pre}${c}`));
  // Placeholders nothing in a manifest or a file name can spell: a fresh random tag each run, 64
  // bits from V8's generator (seeded from the system's entropy when the process starts; what a
  // file says is written before the run and cannot see it). node:crypto's randomBytes would load
  // the crypto modules, about 7 ms of a start-up, for these 16 hexadecimal digits.
  const hex32 = (): string => Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const tag = `STSPLAN${hex32()}${hex32()}`;
  const files = new Map<string, { shown: string; abs: string }>();
  const blocks = new Map<string, { message: string; more: string[] }>();
  // Info findings (shown with --verbose) are counted as warnings for the formatter, which prints
  // nothing when it counts neither; the summary line is put right below.
  const infos = withFindings.reduce((n, r) => n + r.messages.filter((m) => m.level === 'info').length, 0);
  const warnings = withFindings.reduce((n, r) => n + r.warningCount, 0);
  // The formatter sorts in place; give it copies. File paths and messages are printed as they
  // are: escape what a terminal would act on.
  const copies = withFindings.map((r, fi) => {
    const fileKey = `${tag}F${String(fi).padStart(6, '0')}`;
    const file = shown(r.filePath);
    files.set(fileKey, { shown: printable(file), abs: r.filePath });
    return {
      ...r,
      filePath: fileKey,
      warningCount: r.warningCount + r.messages.filter((m) => m.level === 'info').length,
      messages: r.messages.map((m, mi) => {
        const key = `${tag}M${String(fi).padStart(6, '0')}${String(mi).padStart(6, '0')}`;
        const related = (m.relatedLocations ?? []).map((l) => ({ message: l.message, file: shown(l.filePath), line: l.line, column: l.column, template: l.template }));
        blocks.set(key, {
          message: printable(m.message),
          more: [...(m.template === undefined ? [] : [`rendered from ${printable(m.template)}`]), ...(m.hint ? [`Fix: ${printable(m.hint)}`] : []), ...relatedLines(related, file).map((l) => `see ${printable(l)}`)],
        });
        return { ...m, message: key };
      }),
    };
  });
  type PrettyInput = Parameters<typeof pretty>[0];
  type PrettyData = Parameters<typeof pretty>[1];
  let text = pretty(copies as unknown as PrettyInput, { rulesMeta: rulesMeta(rules) } as unknown as PrettyData);
  const placeholder = new RegExp(`${tag}M\\d{12}`);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = placeholder.exec(line);
    if (!m) {
      // A header: the file as given; in a terminal's hyperlink (file://), the absolute path.
      out.push(
        line
          .replace(new RegExp(`file://(${tag}F\\d{6})`, 'g'), (_, k: string) => `file://${encodeURI(files.get(k)?.abs ?? k)}`)
          .replace(new RegExp(`${tag}F\\d{6}`, 'g'), (k) => files.get(k)?.shown ?? k),
      );
      continue;
    }
    const block = blocks.get(m[0])!;
    const before = line.slice(0, m.index);
    // What follows the placeholder: two spaces and the rule id (dim, perhaps a hyperlink).
    const after = line.slice(m.index + m[0].length).replace(/^ +/, '');
    const indent = ' '.repeat(visible(before));
    const width = Math.max(30, columns - indent.length);
    const lines = wrap(block.message, width);
    const last = lines.length - 1;
    const rule = visible(after);
    lines.forEach((l, i) => {
      const head = i === 0 ? before : indent;
      if (i < last || rule === 0) out.push(head + code(l));
      else if (visible(l) + 2 + rule <= width) out.push(`${head}${code(l)}  ${after}`);
      else out.push(head + code(l), indent + after);
    });
    for (const extra of block.more) for (const l of wrap(extra, width)) out.push(indent + code(l));
  }
  text = out.join('\n');
  if (infos > 0) {
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    // The last count of warnings is the summary's; keep its colour codes around the new text.
    const at = text.lastIndexOf(plural(warnings + infos, 'warning'));
    if (at >= 0) text = text.slice(0, at) + (warnings > 0 ? `${plural(warnings, 'warning')}, ` : '') + `${infos} info` + text.slice(at + plural(warnings + infos, 'warning').length);
  }
  return text + '\n';
}
