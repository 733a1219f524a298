/**
 * The fast reader (js-yaml) against the `yaml` library, which it stands in for: on the real-world
 * corpus and on generated YAML full of scalars that YAML 1.1 and 1.2 read differently, every file
 * the fast reader takes must give the same objects, errors and, document by document, the same
 * positions; files it should not take (aliases, merge keys, null keys…) it must give up on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadSource, positionTreeAt, type LoadedFile } from '../src/load/loader.js';
import type { Resource } from '../src/resource.js';
import { locate, type Located } from '../src/load/locate.js';
import { fastRead, NEEDS_YAML, needsYaml } from '../src/load/yaml-fast.js';
import type { Path } from '../src/types.js';
import { repoPath } from './helpers/paths.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}

const shape = (l: LoadedFile): unknown => ({
  resources: l.resources.map((r) => ({ docIndex: r.docIndex, base: r.base, object: r.object, kind: r.kind, name: r.name, namespace: r.namespace })),
  errors: l.errors.map((e) => ({ message: e.message, range: e.range })),
  foreign: l.foreign ?? false,
});

/** Every path to a value of the object, and below every tenth one a path that does not exist. */
function paths(value: unknown): Path[] {
  const out: Path[] = [];
  let n = 0;
  const walk = (v: unknown, p: Path): void => {
    out.push(p);
    if (n++ % 10 === 0) out.push([...p, 'no such key'], [...p, 0]);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(value, []);
  return out;
}

/** A located range as offsets (lines and columns follow from them, in source.ts). */
const offsets = ({ range, exact }: Located): string => `${range.start.offset}-${range.end.offset}${exact ? '' : '?'}`;

/**
 * The fast reader's files are placed from js-yaml's positions (src/load/yaml-positions.ts), the
 * others by the `yaml` library: every key and value, and missing paths, in the same range.
 * Returns how many resources js-yaml's positions placed.
 */
function samePositions(fast: Resource[], slow: Resource[]): number {
  let placed = 0;
  fast.forEach((r, i) => {
    if (positionTreeAt(r.file, r.docIndex)) placed++;
    for (const p of paths(r.object)) {
      for (const key of [false, true]) {
        const [a, b] = [locate(r, p, { key }), locate(slow[i]!, p, { key })];
        if (offsets(a) !== offsets(b)) assert.deepEqual(a, b, `${r.file.path} doc ${r.docIndex} ${p.join('.')}${key ? ' (key)' : ''}`);
      }
    }
  });
  return placed;
}

describe('fast reader = yaml library', () => {
  const corpus = files(repoPath('test/fixtures/corpus'));
  const ours = [...files(repoPath('test/fixtures/rules')), ...files(repoPath('test/fixtures/plan')), ...files(repoPath('examples'))];

  it('takes nearly all of the corpus, by bytes', () => {
    let taken = 0;
    let total = 0;
    for (const f of corpus) {
      const text = readFileSync(f, 'utf8');
      total += text.length;
      if (fastRead(text, f.endsWith('.json'), 1000)) taken += text.length;
    }
    assert.ok(taken / total > 0.98, `fast reader took ${((100 * taken) / total).toFixed(1)}% of the corpus`);
  });

  it('reads every corpus, fixture and example file to the same objects, errors and positions', () => {
    let compared = 0;
    let placed = 0;
    let resources = 0;
    for (const f of [...corpus, ...ours]) {
      const content = readFileSync(f);
      // A fixture linted under another path (`# file: charts/x/templates/sts.yaml`) is read as that path.
      const path = /^# file: (\S+)$/m.exec(content.toString('utf8'))?.[1] ?? f;
      const fast = loadSource(path, content);
      const slow = loadSource(path, content, { fast: false });
      assert.deepEqual(shape(fast), shape(slow), f);
      if (fast.file.fast) {
        compared++;
        resources += fast.resources.length;
        placed += samePositions(fast.resources, slow.resources);
      }
    }
    assert.ok(compared > 300);
    // js-yaml places nearly all of them; the rest (tags, empty list items) the `yaml` library.
    assert.ok(placed / resources > 0.95, `js-yaml placed ${placed} of ${resources} resources`);
  });

  it('finds what only the yaml library reads in one pass, as its regular expressions do', () => {
    const spec = (text: string): boolean => NEEDS_YAML.some((re) => re.test('\n' + text));
    const piece = fc.constantFrom('&', '&&', '<<', '<', '%', '?', ']', '}', '{', ',', '[', ':', '~', 'null', 'Null', 'NULL', 'nul', '-', ' ', '\t', '\n', '\r', 'a', '\u00a0', '\u2028', '\ufeff', '#', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(needsYaml(text), spec(text), JSON.stringify(text));
      }),
      { numRuns: 20000, seed: 7 },
    );
    let needed = 0;
    for (const f of corpus) {
      const text = readFileSync(f, 'utf8');
      assert.equal(needsYaml(text), spec(text), f);
      if (spec(text)) needed++;
    }
    assert.ok(needed > 0);
  });

  it('gives up on what it would read differently', () => {
    const cases = {
      alias: 'a: &x {b: 1}\nc: *x\n',
      // Aliases are expanded only by the `yaml` library's path, where their expansion is measured
      // (--max-alias-expansion): wherever an anchor stands, this reader gives up.
      'anchor first': '&x [1, *x]\n',
      'anchor after ---': '--- &x\na: 1\nb: *x\n',
      'anchor in a flow list': 'a: [1,&x 2, *x]\n',
      'anchor first in a flow list': 'a: [&x 2, *x]\n',
      'anchor in a flow map': 'a: {b:&x 2, c: *x}\n',
      'anchor after a tag': 'a: !!map &x {b: 1}\nc: *x\n',
      'anchor after a tab': 'a:\t&x 1\nc: *x\n',
      'anchor on a list item': '- &x a\n- *x\n',
      'anchor on an explicit key': '? &x a\n: *x\n',
      merge: 'a: {b: 1}\nc:\n  <<: {d: 2}\n',
      'null key': 'null: 1\n',
      'tilde key': 'a:\n  ~: 1\n',
      'empty key': ': 1\n',
      'complex key': '? [a, b]\n: 1\n',
      'flow key': '[a]: 1\n',
      'duplicate key': 'a: 1\na: 2\n',
      directive: '%YAML 1.1\n---\na: 1\n',
      'unknown tag': 'a: !foo 1\n',
      deep: 'a: ' + '['.repeat(150) + ']'.repeat(150) + '\n',
    };
    for (const [what, text] of Object.entries(cases)) assert.equal(fastRead(text, false, 1000), null, what);
    assert.notEqual(fastRead('run: a && b 2>&1 &\nheredoc: cat <<EOF\n', false, 1000), null, 'shell text is not YAML syntax');
  });

  it('reads generated YAML with YAML 1.1 scalars, flow and block styles and many documents the same way', () => {
    const scalar = fc.constantFrom('yes', 'No', 'on', 'OFF', 'y', 'n', '0644', '-012', '0o17', '0b101', '0x1F', '1_000', '1e3', '-.inf', '.NaN', '.', '~', 'null', 'NULL', 'true', 'False', '12', '+7', '3.14', '1.', '2001-12-14', '1:20', "'quoted yes'", '"dq\\ttab"', 'plain text', 'a: b', '"*"', "'&x'", '|\n  block\n  text', '>-\n  folded\n');
    const key = fc.constantFrom('a', 'b', 'on', 'yes', '1', '010', 'n', '"q"', 'name', 'x_y');
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? scalar
        : fc.oneof(
            scalar,
            fc.uniqueArray(fc.tuple(key, node(depth - 1)), { selector: ([k]) => k, minLength: 1, maxLength: 4 }).map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v.includes('\n') ? '"x"' : v}`).join(', ')}}`),
            fc.array(node(depth - 1), { minLength: 1, maxLength: 3 }).map((items) => `[${items.map((v) => (v.includes('\n') || v.includes(': ') ? '"x"' : v)).join(', ')}]`),
          ),
    );
    const indent = (text: string, n: number): string => text.replace(/\n/g, `\n${' '.repeat(n)}`);
    const doc = fc.uniqueArray(fc.tuple(key, node(3)), { selector: ([k]) => k, minLength: 1, maxLength: 5 }).map((pairs) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${pairs.map(([k, v]) => `  ${k}: ${indent(v, 4)}`).join('\n')}\n`);
    const file = fc.array(fc.tuple(doc, fc.constantFrom('---\n', '---\n# comment\n', '--- # c\n', '---\n---\n')), { minLength: 1, maxLength: 4 }).map((docs) => docs.map(([d, sep], i) => (i ? sep : '') + d).join(''));
    let taken = 0;
    fc.assert(
      fc.property(file, (text) => {
        const fast = loadSource('g.yaml', text);
        const slow = loadSource('g.yaml', text, { fast: false });
        assert.deepEqual(shape(fast), shape(slow));
        if (fast.file.fast) {
          taken++;
          samePositions(fast.resources, slow.resources);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
    assert.ok(taken > 200, `fast reader took only ${taken} of 400 generated files`);
  });
});
