/**
 * `npm run bench`: measures stsplan against the targets of its performance issue and prints one
 * table (also written to bench/results.json).
 *
 * - startup: `stsplan lint` of one small file next to `node -e 0`, run alternately in one loop
 * - throughput: `stsplan lint` of ../shared/corpus (when present) and of a generated corpus
 *   of 20,000 documents in 2,000 files, each with --concurrency off (one thread) and one thread per core
 * - plan: a scale-up from 0 and a rolling update, at 1k, 10k and 100k replicas
 *
 * Each command runs RUNS times after one warm-up run; wall times are medians with min–max.
 * Peak RSS comes from one more run with a hook that reports the process's maxRSS on exit.
 * Options: --runs N (default 7), --quick (3 runs, no 100k plan), --out FILE.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, tmpdir, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cli = join(repo, (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { bin: { stsplan: string } }).bin.stsplan);
const hook = pathToFileURL(join(here, 'rss-hook.js')).href;

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(repo, 'bench/results.json') },
  },
});
const RUNS = Number(values.runs ?? (values.quick ? 3 : 7));

interface Stats {
  median: number;
  min: number;
  max: number;
}
interface Measured {
  /** Wall time in milliseconds. */
  ms: Stats;
  /** Peak resident set size in MB (one extra run). */
  rssMB: number | null;
  exitCode: number | null;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]! };
}

interface Command {
  label: string;
  file: string;
  args: string[];
  /** Runs a Node script (so that the RSS hook can be loaded), else an executable. */
  node: boolean;
}

const nodeCommand = (label: string, args: string[]): Command => ({ label, file: process.execPath, args, node: true });
const stsplan = (label: string, args: string[]): Command => nodeCommand(label, [cli, ...args]);

