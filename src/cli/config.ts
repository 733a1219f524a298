/**
 * `.stsplan.yaml`, found upward from the working directory:
 *
 *   kubeVersion: "1.35"
 *   cluster: eks                 # or a file with StorageClasses
 *   featureGates: { MaxUnavailableStatefulSet: true }
 *   namespace: default
 *   context: [../platform]       # loaded for cross-references, never reported on
 *   ignore: [generated/, "*.rendered.yaml"]   # not read when walking (gitignore syntax)
 *   rules: { pdb-missing: off, missing-readiness-probe: error }   # off, info, warn/warning, error
 */
import { existsSync } from 'node:fs';
import { readInput } from './files.js';
import { dirname, join, resolve } from 'node:path';
import { yamlLib } from '../load/yaml-lib.js';
import { setOwn, type SeveritySetting } from '../types.js';
import { didYouMean } from '../text/did-you-mean.js';
import { rules as registry } from '../../rules/index.js';

/** Every rule id, for did-you-mean and for the config schema's test. */
export const RULE_IDS = (): string[] => registry.map((r) => r.meta.id);

/** The severities a user may write; `warn` is ESLint's word for warning, which its users type. */
export const SEVERITY_WORDS = ['off', 'info', 'warn', 'warning', 'error'] as const;

export function parseSeverity(word: string): SeveritySetting | undefined {
  if (word === 'warn') return 'warning';
  return (SEVERITY_WORDS as readonly string[]).includes(word) ? (word as SeveritySetting) : undefined;
}

export const CONFIG_NAMES = ['.stsplan.yaml', '.stsplan.yml'];

export interface Config {
  /** The file it came from (paths inside are relative to its directory). */
  path: string;
  kubeVersion?: string;
  cluster?: string;
  featureGates?: Record<string, boolean>;
  namespace?: string;
  context: string[];
  /** Gitignore patterns, relative to the config file's directory: skipped when walking. */
  ignore: string[];
  rules: Record<string, SeveritySetting>;
  clusterDomain?: string;
}

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The keys a config may have; schemas/stsplan-config.schema.json lists the same (test/config-schema checks). */
export const CONFIG_KEYS = ['kubeVersion', 'cluster', 'featureGates', 'namespace', 'context', 'ignore', 'rules', 'clusterDomain'] as const;
const KEYS = new Set<string>(CONFIG_KEYS);

/**
 * "kubeVersion 1.3 was read as a number: quote it ("1.30")": an unquoted version is a YAML float,
 * and 1.30 is 1.3. Found from the plain scalar as written, not guessed from the number; "" when
 * the number reads back as written (kubeVersion: 1.29 is taken as "1.29").
 */
function numberHint(doc: import('yaml').Document, key: string, text: string): string {
  const node = doc.get(key, true) as { type?: string; range?: [number, number, number]; value?: unknown } | undefined;
  if (!node || node.type !== 'PLAIN' || typeof node.value !== 'number' || !node.range) return '';
  const written = text.slice(node.range[0], node.range[1]);
  if (written === String(node.value)) return '';
  return `${key} ${String(node.value)} was read as a number: quote it ("${written}")`;
}

/** Reads and checks a config file; returns an error message for anything invalid. */
export function loadConfig(path: string): Config | string {
  let raw: unknown;
  // Read as inputs are, up to the default --max-file-bytes: a config that is a FIFO or a device cannot hang the run.
  const read = readInput(path);
  if ('error' in read) return `${path}: cannot read config: ${read.error.message.replace(/^cannot read: /, '')}`;
  const text = Buffer.from(read.content).toString('utf8');
  let doc: import('yaml').Document;
  try {
    doc = yamlLib().parseDocument(text, { version: '1.2' });
    if (doc.errors.length) throw doc.errors[0]!;
    raw = doc.toJS();
  } catch (e) {
    return `${path}: cannot read config: ${(e as Error).message.split('\n')[0]}`;
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return `${path}: the config must be a mapping`;
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) return `${path}: unknown config key "${k}".${didYouMean(k, KEYS) || ` Known keys: ${[...KEYS].join(', ')}.`}`;
  const base = dirname(path);
  const config: Config = { path, context: [], ignore: [], rules: {} };
  for (const k of ['kubeVersion', 'cluster', 'namespace', 'clusterDomain'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' && typeof v !== 'number') return `${path}: ${k} must be a string`;
    const hint = typeof v === 'number' ? numberHint(doc, k, text) : '';
    if (hint) return `${path}: ${hint}`;
    config[k] = String(v);
  }
  if (config.cluster && /[/\\.]/.test(config.cluster)) config.cluster = resolve(base, config.cluster);
  if (o.context !== undefined) {
    const list = Array.isArray(o.context) ? o.context : [o.context];
    if (!list.every((x) => typeof x === 'string')) return `${path}: context must be a list of paths`;
    config.context = (list as string[]).map((p) => resolve(base, p));
  }
  if (o.ignore !== undefined) {
    const list = Array.isArray(o.ignore) ? o.ignore : [o.ignore];
    if (!list.every((x) => typeof x === 'string')) return `${path}: ignore must be a list of patterns (gitignore syntax, relative to the config file)`;
    config.ignore = list as string[];
  }
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) return `${path}: rules must map rule ids to off, info, warning or error`;
    const ids = RULE_IDS();
    for (const [id, sev] of Object.entries(o.rules)) {
      if (!ids.includes(id)) return `${path}: unknown rule "${id}" in rules.${didYouMean(id, ids)}`;
      const severity = typeof sev === 'string' ? parseSeverity(sev) : undefined;
      if (severity === undefined) return `${path}: rules.${id} must be one of off, info, warn (or warning), error${typeof sev === 'string' ? didYouMean(sev, SEVERITY_WORDS) : ''}`;
      setOwn(config.rules, id, severity);
    }
  }
  if (o.featureGates !== undefined) {
    if (typeof o.featureGates !== 'object' || o.featureGates === null) return `${path}: featureGates must map gate names to true or false`;
    const gates: Record<string, boolean> = {};
    for (const [g, v] of Object.entries(o.featureGates)) {
      if (typeof v !== 'boolean') return `${path}: featureGates.${g} must be true or false`;
      setOwn(gates, g, v);
    }
    config.featureGates = gates;
  }
  return config;
}
