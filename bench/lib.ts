/**
 * The pure parts of `npm run bench` (test/bench.test.ts tests them without timing anything):
 * statistics, the issue's targets and their verdicts, the table, and where a peer tool is found.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median, min and max; null for no samples (a row that was not measured). */
export function stats(xs: readonly number[]): Stats | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/** a / b of two medians, null when either is missing or b is 0. */
export function ratio(a: Stats | null, b: Stats | null): number | null {
  if (!a || !b || b.median === 0) return null;
  return a.median / b.median;
}

/** One bound of the issue's table: `value` (measured, or null when it could not be) ≤ `max`. */
export interface Check {
  /** What the bound says, as the table shows it: "≤ 2.0× node -e 0". */
  text: string;
  value: number | null;
  max: number;
}

export type Verdict = 'pass' | 'fail' | 'not measured' | '—';

/** No bound: "—"; a bound whose value is missing: "not measured"; else pass when every bound holds. */
export function verdict(checks: readonly Check[]): Verdict {
  if (checks.length === 0) return '—';
  if (checks.some((c) => c.value === null || !Number.isFinite(c.value))) return 'not measured';
  return checks.every((c) => c.value! <= c.max) ? 'pass' : 'fail';
}

/** A measured command's numbers (wall and CPU in ms, peak RSS in MB: medians over the runs). */
export interface Measured {
  wall: Stats | null;
  cpu: Stats | null;
  rssMB: Stats | null;
  /** Why it has no numbers: not found, failed, timed out. */
  error: string | null;
}

export interface Row {
  group: 'startup' | 'corpus' | 'plan';
  what: string;
  measured: Measured;
  /** "1.84× / 1.62×": wall and CPU ratios to the row's reference, when it has one. */
  ratio: string;
  checks: Check[];
  verdict: Verdict;
  /** Anything else the row's JSON should keep (exit code, bytes, events…). */
  extra?: Record<string, unknown>;
}

export const notMeasured = (error: string): Measured => ({ wall: null, cpu: null, rssMB: null, error });

const ms = (x: number): string => (x < 100 ? x.toFixed(1) : x.toFixed(0));
export const fmtWall = (m: Measured): string => (m.error ? m.error : m.wall ? `${ms(m.wall.median)} ms (${ms(m.wall.min)}–${ms(m.wall.max)})` : '—');
export const fmtCpu = (m: Measured): string => (m.error ? '' : m.cpu ? `${ms(m.cpu.median)} ms` : '—');
export const fmtRss = (m: Measured): string => (m.error ? '' : m.rssMB ? `${m.rssMB.median.toFixed(0)} MB` : '—');
export const fmtRatios = (wall: number | null, cpu: number | null, of: string): string =>
  wall === null ? '' : `${wall.toFixed(2)}×${cpu === null ? '' : ` / ${cpu.toFixed(2)}×`} ${of}`;

export const TABLE_HEADER = ['what', 'wall median (min–max)', 'CPU user+sys', 'peak RSS', 'ratio wall / CPU', 'target', 'result'];

export function tableCells(r: Row): string[] {
  return [r.what, fmtWall(r.measured), fmtCpu(r.measured), fmtRss(r.measured), r.ratio, r.checks.map((c) => c.text).join(', '), r.verdict];
}

/** A Markdown table, padded so that it also reads as plain text. Pipes in cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const all = [header, ...rows].map((r) => r.map(esc));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(all[0]!), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join('\n');
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the peer tool `name` is: in the directory STSPLAN_BENCH_PEERS names first, then on PATH
 * (`name.exe` too on Windows); null when neither has an executable file of that name.
 */
export function findPeer(name: string, env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): string | null {
  const dirs = [...(env.STSPLAN_BENCH_PEERS ? [env.STSPLAN_BENCH_PEERS] : []), ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  const names = platform === 'win32' ? [`${name}.exe`, name] : [name];
  for (const dir of dirs) for (const n of names) if (isExecutableFile(join(dir, n))) return join(dir, n);
  return null;
}

/** The fixture with its StatefulSet's `replicas:` set to n (the plan fixtures all say `replicas: 2`). */
export function withReplicas(manifest: string, n: number): string {
  const out = manifest.replace(/^(\s+replicas:\s*)\d+\s*$/m, `$1${n}`);
  if (out === manifest && !new RegExp(`^\\s+replicas:\\s*${n}\\s*$`, 'm').test(manifest)) throw new Error('the manifest has no `replicas:` line to set');
  return out;
}
