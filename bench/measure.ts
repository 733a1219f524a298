/**
 * Runs commands as a user would (a new process each time, stdout to a file as a redirect would
 * send it) and measures each run's wall time, CPU time (user + system) and peak RSS.
 *
 * - Wall: the parent's clock around the spawn.
 * - CPU and peak RSS of a Node command: a preloaded CommonJS hook (`node --require`) writes the
 *   process's own `process.resourceUsage()` on exit: getrusage(RUSAGE_SELF), every thread,
 *   the same on Linux and macOS: libuv's uv__getrusage (src/unix/core.c) divides macOS's ru_maxrss,
 *   which is in bytes, by 1024, so maxRSS is KiB on both.
 * - CPU and peak RSS of another executable (the peers): GNU time's `-f '%U %S %M'` where
 *   /usr/bin/time is GNU's (Linux); elsewhere (macOS's BSD time has no -f) they are "—".
 *
 * `split` (for the short start-up commands): each round runs every command once bare (wall) and
 * once measured (CPU, RSS), so that the hook's own load time (a few ms) stays out of the wall
 * ratios. Otherwise one measured run gives all three (the hook is nothing next to a second).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notMeasured, stats, type Measured } from './lib.js';

export interface Command {
  label: string;
  /** Node script arguments (`node ARGS`), or an executable with its arguments. */
  node: boolean;
  file: string;
  args: string[];
  cwd?: string;
  /** Exit codes that are a normal outcome (lint: 1 with findings). */
  okStatus?: readonly number[];
}

export interface MeasureOptions {
  runs: number;
  warmup: number;
  split: boolean;
  /** Per run, in ms. */
  timeout: number;
  /** A scratch directory: the stdout file, the hook, the usage files. */
  scratch: string;
}

export interface MeasuredCommand extends Measured {
  status: number | null;
  /** What the command wrote to stdout, in bytes (its last run). */
  outputBytes: number | null;
}

const HOOK = `// written by bench/measure.ts: the process's own usage, on exit
const out = process.env.STSPLAN_BENCH_USAGE;
if (out) process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }));
});
`;

let gnuTime: boolean | undefined;
/** Whether /usr/bin/time takes GNU's -f and -o (checked once). */
function hasGnuTime(scratch: string): boolean {
  if (gnuTime === undefined) {
    const out = join(scratch, 'gnu-time-probe');
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
    gnuTime = r.status === 0 && existsSync(out) && /^\d+(\.\d+)? \d+(\.\d+)? \d+\s*$/.test(readFileSync(out, 'utf8'));
    rmSync(out, { force: true });
  }
  return gnuTime;
}

interface Sample {
  wallMs: number;
  cpuMs: number | null;
  rssMB: number | null;
  status: number | null;
  outputBytes: number;
}

function runOnce(c: Command, o: MeasureOptions, withUsage: boolean): Sample {
  const stdoutPath = join(o.scratch, 'stdout');
  const usage = join(o.scratch, 'usage');
  rmSync(usage, { force: true });
  let file = c.node ? process.execPath : c.file;
  let args = c.node ? [c.file, ...c.args] : c.args;
  let env: NodeJS.ProcessEnv = process.env;
  let how: 'hook' | 'time' | null = null;
  if (withUsage && c.node) {
    const hook = join(o.scratch, 'usage-hook.cjs');
    if (!existsSync(hook)) writeFileSync(hook, HOOK);
    args = ['--require', hook, ...args];
    env = { ...process.env, STSPLAN_BENCH_USAGE: usage };
    how = 'hook';
  } else if (withUsage && hasGnuTime(o.scratch)) {
    args = ['-f', '%U %S %M', '-o', usage, file, ...args];
    file = '/usr/bin/time';
    how = 'time';
  }
  // A fresh file each run, as `> out` truncates it.
  const fd = openSync(stdoutPath, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, args, { stdio: ['ignore', fd, 'pipe'], env, cwd: c.cwd, timeout: o.timeout, maxBuffer: 16 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const outputBytes = fstatSync(fd).size;
  closeSync(fd);
  if (r.error) throw new Error((r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `timed out (${o.timeout / 1000} s)` : r.error.message);
  if (r.signal) throw new Error(`killed by ${r.signal}`);
  const ok = [0, ...(c.okStatus ?? [])];
  if (!ok.includes(r.status!)) throw new Error(`exit ${r.status}: ${r.stderr.toString().trim().split('\n')[0]?.slice(0, 160) ?? ''}`);
  let cpuMs: number | null = null;
  let rssMB: number | null = null;
  if (how && existsSync(usage)) {
    const text = readFileSync(usage, 'utf8');
    if (how === 'hook') {
      const u = JSON.parse(text) as { cpuMs: number; maxRssKiB: number };
      cpuMs = u.cpuMs;
      rssMB = u.maxRssKiB / 1024;
    } else {
      // GNU time writes "Command exited with non-zero status N" first when it did.
      const m = /(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)\s*$/.exec(text);
      if (m) {
        cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
        rssMB = Number(m[3]) / 1024;
      }
    }
  }
  return { wallMs, cpuMs, rssMB, status: r.status, outputBytes };
}

/**
 * Runs the commands alternately (a, b, c, a, b, c, …) after `warmup` rounds, so that the
 * machine's noise hits them alike; a command that fails or times out is dropped from the later
 * rounds and reported with its error.
 */
export function measure(commands: readonly Command[], o: MeasureOptions): MeasuredCommand[] {
  const wall: number[][] = commands.map(() => []);
  const cpu: number[][] = commands.map(() => []);
  const rss: number[][] = commands.map(() => []);
  const errors: (string | null)[] = commands.map(() => null);
  const status: (number | null)[] = commands.map(() => null);
  const output: (number | null)[] = commands.map(() => null);
  const attempt = (k: number, withUsage: boolean, keep: boolean): void => {
    if (errors[k]) return;
    try {
      const s = runOnce(commands[k]!, o, withUsage);
      status[k] = s.status;
      output[k] = s.outputBytes;
      if (!keep) return;
      if (!o.split || !withUsage) wall[k]!.push(s.wallMs);
      if (s.cpuMs !== null) cpu[k]!.push(s.cpuMs);
      if (s.rssMB !== null) rss[k]!.push(s.rssMB);
    } catch (e) {
      errors[k] = `failed: ${(e as Error).message}`;
    }
  };
  for (let i = 0; i < o.warmup; i++) commands.forEach((_, k) => attempt(k, false, false));
  for (let i = 0; i < o.runs; i++) {
    if (o.split) commands.forEach((_, k) => attempt(k, false, true));
    commands.forEach((_, k) => attempt(k, true, true));
  }
  return commands.map((_, k) =>
    errors[k] ? { ...notMeasured(errors[k]!), status: status[k]!, outputBytes: null } : { wall: stats(wall[k]!), cpu: stats(cpu[k]!), rssMB: stats(rss[k]!), error: null, status: status[k]!, outputBytes: output[k]! },
  );
}
