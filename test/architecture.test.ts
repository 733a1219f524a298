/**
 * The floor plan holds: the pipeline's folders import one way only (README, Architecture), and no
 * module imports itself back through others (types included). That only src/cli/ touches the disk,
 * child processes or the process is ESLint's to enforce (eslint.config.js, test/eslint.test.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { REPO } from './helpers/paths.js';

/** Lowest first: a module may import its own layer and the layers below it. */
const LAYERS: { name: string; holds: (file: string) => boolean }[] = [
  { name: 'base', holds: (f) => ['src/types.ts', 'src/resource.ts', 'src/version.ts'].includes(f) || f.startsWith('src/text/') || f.startsWith('schemas/k8s/') },
  { name: 'k8s', holds: (f) => f.startsWith('src/k8s/') },
  { name: 'load', holds: (f) => f.startsWith('src/load/') },
  { name: 'lint', holds: (f) => f.startsWith('src/lint/') || f.startsWith('rules/') },
  { name: 'plan', holds: (f) => f.startsWith('src/plan/') },
  { name: 'cli', holds: (f) => f.startsWith('src/cli/') || f === 'src/index.ts' },
];

function layerOf(file: string): number {
  const i = LAYERS.findIndex((l) => l.holds(file));
  assert.ok(i >= 0, `${file} is in no layer: add its folder to the README's Architecture and to this test`);
  return i;
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(REPO, join(e.parentPath, e.name)));
}

const FILES = [...tsFiles('src'), ...tsFiles('rules')];
const SPEC = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

/** Every module a file imports (values and types, static and dynamic), as repository paths; bare specifiers as they are. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = (m[1] ?? m[2])!;
    out.push(spec.startsWith('.') ? normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))) : spec);
  }
  return out;
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('every module imports only its own layer and the layers below it', () => {
    const upward: string[] = [];
    for (const [file, deps] of GRAPH) {
      for (const dep of deps) {
        if (!dep.endsWith('.ts')) continue;
        if (layerOf(dep) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)]!.name}) imports ${dep} (${LAYERS[layerOf(dep)]!.name})`);
      }
    }
    assert.deepEqual(upward, []);
  });

  it('no module imports itself back through others, types included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of GRAPH.get(f) ?? []) {
        if (!GRAPH.has(d)) continue;
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of GRAPH.keys()) if (!state.has(f)) visit(f);
    assert.deepEqual(cycles, []);
  });

  it('the checks above see the imports there are (a test of the test)', () => {
    assert.ok(GRAPH.get('src/cli/main.ts')!.includes('node:fs'));
    assert.ok(GRAPH.get('src/lint/engine.ts')!.includes('rules/index.ts'));
    assert.ok(GRAPH.get('src/load/loader.ts')!.includes('src/load/source.ts'));
    assert.equal(layerOf('src/plan/plan.ts') > layerOf('src/lint/engine.ts'), true);
  });
});
