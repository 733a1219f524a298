/**
 * File system side of loading: expands paths, directories and globs, reads files and stdin,
 * finds the context files around the given ones. Read-only: nothing here writes.
 *
 * What walking a directory (or expanding a glob) skips: what .gitignore files say, as git reads
 * them; the config's `ignore:` and --ignore-pattern (gitignore syntax too); `.git/` and
 * `node_modules/`; the templates, Chart.yaml and values files of Helm charts; files that are not
 * regular files (FIFOs, devices, sockets). A path named on the command line is never skipped: a
 * named file is read (a FIFO or a device too, up to --max-file-bytes), a named directory walked.
 *
 * Symbolic links met while walking are followed when their target is inside one of the paths given
 * on the command line, once (the tree itself first: a file reached both ways is read under its own
 * path); a link leading out of them is not followed and is reported as a warning on the link.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../load/loader.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { LintInput } from '../lint/engine.js';
import type { InputError, InputWarning } from '../types.js';
import { STDIN_NAME, ZERO_RANGE } from '../types.js';
import { repoSafe, templateRepoPath, type HelmChartDir, type TemplateResolver } from '../load/helm-source.js';

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
  /** Symbolic links not followed, because they lead out of the paths given. */
  warnings: InputWarning[];
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
      const path = join(dir, '.gitignore');
      try {
        // A regular file only, and no bigger than an input may be: a FIFO would block, a device never end.
        if (statSync(path).isFile()) {
          const read = readInput(path);
          if ('content' in read) text = Buffer.from(read.content).toString('utf8');
        }
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
  warnings: InputWarning[];
  /** Real paths of the directories walked. */
  seen: Set<string>;
  /** Real paths of the files listed, and of the files named. */
  seenFiles: Set<string>;
  /** Real paths of the paths given on the command line: a symbolic link may lead anywhere inside them. */
  roots: string[];
  /** Symbolic links met while walking, not ignored: followed after the trees themselves (followLinks). */
  links: { path: string; isDir: boolean; git: readonly Layer[] }[];
  files: string[];
  charts: string[];
}

function newWalk(ignores: Ignores, errors: InputError[]): Walk {
  return { ignores, errors, warnings: [], seen: new Set(), seenFiles: new Set(), roots: [], links: [], files: [], charts: [] };
}

/** True when the real path `real` is `root` or below it. */
function within(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * Follows the symbolic links met while walking, and those met in the directories they lead to: a
 * link into one of the paths given is followed, unless what it leads to was walked or listed
 * already (a cycle, or a second name of a file); a link out of them is reported, not followed.
 */
function followLinks(w: Walk): void {
  for (let i = 0; i < w.links.length; i++) {
    const link = w.links[i]!;
    let real: string;
    try {
      real = realpathSync(link.path);
    } catch (e) {
      w.errors.push(ioError(link.path, `cannot read: ${errText(e)}`));
      continue;
    }
    if (!w.roots.some((root) => within(root, real))) {
      w.warnings.push({ ruleId: 'input', severity: 'warning', message: `symbolic link to ${real} leads outside the paths given: not followed (name it on the command line to read it, or ignore it)`, file: link.path, range: ZERO_RANGE });
    } else if (link.isDir) walkInto(link.path, link.git, w);
    else if (!w.seenFiles.has(real)) {
      w.seenFiles.add(real);
      w.files.push(link.path);
    }
  }
}

/** Lists manifest files under `dir` (see the top of this file for what is skipped); symbolic links are left to followLinks. */
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
    const link = entry.isSymbolicLink();
    let isDir = entry.isDirectory();
    // Regular files only: reading a FIFO, a device or a socket found by walking could block or never end.
    let isFile = entry.isFile();
    if (link) {
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
      if (link) w.links.push({ path: full, isDir: true, git: layers });
      else walkInto(full, layers, w);
    } else if (isFile && MANIFEST_FILE.test(entry.name)) {
      // Chart.yaml itself is read: the loader knows it, and lint-rendered-output says once per chart how to render it.
      if ((chart && CHART_FILE.test(entry.name) && entry.name !== 'Chart.yaml') || w.ignores.ignored(full, false, layers)) continue;
      if (link) w.links.push({ path: full, isDir: false, git: layers });
      else {
        w.files.push(full);
        w.seenFiles.add(join(real, entry.name));
      }
    }
  }
}

