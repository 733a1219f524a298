/**
 * File system side of loading: expands paths, directories and globs, reads files and stdin,
 * finds the context files around the given ones. Read-only: nothing here writes.
 *
 * What walking a directory (or expanding a glob) skips: what .gitignore files say, as git reads
 * them; the config's `ignore:` and --ignore-pattern (gitignore syntax too); `.git/` and
 * `node_modules/`; the templates, Chart.yaml and values files of Helm charts. A path named on the
 * command line is never skipped: a named file is read, a named directory walked.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { DEFAULT_LIMITS } from './loader.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { LintInput } from './engine.js';
import type { InputError } from './types.js';
import { ZERO_RANGE } from './types.js';

/** YAML and JSON files, and kustomize's extensionless `Kustomization` (a path or a file name). */
export const MANIFEST_FILE = /(?:\.(?:[yY][aA]?[mM][lL]|[jJ][sS][oO][nN])|(?:^|[/\\])Kustomization)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Expanded {
  /** Files to report on, in a stable order. */
  files: string[];
  /** The files of `files` found by walking a directory or expanding a glob, not named (LintInput.discovered). */
  discovered: Set<string>;
  /** Helm charts (directories with a Chart.yaml) found; their templates and values were not read. */
  charts: string[];
  /** True when `-` was given. */
  stdin: boolean;
  errors: InputError[];
}

function ioError(file: string, message: string): InputError {
  return { ruleId: 'input', severity: 'error', message, file, range: ZERO_RANGE };
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message ?? String(e);
  }
}

/** Where ignore patterns come from, besides .gitignore files. */
export interface IgnoreSettings {
  /** The working directory: --ignore-pattern patterns are relative to it, as ESLint's are. */
  cwd: string;
  /** --ignore-pattern values, gitignore syntax. */
  patterns?: string[];
  /** The config file's `ignore:` list, gitignore syntax, relative to the config file's directory. */
  config?: { dir: string; patterns: string[] };
}

/** One set of gitignore rules and the directory they are relative to. */
interface Layer {
  base: string;
  patterns: string[];
  rules: Ignore;
  /** `rules` with some directories re-included, by the directory of the path tested (see test()). */
  variants: Map<string, Ignore>;
}