function runOnce(c: Command, env?: NodeJS.ProcessEnv): { ms: number; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c.file, c.args, { stdio: ['ignore', 'ignore', 'pipe'], env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw new Error(`${c.label}: ${r.error.message}`);
  if (r.status !== null && r.status > 2) throw new Error(`${c.label} exited with ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { ms, status: r.status };
}

function peakRss(c: Command): number | null {
  if (!c.node) return null;
  const out = join(tmpdir(), `stsplan-bench-rss-${process.pid}`);
  rmSync(out, { force: true });
  runOnce({ ...c, args: ['--import', hook, ...c.args] }, { ...process.env, STSPLAN_BENCH_RSS: out });
  const kb = existsSync(out) ? Number(readFileSync(out, 'utf8')) : NaN;
  rmSync(out, { force: true });
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** Runs the commands alternately (a, b, a, b, …) so that machine noise hits them alike. */
function measure(commands: Command[], runs = RUNS): Measured[] {
  const times: number[][] = commands.map(() => []);
  const codes: (number | null)[] = commands.map(() => null);
  for (const c of commands) runOnce(c); // warm-up: file cache, lazy compilation of node itself
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, k) => {
      const r = runOnce(c);
      times[k]!.push(r.ms);
      codes[k] = r.status;
    });
  }
  return commands.map((c, k) => ({ ms: stats(times[k]!), rssMB: peakRss(c), exitCode: codes[k]! }));
}

function onPath(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const r = spawnSync('find', [dir, '-type', 'f', '(', '-name', '*.yaml', '-o', '-name', '*.yml', '-o', '-name', '*.json', ')'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  for (const f of r.stdout.split('\n').filter(Boolean)) {
    bytes += statSync(f).size;
    files++;
  }
  return { bytes, files };
}

/** Counts YAML documents the way the loader splits them (a `---` line starts one). */
function countDocuments(dir: string): number {
  const r = spawnSync('sh', ['-c', `find "${dir}" -type f \\( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \\) -exec cat {} + | grep -c '^---'`], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const separators = Number(r.stdout.trim()) || 0;
  return separators + dirBytes(dir).files;
}

const fmtMs = (s: Stats): string => `${s.median.toFixed(s.median < 100 ? 1 : 0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const fmtMB = (mb: number | null): string => (mb === null ? '—' : `${mb.toFixed(0)} MB`);
const rows: string[][] = [];
const row = (...cells: string[]): void => void rows.push(cells);

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), freeGB: Math.round(freemem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version },
  runs: RUNS,
};

// ---- startup --------------------------------------------------------------------------------
const small = join(repo, 'examples/clean/web.yaml');
{
  const [floor, one] = measure([nodeCommand('node -e 0', ['-e', '0']), stsplan('stsplan lint (one file)', ['lint', small])], Math.max(RUNS * 3, 15));
  const ratio = one!.ms.median / floor!.ms.median;
  results.startup = { floor, oneFile: { ...one, bytes: statSync(small).size }, ratio, target: 1.2 };
  row('`node -e 0` (floor)', fmtMs(floor!.ms), '', '', fmtMB(floor!.rssMB));
  row(`\`stsplan lint\` one file (${statSync(small).size} B)`, fmtMs(one!.ms), `${ratio.toFixed(2)}× floor`, '', fmtMB(one!.rssMB));
}

// ---- throughput -----------------------------------------------------------------------------
function throughput(label: string, dir: string, documents: number): void {
  const { bytes, files } = dirBytes(dir);
  // One thread and all cores alternate in one loop, so that both see the same machine.
  const measured = measure([stsplan(label, ['lint', '--concurrency', 'off', dir]), stsplan(label, ['lint', '--concurrency', String(availableParallelism()), dir])]);
  const entry: Record<string, unknown> = { files, bytes, documents };
  measured.forEach((m, i) => {
    const mbps = bytes / 1e6 / (m.ms.median / 1000);
    const dps = documents / (m.ms.median / 1000);
    entry[i === 0 ? 'oneThread' : 'allCores'] = { ...m, mbPerS: mbps, docsPerS: dps };
    const how = i === 0 ? 'one thread' : `${availableParallelism()} threads`;
    row(`\`stsplan lint\` ${label}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${documents} docs, ${how}`, fmtMs(m.ms), `${mbps.toFixed(1)} MB/s`, `${Math.round(dps)} docs/s`, fmtMB(m.rssMB));
  });
  (results.throughput as Record<string, unknown>)[label] = entry;
}
results.throughput = {};
const corpus = resolve(repo, '../shared/corpus');
if (existsSync(corpus)) {
  throughput('../shared/corpus', corpus, countDocuments(corpus));
  for (const [tool, args] of [
    ['kube-score', ['score', '--output-format', 'ci']],
    ['kubeconform', ['-summary', '-ignore-missing-schemas']],
  ] as const) {
    if (!onPath(tool)) continue;
    const files = spawnSync('find', [corpus, '-type', 'f', '-name', '*.y*ml'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const [m] = measure([{ label: tool, file: tool, args: [...args, ...files], node: false }]);
    (results.throughput as Record<string, unknown>)[tool] = m;
    row(`\`${tool}\` ../shared/corpus`, fmtMs(m!.ms), '', '', '—');
  }
} else {
  row('../shared/corpus', 'not found: skipped', '', '', '');
}
const genDir = join(tmpdir(), 'stsplan-bench-corpus');
mkdirSync(genDir, { recursive: true });
const gen = generateCorpus(genDir);
throughput('generated', gen.dir, gen.documents);

// ---- plan -----------------------------------------------------------------------------------
const planRunner = join(here, 'plan-run.js');
const sizes = values.quick ? [1000, 10000] : [1000, 10000, 100000];
const planResults: unknown[] = [];
for (const scenario of ['scale-up', 'rolling-update']) {
  for (const n of sizes) {
    const runs = n >= 100000 ? 3 : 5;
    const r = spawnSync(process.execPath, [planRunner, scenario, String(n), String(runs)], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      planResults.push({ scenario, replicas: n, error: r.error?.message ?? r.stderr.slice(0, 300) });
      row(`plan ${scenario} 0→${n}`, r.error ? 'timed out (300 s)' : `failed: ${r.stderr.split('\n')[0]}`, '', '', '');
      continue;
    }
    const j = JSON.parse(r.stdout) as { events: number; planMs: number[]; renderMs: number[] };
    const plan = stats(j.planMs);
    const render = stats(j.renderMs);
    planResults.push({ scenario, replicas: n, events: j.events, planMs: plan, renderTextMs: render });
    const what = scenario === 'scale-up' ? `scale-up 0 → ${n.toLocaleString('en')}` : `rolling update of ${n.toLocaleString('en')} pods`;
    row(`plan: ${what}`, fmtMs(plan), `${j.events.toLocaleString('en')} events`, `text render ${render.median.toFixed(0)} ms`, '');
  }
}
results.plan = planResults;

// ---- report ---------------------------------------------------------------------------------
const header = ['what', 'median wall (min–max)', 'rate', '', 'peak RSS'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
const m = results.machine as { cpu: string; cores: number; memoryGB: number; node: string };
process.stdout.write(`stsplan benchmark: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; ${RUNS} runs per command\n\n`);
process.stdout.write([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n');
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nwrote ${values.out}\n`);