/** Walks the directory `abs` (named): the .gitignore files above it apply; its own is read as the walk enters it. */
function walkNamed(abs: string, w: Walk): void {
  walkInto(abs, w.ignores.gitignoresFor(abs, abs).filter((l) => l.base !== abs), w);
}

/** Walks a directory named on the command line: it is walked even when ignored itself. */
export async function walkDirectory(dir: string, ignores: Ignores, errors: InputError[] = []): Promise<{ files: string[]; charts: string[]; errors: InputError[]; warnings: InputWarning[] }> {
  await ignores.load();
  const abs = resolve(dir);
  const w = newWalk(ignores, errors);
  try {
    w.roots.push(realpathSync(abs));
  } catch {
    // reported by walkInto
  }
  walkNamed(abs, w);
  followLinks(w);
  return { files: w.files, charts: w.charts, errors, warnings: w.warnings };
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expands command-line paths. Directories are walked; globs are matched; `-` is stdin. */
export async function expandPaths(paths: string[], cwd: string, ignores = new Ignores({ cwd })): Promise<Expanded> {
  const files: string[] = [];
  const named = new Set<string>();
  const found = new Set<string>();
  const charts = new Set<string>();
  const errors: InputError[] = [];
  const w = newWalk(ignores, errors);
  // First every path given: a symbolic link met while walking one may lead into another.
  for (const p of paths) {
    try {
      if (p !== '-') w.roots.push(realpathSync(resolve(cwd, p)));
    } catch {
      // a glob, or reported below
    }
  }
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
      await ignores.load();
      const start = w.files.length;
      walkNamed(abs, w);
      files.push(...w.files.slice(start));
    } else {
      named.add(abs);
      files.push(abs);
      try {
        w.seenFiles.add(realpathSync(abs));
      } catch {
        // read and reported later
      }
    }
  }
  const start = w.files.length;
  followLinks(w);
  files.push(...w.files.slice(start));
  for (const f of w.files) found.add(f);
  for (const c of w.charts) charts.add(c);
  const discovered = new Set([...found].filter((f) => !named.has(f)));
  return { files: [...new Set(files)], discovered, charts: [...charts].sort(), stdin, errors, warnings: w.warnings };
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

export type ReadResult = { content: Uint8Array } | { error: InputError };

const CHUNK = 64 * 1024;

/** The error for an input that goes on past the limit (a device, a FIFO, stdin, a growing file). */
const tooLong = (path: string, max: number): InputError => ioError(path, `more than ${max} bytes, over the limit of ${max} (--max-file-bytes): not read further`);

/**
 * Reads a file, a FIFO or a device, at most `maxFileBytes` of it: a regular file's size is checked
 * before reading, and reading stops one byte past the limit, so that neither a huge file nor an
 * endless one (/dev/zero, a FIFO whose writer never stops) is held in memory.
 */
