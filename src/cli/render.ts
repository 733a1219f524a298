/**
 * `--render CMD`, `--helm CHART`, `--kustomize DIR`: the manifests are what a command prints, in
 * the working tree and, for `--base REF`, in a read-only export of REF.
 *
 * The command comes from the command line (or the Action's `render` input) only, never from a
 * manifest. `--render CMD` runs through `sh -c` (the user wrote it, as a shell line); the
 * shorthands build an argv and run it without a shell. Every run has a time limit
 * (--render-timeout), its stdout is read up to --max-file-bytes, its stderr is kept (the last
 * STDERR_KEEP bytes) and shown, escaped, when it fails. On a time-out or too much output the whole
 * process group is killed (a shell's children too).
 *
 * The base is rendered in a temporary directory filled from `git archive REF` (the committed tree
 * of REF: no submodules, no git-ignored files, no `export-ignore` paths), never from a checkout:
 * the working tree, the index and HEAD are not touched, nothing is written outside the temporary
 * directory, which is removed afterwards. The command runs in the same repository-relative
 * directory there as the working directory is in the working tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LintInput } from '../lint/engine.js';
import { printable, UNPRINTABLE } from '../text/printable.js';
import type { TemplateResolver } from '../load/helm-source.js';
import { shellQuote } from '../text/shell-quote.js';
import { repositoryAt, GitError } from './git.js';
import { RENDER_NAME } from '../types.js';

/** A render that could not be done: a missing tool, a failing command, a time-out. Exit 2, no stack trace. */
export class RenderError extends Error {
  override name = 'RenderError';
}

/** Default --render-timeout, seconds: long enough for `helm template` of a chart with dependencies. */
export const DEFAULT_RENDER_TIMEOUT = 120;
/** How much of a failing command's stderr is kept and shown (its end: errors come last). */
const STDERR_KEEP = 16 * 1024;

/** What to run: a shell line (--render) or an argv (the shorthands), and how to name it in messages. */
export interface RenderSpec {
  /** The option that asked for it, for messages: `--render`, `--helm`, `--kustomize`. */
  option: string;
  /** `sh -c` this line (--render). */
  shell?: string;
  /** Or this argv, without a shell (--helm, --kustomize). */
  argv?: string[];
  /** The command as shown to the user (a shell line, arguments quoted). */
  display: string;
  /** The directory the shorthand renders (the chart, the kustomization), as given: when it is missing at the base, the base is empty. */
  target?: string;
  /** --helm: the chart directory, for `# Source:` paths (as --helm-chart-dir). */
  chartDir?: string;
  /** --kustomize: the kustomization directory, which `config.kubernetes.io/origin` paths are relative to. */
  kustomizeDir?: string;
}

export interface RenderRequest {
  render?: string;
  helm?: string;
  values?: string[];
  helmRelease?: string;
  kustomize?: string;
}

/** The first `name` on PATH that is an executable file, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, name);
    try {
      if (!statSync(full).isFile()) continue;
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The command to run for the options given, or undefined when none asks for a render. Only one
 * of --render, --helm, --kustomize; --values and --helm-release only with --helm. The tool of a
 * shorthand must be on PATH.
 */
