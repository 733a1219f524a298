/**
 * `npm run bench`: what users wait for, measured end to end (`node dist/cli.cjs …`, a new process
 * per run, stdout to a file as a redirect sends it), against the targets of issue 18. Prints the
 * machine, one table and writes everything to bench/results.json (gitignored).
 *
 * Groups (`--only startup,corpus,plan`):
 * - startup: `lint` of one file with findings (examples/mistakes/db.yaml) and of a clean one
 *   (examples/clean/web.yaml), stylish and `--format json`, each as a ratio to `node -e 0` run in
 *   the same loop; kube-score and kubeconform on the file with findings, when found.
 * - corpus: `lint` of ../shared/corpus (else test/fixtures/corpus; `--corpus DIR` for another)
 *   with `--concurrency off` (one thread) and the default, with the peers in the same loop, then
 *   the generated corpus (bench/generate.ts).
 * - plan: `plan FILE --scale web=N` in json, text and markdown (the pull-request comment), a
 *   scale-up from 0 and a rolling update (`--from` the fixture at N replicas, the new image),
 *   N = 1k, 10k, 100k; then the case the planner cannot summarise, planned pod by pod: a Parallel
 *   rolling update of 20,000 pods with maxUnavailable 3 and its gate on (batches whose size depends
 *   on how many pods are unavailable; src/plan/statefulset.ts), which costs the most (`--pod-by-pod N`
 *   sets the count, 0 for none; none with --quick).
 *
 * Peers are looked for in $STSPLAN_BENCH_PEERS, then on PATH; a peer not found is a row that says
 * "not measured". Options: --quick, --runs N, --warmup N, --only GROUPS, --corpus DIR,
 * --generated FILES (0: none), --sizes N,N, --pod-by-pod N, --out FILE.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';
import { findPeer, fmtRatios, markdownTable, notMeasured, ratio, TABLE_HEADER, tableCells, verdict, withReplicas, type Check, type Row } from './lib.js';
import { measure, type Command, type MeasureOptions } from './measure.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const cli = join(repo, (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { bin: { stsplan: string } }).bin.stsplan);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'pod-by-pod': { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    only: { type: 'string', default: 'startup,corpus,plan' },
    corpus: { type: 'string' },
    generated: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string', default: join(repo, 'bench/results.json') },
  },
});
const int = (name: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${v}"`);
  return n;
};
const quick = values.quick!;
const RUNS = int('runs', values.runs ?? (quick ? '3' : '7'));
/** Start-up runs are short and noisy: more of them, unless --runs says how many. */
const STARTUP_RUNS = values.runs ? RUNS : quick ? 7 : 21;
const WARMUP = int('warmup', values.warmup!);
const groups = new Set(values.only!.split(','));
for (const g of groups) if (!['startup', 'corpus', 'plan'].includes(g)) throw new Error(`--only: unknown group "${g}" (startup, corpus, plan)`);
const GENERATED = int('generated', values.generated ?? (quick ? '200' : '2000'));
const SIZES = (values.sizes ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map((s) => int('sizes', s));
/** Pods of the plan the planner cannot summarise (0: none); at most BOUNDS.directLimit are planned. */
const POD_BY_POD = int('pod-by-pod', values['pod-by-pod'] ?? (quick ? '0' : '20000'));

const scratch = mkdtempSync(join(tmpdir(), 'stsplan-bench-'));
const opts = (over: Partial<MeasureOptions> = {}): MeasureOptions => ({ runs: RUNS, warmup: WARMUP, split: false, timeout: 300_000, scratch, ...over });
const node = (label: string, args: string[], okStatus: number[] = []): Command => ({ label, node: true, file: args[0]!, args: args.slice(1), okStatus });
const stsplan = (label: string, args: string[], okStatus: number[] = []): Command => node(label, [cli, ...args], okStatus);
const rel = (p: string): string => relative(repo, p) || '.';
const rows: Row[] = [];
const load = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  loadBefore: load(),
  loadAfter: [] as number[],
  /**
   * Whether NODE_EXTRA_CA_CERTS is set: every Node process, `node -e 0` included, then parses those
   * certificates at start-up (220 KB on the development machine: 40% of `node -e 0`'s time), which
   * raises the floor the start-up ratios divide by. The header says so, since the ratios of a
   * machine with and one without are not comparable.
   */
  extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
};

/** The peers: each with its command line for a file list (kube-score) or the same paths. */
const PEERS = [
  { name: 'kube-score', args: (paths: string[]) => ['score', '-o', 'json', ...paths] },
  { name: 'kubeconform', args: (paths: string[]) => ['-summary', '-ignore-missing-schemas', ...paths] },
] as const;
const peerPaths = new Map(PEERS.map((p) => [p.name, findPeer(p.name, process.env)]));