export function readInput(path: string, maxFileBytes = DEFAULT_LIMITS.maxFileBytes): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: ioError(path, 'cannot read: is a directory') };
    if (st.isFile() && st.size > maxFileBytes) return { error: ioError(path, `file is ${st.size} bytes, over the limit of ${maxFileBytes} (--max-file-bytes)`) };
    const chunks: Buffer[] = [];
    let total = 0;
    // A regular file in one read (and one more to see its end); anything else by chunks.
    let want = st.isFile() ? st.size + 1 : CHUNK;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(want, maxFileBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxFileBytes) return { error: tooLong(path, maxFileBytes) };
      want = CHUNK;
    }
    return { content: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (e) {
    return { error: ioError(path, `cannot read: ${errText(e)}`) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads stdin (`-`) as it comes, a pipe, a file or a device, and stops one byte past `maxFileBytes`. */
export async function readStdin(maxFileBytes = DEFAULT_LIMITS.maxFileBytes): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buf.length;
      // Leaving the loop destroys the stream: nothing more is read.
      if (total > maxFileBytes) return { error: tooLong(STDIN_NAME, maxFileBytes) };
      chunks.push(buf);
    }
  } catch (e) {
    return { error: ioError(STDIN_NAME, `cannot read: ${errText(e)}`) };
  }
  return { content: Buffer.concat(chunks, total) };
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
export function buildInputs(reported: Pick<Expanded, 'files' | 'discovered'>, context: string[], cwd: string, stdin: ReadResult | null, maxFileBytes?: number, shared: ReadonlySet<string> = new Set()): { inputs: LintInput[]; errors: InputError[] } {
  const inputs: LintInput[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const f of reported.files) {
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if ('error' in read) errors.push({ ...read.error, file: displayPath(f, cwd) });
    else inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: true, ...(reported.discovered.has(f) ? { discovered: true } : {}) });
  }
  if (stdin && 'error' in stdin) errors.push(stdin.error);
  else if (stdin) inputs.push({ path: STDIN_NAME, content: stdin.content, reportable: true });
  for (const f of context) {
    if (seen.has(f)) continue;
    seen.add(f);
    const read = readInput(f, maxFileBytes);
    if (!('error' in read)) inputs.push({ path: displayPath(f, cwd), content: read.content, reportable: false, ...(shared.has(f) ? { shared: true } : {}) });
  }
  return { inputs, errors };
}

/** The `name:` of the Chart.yaml in `dir`, or undefined when it has none. */
function chartName(dir: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'Chart.yaml'), 'utf8');
  } catch {
    return undefined;
  }
  // A top-level `name: x`, quoted or not, as every Chart.yaml writes it.
  const m = /^name:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"][^\s#]*))[ \t]*(?:#.*)?\r?$/m.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * Maps the `# Source:` path of a document of `helm template` output onto its file in the
 * repository, relative to `root` (forward slashes), for the github and sarif formats. Helm names
 * a template `<chart name>/templates/x.yaml`, subcharts' `<chart name>/charts/<sub name>/...`
 * (see src/load/helm-source.ts). The chart's directory is `chartDir` (--helm-chart-dir) when given;
 * else the first of cwd, cwd/NAME, cwd/charts/NAME, root/NAME and root/charts/NAME whose
 * Chart.yaml says `name: NAME`. A path is given only for a regular file that is inside root once
 * symbolic links are followed; an unsafe `# Source:` (`..`, absolute, control characters) never.
 */
export function helmTemplateResolver(root: string, cwd: string, chartDir?: string): TemplateResolver {
  const realRoot = (() => {
    try {
      return realpathSync(root);
    } catch {
      return resolve(root);
    }
  })();
  const given = chartDir === undefined ? undefined : resolve(cwd, chartDir);
  const dirs = new Map<string, string | undefined>();
  const chartDirOf = (name: string): string | undefined => {
    if (dirs.has(name)) return dirs.get(name);
    const candidates = given !== undefined ? [given] : [cwd, join(cwd, name), join(cwd, 'charts', name), join(root, name), join(root, 'charts', name)];
    const found = candidates.find((d) => chartName(d) === name);
    dirs.set(name, found);
    return found;
  };
  const charts = (name: string): HelmChartDir[] => {
    const dir = chartDirOf(name);
    return dir === undefined ? [] : [{ name, dir: dir.split(sep).join('/') }];
  };
  return (template) => {
    if (!repoSafe(template)) return undefined;
    const path = templateRepoPath(template, charts(template.slice(0, template.indexOf('/'))));
    if (path === undefined) return undefined;
    try {
      const real = realpathSync(path);
      if (!statSync(real).isFile()) return undefined;
      const rel = relative(realRoot, real);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
      return rel.split(sep).join('/');
    } catch {
      return undefined;
    }
  };
}