export function renderSpec(req: RenderRequest, env: NodeJS.ProcessEnv = process.env): RenderSpec | undefined {
  const given = (['render', 'helm', 'kustomize'] as const).filter((k) => req[k] !== undefined);
  if (given.length > 1) throw new RenderError(`give one of --render, --helm or --kustomize, not ${given.map((g) => `--${g}`).join(' and ')}`);
  if (!req.helm && (req.values?.length || req.helmRelease !== undefined)) throw new RenderError(`${req.values?.length ? '--values' : '--helm-release'} goes with --helm CHART`);
  if (req.render !== undefined) {
    if (!req.render.trim()) throw new RenderError('--render: the command is empty');
    return { option: '--render', shell: req.render, display: req.render };
  }
  if (req.helm !== undefined) {
    if (!req.helm) throw new RenderError('--helm: give the chart directory');
    if (!onPath('helm', env)) throw new RenderError('--helm: helm is not on PATH (install Helm, or render with --render CMD)');
    // The release name: --helm-release, else the chart directory's name (`.` is the working directory's).
    const release = req.helmRelease ?? basename(resolve(req.helm));
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(release) || release.length > 53) throw new RenderError(`--helm: "${release}" is no Helm release name (lower-case letters, digits and -, at most 53): give --helm-release NAME`);
    const argv = ['helm', 'template', release, req.helm, ...(req.values ?? []).flatMap((v) => ['--values', v])];
    return { option: '--helm', argv, display: argv.map(shellQuote).join(' '), target: req.helm, chartDir: req.helm };
  }
  if (req.kustomize !== undefined) {
    if (!req.kustomize) throw new RenderError('--kustomize: give the kustomization directory');
    const argv = onPath('kubectl', env) ? ['kubectl', 'kustomize', req.kustomize] : onPath('kustomize', env) ? ['kustomize', 'build', req.kustomize] : undefined;
    if (!argv) throw new RenderError('--kustomize: neither kubectl nor kustomize is on PATH (install one, or render with --render CMD)');
    return { option: '--kustomize', argv, display: argv.map(shellQuote).join(' '), target: req.kustomize, kustomizeDir: req.kustomize };
  }
  return undefined;
}

/** A failing command's stderr, escaped, indented under the message; '' when it wrote none. */
function stderrBlock(stderr: Buffer): string {
  const text = stderr.toString('utf8').replace(/\s+$/, '');
  if (!text) return '';
  return `\n${text
    .split(/\r?\n/)
    .map((l) => `  ${printable(l)}`)
    .join('\n')}`;
}

/** Where a run happens, for messages: `in the working tree` or `in an export of REF`. */
interface Place {
  cwd: string;
  where: string;
}