/** A directory name as a gitignore pattern that matches it literally. */
const literal = (name: string): string => name.replace(/[\\[\]*?!# ]/g, (c) => `\\${c}`);

/** True when `rel` (from path.relative) is below its base. */
const inside = (rel: string): boolean => rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);

/**
 * Decides what walking skips. The `ignore` package (as ESLint and Prettier use) is imported only
 * by load(), so a run that walks nothing never loads it.
 */
export class Ignores {
  private create: ((rules: string[]) => Ignore) | undefined;
  /** --ignore-pattern, then the config's ignore:: first to decide wins. */
  private own: Layer[] = [];
  private readonly gitignores = new Map<string, Layer | null>();
  private readonly tops = new Map<string, string | null>();
  private readonly dirs = new Map<string, boolean>();

  constructor(private readonly settings: IgnoreSettings) {}

  async load(): Promise<void> {
    if (this.create) return;
    const { default: ignore } = await import('ignore');
    // As git: case-sensitive where the file system usually is. A path the package would refuse
    // (a file named "...") is then simply not ignored, never an exception.
    const ignorecase = process.platform === 'darwin' || process.platform === 'win32';
    this.create = (rules) => ignore({ ignorecase, allowRelativePaths: true }).add(rules);
    const { cwd, patterns, config } = this.settings;
    if (patterns?.length) this.own.push(this.layer(resolve(cwd), patterns));
    if (config?.patterns.length) this.own.push(this.layer(resolve(config.dir), config.patterns));
  }

  private rules(patterns: string[]): Ignore {
    if (!this.create) throw new Error('Ignores.load() was not called');
    return this.create(patterns);
  }

  private layer(base: string, patterns: string[]): Layer {
    return { base, patterns, rules: this.rules(patterns), variants: new Map() };
  }

  /** The rules of `dir/.gitignore`, or null. */
  gitignoreAt(dir: string): Layer | null {
    let layer = this.gitignores.get(dir);
    if (layer === undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        // none, or unreadable: nothing to apply
      }
      layer = text?.trim() ? this.layer(dir, text.split(/\r?\n/)) : null;
      this.gitignores.set(dir, layer);
    }
    return layer;
  }

  /** The top of the git work tree `dir` is in (the directory with `.git`), or undefined. */
  gitTop(dir: string): string | undefined {
    let top = this.tops.get(dir);
    if (top === undefined) {
      const parent = dirname(dir);
      top = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : (this.gitTop(parent) ?? null);
      this.tops.set(dir, top);
    }
    return top ?? undefined;
  }

  /**
   * The .gitignore rules that apply in `dir`, shallowest first: those of `dir` and of each directory
   * above it up to the top of its git work tree; outside one, up to `floor` (or `dir` alone).
   */
  gitignoresFor(dir: string, floor: string): Layer[] {
    let top = this.gitTop(dir);
    if (top === undefined) top = dir === floor || inside(relative(floor, dir)) ? floor : dir;
    const layers: Layer[] = [];
    for (let d = dir; ; d = dirname(d)) {
      const layer = this.gitignoreAt(d);
      if (layer) layers.unshift(layer);
      if (d === top || dirname(d) === d) break;
    }
    return layers;
  }

  /**
   * Whether `path` is ignored, given that no directory above it is (the caller walks down from a
   * directory that is not, or was named). `git` holds the .gitignore rules that apply in its
   * directory, shallowest first; deeper ones, then the config's, then --ignore-pattern override.
   */
  ignored(path: string, isDir: boolean, git: readonly Layer[]): boolean {
    const layers = [...this.own, ...[...git].reverse()];
    for (const layer of layers) {
      const rel = relative(layer.base, path);
      if (!inside(rel)) continue;
      const result = this.test(layer, rel, isDir);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }

  /**
   * One layer's verdict on `rel`. When the layer excludes a directory above `rel`, that directory
   * was re-included (by a deeper .gitignore, a negated pattern, or by being named): then `rel` is
   * judged by the layer's rules with those directories re-included, as git would judge it.
   */
  private test(layer: Layer, rel: string, isDir: boolean): { ignored: boolean; unignored: boolean } {
    const path = rel.split(sep).join('/');
    const result = layer.rules.test(isDir ? `${path}/` : path);
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (!result.ignored || !parent || !layer.rules.test(`${parent}/`).ignored) return result;
    let variant = layer.variants.get(parent);
    if (!variant) {
      const parts = parent.split('/');
      const reinclude = parts.map((_, i) => `!/${parts.slice(0, i + 1).map(literal).join('/')}/`);
      variant = this.rules([...layer.patterns, ...reinclude]);
      layer.variants.set(parent, variant);
    }
    return variant.test(isDir ? `${path}/` : path);
  }

  /**
   * Whether `file`, below the directory `from`, is skipped as walking `from` would skip it: judged
   * with each directory between them (`from` itself is named, so not judged). Call load() first.
   */
  ignoredUnder(file: string, from: string): boolean {
    const rel = relative(from, dirname(file));
    let dir = from;
    if (inside(rel)) {
      for (const part of rel.split(sep)) {
        const parent = dir;
        dir = join(dir, part);
        if (SKIP_DIRS.has(part) || this.ignored(dir, true, this.gitignoresFor(parent, from))) return true;
      }
    }
    return this.ignored(file, false, this.gitignoresFor(dirname(file), from));
  }

  /**
   * Whether a directory is ignored, itself or through one above it, below the top of its git work
   * tree (outside one, below `floor`): for the files a glob matched.
   */
  dirIgnored(dir: string, floor: string): boolean {
    const key = `${floor}\0${dir}`;
    let ignored = this.dirs.get(key);
    if (ignored === undefined) {
      const parent = dirname(dir);
      ignored = inside(relative(this.gitTop(dir) ?? floor, dir)) && (this.dirIgnored(parent, floor) || this.ignored(dir, true, this.gitignoresFor(parent, floor)));
      this.dirs.set(key, ignored);
    }
    return ignored;
  }
}

/** A Helm chart's own files, never read when walking: they are not Kubernetes manifests. */
const CHART_FILE = /^(?:Chart\.ya?ml|values[^/\\]*\.ya?ml|values\.schema\.json)$/i;

/**
 * The chart `file` belongs to as a template, Chart.yaml or values file, or undefined: a file
 * under `templates/` of a directory with a Chart.yaml, or such a file beside a Chart.yaml.
 */
export function chartOf(file: string, isChart: (dir: string) => boolean): string | undefined {
  const dir = dirname(file);
  if (CHART_FILE.test(basename(file)) && isChart(dir)) return dir;
  for (let d = dir; dirname(d) !== d; d = dirname(d)) {
    if (basename(d) === 'templates' && isChart(dirname(d))) return dirname(d);
  }
  return undefined;
}

interface Walk {
  ignores: Ignores;
  errors: InputError[];
  seen: Set<string>;
  files: string[];
  charts: string[];
}

/** Lists manifest files under `dir` (see the top of this file for what is skipped), following symlinks once. */
function walkInto(dir: string, git: readonly Layer[], w: Walk): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    w.errors.push(ioError(dir, `cannot read directory: ${errText(e)}`));
    return;
  }
  if (w.seen.has(real)) return;
  w.seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.errors.push(ioError(dir, `cannot read directory: ${errText(e)}`));
    return;
  }
  const names = new Set(entries.map((e) => e.name));
  // A nested repository is judged by its own .gitignore files only, as git does.
  const own = names.has('.git') ? [] : git;
  const gitignore = names.has('.gitignore') ? w.ignores.gitignoreAt(dir) : null;
  const layers = gitignore && !own.includes(gitignore) ? [...own, gitignore] : own;
  const chart = entries.some((e) => e.name === 'Chart.yaml' && !e.isDirectory());
  if (chart) w.charts.push(dir);
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        if (MANIFEST_FILE.test(entry.name) && !w.ignores.ignored(full, false, layers)) w.errors.push(ioError(full, `cannot read: ${errText(e)}`));
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(entry.name) || (chart && entry.name === 'templates') || w.ignores.ignored(full, true, layers)) continue;
      walkInto(full, layers, w);
    } else if (isFile && MANIFEST_FILE.test(entry.name)) {
      // Chart.yaml itself is read: the loader knows it, and lint-rendered-output says once per chart how to render it.
      if ((chart && CHART_FILE.test(entry.name) && entry.name !== 'Chart.yaml') || w.ignores.ignored(full, false, layers)) continue;
      w.files.push(full);
    }
  }
}