/** Peer commands that were found, and "not measured" rows for the others. */
function peerCommands(paths: string[], on: string): { commands: Command[]; missing: Row[] } {
  const commands: Command[] = [];
  const missing: Row[] = [];
  for (const p of PEERS) {
    const at = peerPaths.get(p.name);
    const what = `${p.name}, ${on}`;
    // Both exit 1 when they find something, as lint does.
    if (at) commands.push({ label: what, node: false, file: at, args: p.args(paths), okStatus: [1] });
    else missing.push({ group: 'startup', what, measured: notMeasured('not measured (not in $STSPLAN_BENCH_PEERS or on PATH)'), ratio: '', checks: [], verdict: '—' });
  }
  return { commands, missing };
}

// ---- start-up ---------------------------------------------------------------------------------
if (groups.has('startup')) {
  const findings = join(repo, 'examples/mistakes/db.yaml');
  const clean = join(repo, 'examples/clean/web.yaml');
  const cases = [
    { what: 'lint db.yaml (findings), stylish', args: ['lint', findings], max: 2.0 },
    { what: 'lint db.yaml (findings), json', args: ['lint', findings, '--format', 'json'], max: 1.8 },
    { what: 'lint web.yaml (clean), stylish', args: ['lint', clean], max: 1.6 },
    { what: 'lint web.yaml (clean), json', args: ['lint', clean, '--format', 'json'], max: null },
  ];
  const peers = peerCommands([findings], 'db.yaml');
  const floorCmd = node('node -e 0', ['-e', '0']);
  const measured = measure([floorCmd, ...cases.map((c) => stsplan(c.what, c.args, [1])), ...peers.commands], opts({ runs: STARTUP_RUNS, split: true }));
  const floor = measured[0]!;
  rows.push({ group: 'startup', what: '`node -e 0` (the floor, = 1.0)', measured: floor, ratio: '', checks: [], verdict: '—' });
  cases.forEach((c, i) => {
    const m = measured[i + 1]!;
    const wallRatio = ratio(m.wall, floor.wall);
    const checks: Check[] = c.max === null ? [] : [{ text: `≤ ${c.max.toFixed(1)}× node -e 0`, value: wallRatio, max: c.max }];
    rows.push({ group: 'startup', what: c.what, measured: m, ratio: fmtRatios(wallRatio, ratio(m.cpu, floor.cpu), 'node -e 0'), checks, verdict: verdict(checks), extra: { exitCode: m.status } });
  });
  peers.commands.forEach((c, i) => {
    const m = measured[1 + cases.length + i]!;
    rows.push({ group: 'startup', what: c.label, measured: m, ratio: fmtRatios(ratio(m.wall, floor.wall), ratio(m.cpu, floor.cpu), 'node -e 0'), checks: [], verdict: '—', extra: { path: c.file, exitCode: m.status } });
  });
  rows.push(...peers.missing);
}