/** Runs the command in `place.cwd`; resolves to its stdout, or rejects with a RenderError. */
function run(spec: RenderSpec, place: Place, timeoutSeconds: number, maxBytes: number, env: NodeJS.ProcessEnv): Promise<Buffer> {
  const [file, ...args] = spec.shell !== undefined ? ['sh', '-c', spec.shell] : spec.argv!;
  const what = `${spec.option} \`${spec.display}\` ${place.where}`;
  return new Promise((done, fail) => {
    // Its own process group (detached), so that a time-out kills the shell's children too.
    const child = spawn(file!, args, { cwd: place.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = Buffer.alloc(0);
    let stopped: string | undefined;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const stop = (why: string): void => {
      if (stopped) return;
      stopped = why;
      killGroup();
    };
    // Its own group does not get the terminal's Ctrl-C: stopping stsplan stops the command too.
    const forward = (signal: NodeJS.Signals): void => {
      unhook();
      killGroup();
      process.kill(process.pid, signal);
    };
    const unhook = (): void => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      process.off('exit', killGroup);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    process.on('exit', killGroup);
    const timer = setTimeout(() => stop(`did not finish within ${timeoutSeconds} s (--render-timeout)`), timeoutSeconds * 1000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped) return;
      outBytes += chunk.length;
      if (outBytes > maxBytes) stop(`printed more than ${maxBytes} bytes, over the limit of ${maxBytes} (--max-file-bytes)`);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = Buffer.concat([err, chunk]);
      if (err.length > STDERR_KEEP) err = err.subarray(err.length - STDERR_KEEP);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      unhook();
      fail(new RenderError(e.code === 'ENOENT' ? `${spec.option}: ${file} is not on PATH` : `${what}: cannot run: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      unhook();
      if (stopped) fail(new RenderError(`${what} ${stopped}: stopped${stderrBlock(err)}`));
      else if (code !== 0) fail(new RenderError(`${what} failed (${code === null ? `killed by ${signal}` : `exit status ${code}`})${err.length ? ', its stderr:' : ', with nothing on stderr'}${stderrBlock(err)}`));
      else done(Buffer.concat(out, outBytes));
    });
  });
}

export interface RenderOptions {
  cwd: string;
  timeoutSeconds: number;
  maxBytes: number;
  env?: NodeJS.ProcessEnv;
}

/** The rendered output in the working tree, as the input `<render>`. */
export async function renderHead(spec: RenderSpec, o: RenderOptions): Promise<LintInput> {
  const content = await run(spec, { cwd: o.cwd, where: 'in the working tree' }, o.timeoutSeconds, o.maxBytes, o.env ?? process.env);
  return { path: RENDER_NAME, content, reportable: true };
}

/** An absolute path inside the repository `top`, as the same path inside the export `into`; else unchanged. */
function intoExport(path: string, top: string, into: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(top, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? join(into, rel) : path;
}

/**
 * The rendered output at revision `ref`, as the input `REF:<render>`, or an empty list when the
 * shorthand's directory did not exist at `ref` (a chart or overlay the change adds: planned from
 * nothing). `note` receives what the user should know (that the base was empty).
 */
export async function renderBase(spec: RenderSpec, ref: string, o: RenderOptions, note: (s: string) => void): Promise<LintInput[]> {
  const cwd = realpathSync(o.cwd);
  let top: string;
  try {
    top = realpathSync(repositoryAt(ref, cwd));
  } catch (e) {
    if (e instanceof GitError) throw new RenderError(e.message);
    throw e;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'stsplan-render-'));
  try {
    const tree = join(scratch, 'tree');
    mkdirSync(tree);
    exportRevision(ref, top, tree);
    const rel = relative(top, cwd);
    const here = rel ? join(tree, rel) : tree;
    // The working directory as it was at REF; made when the change adds it (the command then finds what it finds).
    mkdirSync(here, { recursive: true });
    let base = spec;
    if (spec.argv) {
      const target = spec.target === undefined ? undefined : intoExport(resolve(cwd, spec.target), top, tree);
      // Only a local directory (one the working tree has): a remote kustomization URL is fetched by the tool.
      if (target !== undefined && existsSync(resolve(cwd, spec.target!)) && !existsSync(target)) {
        note(`stsplan: ${printable(spec.target!)} did not exist at ${printable(ref)}: the base is empty, everything ${spec.option} renders is new\n`);
        return [];
      }
      // Relative paths name the export's files already (the command runs in the same directory
      // there); absolute ones into the repository are made to.
      base = { ...spec, argv: spec.argv.map((a, i) => (i < 2 ? a : intoExport(a, top, tree))) };
    }
    const content = await run(base, { cwd: here, where: `in an export of ${ref}` }, o.timeoutSeconds, o.maxBytes, o.env ?? process.env);
    return [{ path: `${ref}:${RENDER_NAME}`, content, reportable: true }];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Fills `into` with the tree of `ref`: `git archive REF | tar -x`. Neither reads or writes the
 * working tree or the index; tar writes only below `into` (git trees hold no `..` or absolute
 * paths).
 */
function exportRevision(ref: string, top: string, into: string): void {
  const archive = join(into, '..', 'tree.tar');
  const made = spawnSync('git', ['archive', '--format=tar', `--output=${archive}`, `${ref}^{commit}`], { cwd: top, stdio: ['ignore', 'ignore', 'pipe'] });
  if (made.status !== 0) throw new RenderError(`--base ${ref}: git archive failed${stderrBlock(made.stderr ?? Buffer.alloc(0))}`);
  const untar = spawnSync('tar', ['-x', '-f', archive, '-C', into], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (untar.error || untar.status !== 0) throw new RenderError(`--base ${ref}: cannot unpack the export (tar${untar.error ? `: ${untar.error.message}` : ' failed'})${stderrBlock(untar.stderr ?? Buffer.alloc(0))}`);
  rmSync(archive, { force: true });
}

/**
 * Maps a kustomize origin path (`config.kubernetes.io/origin`, relative to the kustomization
 * directory `kustomizeDir`, see src/load/helm-source.ts) onto a file of the repository, relative to
 * `root`: only a regular file inside root once symbolic links are followed; anything else goes to
 * `fallback` (a Helm template's `# Source:`).
 */
export function originResolver(root: string, kustomizeDir: string, fallback: TemplateResolver): TemplateResolver {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  return (template) => {
    if (!UNPRINTABLE.test(template) && !isAbsolute(template) && !template.includes('\\') && !/^[a-z][a-z0-9+.-]*:/i.test(template)) {
      try {
        const real = realpathSync(resolve(kustomizeDir, template));
        const rel = relative(realRoot, real);
        if (statSync(real).isFile() && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
      } catch {
        // no such file here: perhaps a Helm template
      }
    }
    return fallback(template);
  };
}