/** Walks a directory named on the command line: it is walked even when ignored itself. */
export async function walkDirectory(dir: string, ignores: Ignores, errors: InputError[] = []): Promise<{ files: string[]; charts: string[]; errors: InputError[] }> {
  await ignores.load();
  const abs = resolve(dir);
  const w: Walk = { ignores, errors, seen: new Set(), files: [], charts: [] };
  // The .gitignore files above it apply; its own is read as the walk enters it.
  walkInto(abs, ignores.gitignoresFor(abs, abs).filter((l) => l.base !== abs), w);
  return { files: w.files, charts: w.charts, errors };
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands command-line paths. Directories are walked; globs are matched; `-` is stdin. */
export async function expandPaths(paths: string[], cwd: string, ignores = new Ignores({ cwd })): Promise<Expanded> {
  const files: string[] = [];
  const named = new Set<string>();
  const found = new Set<string>();
  const charts = new Set<string>();
  const errors: InputError[] = [];
  let stdin = false;
  const chartDirs = new Map<string, boolean>();
  const isChart = (dir: string): boolean => {
    let yes = chartDirs.get(dir);
    if (yes === undefined) chartDirs.set(dir, (yes = existsSync(join(dir, 'Chart.yaml'))));
    return yes;
  };
  for (const p of paths) {
    if (p === '-') {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const { glob } = await import('tinyglobby');
        const matched = (await glob([p], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
          .filter((f) => MANIFEST_FILE.test(f))
          .map((f) => resolve(f))
          .sort();
        if (matched.length === 0) {
          errors.push(ioError(p, `no files match "${p}"`));
          continue;
        }
        await ignores.load();
        const kept = matched.filter((f) => {
          const chart = chartOf(f, isChart);
          if (chart) charts.add(chart);
          const dir = dirname(f);
          return (!chart || basename(f) === 'Chart.yaml') && !ignores.dirIgnored(dir, cwd) && !ignores.ignored(f, false, ignores.gitignoresFor(dir, cwd));
        });
        if (kept.length === 0) errors.push(ioError(p, `all files matching "${p}" are ignored (.gitignore, ignore: in the config, --ignore-pattern) or files of a Helm chart`));
        for (const f of kept) found.add(f);
        files.push(...kept);
      } else errors.push(ioError(p, `cannot read: ${errText(e)}`));
      continue;
    }
    if (st.isDirectory()) {
      const walked = await walkDirectory(abs, ignores, errors);
      for (const f of walked.files) found.add(f);
      for (const c of walked.charts) charts.add(c);
      files.push(...walked.files);
    } else {
      named.add(abs);
      files.push(abs);
    }
  }
  const discovered = new Set([...found].filter((f) => !named.has(f)));
  return { files: [...new Set(files)], discovered, charts: [...charts].sort(), stdin, errors };
}

/**
 * Context for cross-references: the manifests beside each given file (not recursive), except
 * those the ignores skip. The directory of a named file counts as named: only patterns that
 * match a file itself skip it.
 */
export async function siblingFiles(files: string[], ignores = new Ignores({ cwd: process.cwd() })): Promise<string[]> {
  const given = new Set(files);
  const out: string[] = [];
  for (const d of new Set(files.map((f) => dirname(f)))) {
    let candidates: string[];
    try {
      candidates = readdirSync(d, { withFileTypes: true })
        .filter((e) => e.isFile() && MANIFEST_FILE.test(e.name))
        .map((e) => join(d, e.name));
    } catch {
      // unreadable context directories are not the user's input: skip them
      continue;
    }
    const others = candidates.filter((f) => !given.has(f));
    if (others.length === 0) {
      out.push(...candidates);
      continue;
    }
    await ignores.load();
    const layers = ignores.gitignoresFor(d, d);
    out.push(...candidates.filter((f) => given.has(f) || !ignores.ignored(f, false, layers)));
  }
  return out.sort();
}

export function readInput(path: string, maxFileBytes = DEFAULT_LIMITS.maxFileBytes): { content: Uint8Array } | { error: InputError } {
  try {
    // Checked before reading, so that a huge file is never held in memory.
    const { size } = statSync(path);
    if (size > maxFileBytes) return { error: ioError(path, `file is ${size} bytes, over the limit of ${maxFileBytes} (--max-file-bytes)`) };
    return { content: readFileSync(path) };
  } catch (e) {
    return { error: ioError(path, `cannot read: ${errText(e)}`) };
  }
}

export function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array();
  }
}

/** Display path: relative to cwd when inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/**
 * Builds engine inputs: reportable files (those found by walking marked `discovered`), then
 * context files not already reported. Context files in `shared` (`--context`, the config's
 * `context`) are visible to references from every input.
 */
export function buildInputs(reported: Pick<Expanded, 'files' | 'discovered'>, context: string[], cwd: string, stdin: Uint8Array | null, maxFileBytes?: number, shared: ReadonlySet<string> = new Set()): { inputs: LintInput[]; errors: InputError[] } {
  const inputs: LintInput[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const f of reported.files) {
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if ('error' in read) errors.push({ ...read.error, file: displayPath(f, cwd) });
    else inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: true, ...(reported.discovered.has(f) ? { discovered: true } : {}) });
  }
  if (stdin) inputs.push({ path: '<stdin>', content: stdin, reportable: true });
  for (const f of context) {
    if (seen.has(f)) continue;
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if (!('error' in read)) inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: false, ...(shared.has(f) ? { shared: true } : {}) });
  }
  return { inputs, errors };
}