// ---- corpus -----------------------------------------------------------------------------------
function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.(ya?ml|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

function corpusRows(dir: string, label: string, withPeers: boolean): void {
  const files = yamlFiles(dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const about = `${label} (${files.length.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(1)} MB)`;
  const peers = withPeers ? peerCommands(files, label) : { commands: [], missing: [] };
  const own = [stsplan(`lint ${about}, one thread`, ['lint', dir, '--concurrency', 'off'], [1]), stsplan(`lint ${label}, default threads`, ['lint', dir], [1])];
  const measured = measure([...own, ...peers.commands], opts());
  const kubeScore = peers.commands.findIndex((c) => c.label.startsWith('kube-score'));
  const ref = kubeScore >= 0 ? measured[own.length + kubeScore]! : null;
  own.forEach((c, i) => {
    const m = measured[i]!;
    const r = ref ? ratio(m.wall, ref.wall) : null;
    // The bound is on the one-thread run against kube-score; without kube-score it is not measured.
    const checks: Check[] = withPeers && i === 0 ? [{ text: '≤ 0.85× kube-score', value: r, max: 0.85 }] : [];
    rows.push({ group: 'corpus', what: c.label, measured: m, ratio: ref ? fmtRatios(r, ratio(m.cpu, ref.cpu), 'kube-score') : '', checks, verdict: verdict(checks), extra: { files: files.length, bytes, exitCode: m.status } });
  });
  peers.commands.forEach((c, i) => {
    const m = measured[own.length + i]!;
    rows.push({ group: 'corpus', what: c.label, measured: m, ratio: '', checks: [], verdict: '—', extra: { path: c.file, exitCode: m.status } });
  });
  rows.push(...peers.missing.map((r) => ({ ...r, group: 'corpus' as const })));
}

if (groups.has('corpus')) {
  const shared = resolve(repo, '../shared/corpus');
  const [dir, label] = values.corpus
    ? [resolve(values.corpus), rel(resolve(values.corpus))]
    : statSync(shared, { throwIfNoEntry: false })?.isDirectory()
      ? [shared, '../shared/corpus']
      : [join(repo, 'test/fixtures/corpus'), 'test/fixtures/corpus (no ../shared)'];
  corpusRows(dir, label, true);
  if (GENERATED > 0) {
    const gen = generateCorpus(join(tmpdir(), `stsplan-bench-corpus-${GENERATED}`), GENERATED);
    corpusRows(gen.dir, `generated, ${gen.documents.toLocaleString('en')} docs`, false);
  }
}

// ---- plan -------------------------------------------------------------------------------------
/** A plan command of the bench, with the targets its wall time (ms) and peak RSS (MB) are checked against. */
interface PlanCase {
  what: string;
  args: string[];
  checks: (wall: number | null, rss: number | null) => Check[];
}

/** Plan rows: the cases measured in one loop, each with its checks and its own output's size. */
function planRows(cases: PlanCase[], replicas: number, loop: { runs: number; warmup: number }): void {
  const measured = measure(
    cases.map((c) => stsplan(c.what, c.args)),
    opts(loop),
  );
  cases.forEach((c, i) => {
    const m = measured[i]!;
    const checks = c.checks(m.wall?.median ?? null, m.rssMB?.median ?? null);
    rows.push({ group: 'plan', what: c.what, measured: m, ratio: '', checks, verdict: verdict(checks), extra: { replicas, outputBytes: m.outputBytes } });
  });
}

if (groups.has('plan')) {
  const FORMATS = ['json', 'text', 'markdown'] as const;
  const fixtures = join(repo, 'test/fixtures/plan');
  const create = readFileSync(join(fixtures, 'web-1-create.yaml'), 'utf8');
  const at0 = join(scratch, 'web-at-0.yaml');
  writeFileSync(at0, withReplicas(create, 0));
  const update = join(fixtures, 'web-4-update.yaml');
  for (const n of SIZES) {
    const before = join(scratch, `web-at-${n}.yaml`);
    writeFileSync(before, withReplicas(create, n));
    const N = n.toLocaleString('en');
    const cases: PlanCase[] = [];
    for (const format of FORMATS) {
      cases.push({
        what: `plan scale-up 0 → ${N}, ${format}`,
        args: ['plan', at0, '--scale', `web=${n}`, '--format', format],
        checks: (wall, rss) => {
          if (n === 10_000 && format === 'json') return [{ text: '≤ 0.5 s', value: wall, max: 500 }];
          if (n === 100_000 && format === 'json') return [{ text: '≤ 3 s', value: wall, max: 3000 }, { text: '≤ 300 MB', value: rss, max: 300 }];
          if (n === 100_000 && format === 'text') return [{ text: '≤ 2 s', value: wall, max: 2000 }];
          return [];
        },
      });
    }
    for (const format of FORMATS) {
      cases.push({
        what: `plan rolling update of ${N}, ${format}`,
        args: ['plan', update, '--from', before, '--scale', `web=${n}`, '--format', format],
        checks: () => [],
      });
    }
    const big = n >= 100_000;
    planRows(cases, n, big ? { runs: Math.min(RUNS, 3), warmup: 0 } : { runs: Math.min(RUNS, 5), warmup: WARMUP });
  }
  if (POD_BY_POD > 0) {
    // By default the most the planner simulates pod by pod (BOUNDS.directLimit): every event is an object and is written.
    const n = POD_BY_POD;
    const batches = (manifest: string): string => withReplicas(manifest, n).replace(/^( {2}serviceName: nginx\n)/m, '$1  podManagementPolicy: Parallel\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 3}}\n');
    const from = join(scratch, 'web-batches-from.yaml');
    const to = join(scratch, 'web-batches-to.yaml');
    writeFileSync(from, batches(create));
    writeFileSync(to, batches(readFileSync(update, 'utf8')));
    const cases = FORMATS.map((format) => ({ what: `plan rolling update of ${n.toLocaleString('en')} in batches of 3 (pod by pod), ${format}`, args: ['plan', to, '--from', from, '--feature-gates', 'MaxUnavailableStatefulSet=true', '--format', format], checks: () => [] }));
    planRows(cases, n, { runs: Math.min(RUNS, 3), warmup: 0 });
  }
}

// ---- report -----------------------------------------------------------------------------------
machine.loadAfter = load();
const table = markdownTable(TABLE_HEADER, rows.map(tableCells));
const runsNote = `${RUNS} runs a command (start-up: ${STARTUP_RUNS}; plans: ≤ 5, 100k: ≤ 3), ${WARMUP} warm-up`;
process.stdout.write(
  `stsplan benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}\n` +
    `load average (1, 5, 15 min) before ${machine.loadBefore.join(', ')}, after ${machine.loadAfter.join(', ')}; ${runsNote}\n` +
    (machine.extraCaCerts ? 'NODE_EXTRA_CA_CERTS is set: every Node process, node -e 0 included, parses those certificates at start-up, which raises the floor of the start-up ratios\n' : '') +
    `\n${table}\n`,
);
const failed = rows.filter((r) => r.verdict === 'fail').length;
const passed = rows.filter((r) => r.verdict === 'pass').length;
process.stdout.write(`\ntargets: ${passed} pass, ${failed} fail, ${rows.filter((r) => r.verdict === 'not measured').length} not measured\n`);
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify({ date: new Date().toISOString(), machine, options: { quick, runs: RUNS, warmup: WARMUP, only: [...groups], sizes: SIZES, generated: GENERATED }, rows }, null, 2) + '\n');
process.stdout.write(`wrote ${values.out}\n`);
rmSync(scratch, { recursive: true, force: true });
