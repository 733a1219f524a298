/**
 * Properties of the linter over generated manifests (fast-check): it never throws; every finding
 * lies inside its file; findings do not depend on the order of files and documents; a file and
 * the same content on stdin give the same findings. test/fuzz.ts runs the same generators for
 * 100,000 cases; here a modest count keeps the suite fast.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint, type LintInput, type LintReport } from '../src/lint/engine.js';
import { checkLocations, findingKeys, manifestSetArb, render } from './helpers/generators.js';
import { CLI } from './helpers/paths.js';

function shuffled<T>(xs: T[], order: number[]): T[] {
  return xs.map((x, i) => [x, order[i % order.length]! * 1000 + i] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
}

describe('lint properties', () => {
  it('never throws, and every finding lies inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(manifestSetArb, async (set) => {
        const inputs = render(set);
        const report = await lint(inputs);
        checkLocations(report, inputs);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings whatever the order of files and documents', async () => {
    await fc.assert(
      fc.asyncProperty(manifestSetArb, fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }), async (set, order) => {
        const a = await lint(render(set));
        const reordered = shuffled(set, order).map((file) => ({ ...file, docs: shuffled(file.docs, [...order].reverse()) }));
        const b = await lint(render(reordered));
        assert.deepEqual(findingKeys(b), findingKeys(a));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same findings for a file and for the same content on stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-stdin-'));
    try {
      fc.assert(
        fc.property(manifestSetArb, (set) => {
          const [input] = render([{ name: 'm.yaml', docs: set.flatMap((f) => f.docs) }]) as [LintInput];
          const file = join(dir, 'm.yaml');
          writeFileSync(file, input.content);
          const run = (args: string[], stdin?: string | Uint8Array) => spawnSync(process.execPath, [CLI, 'lint', '-f', 'json', ...args], { cwd: dir, encoding: 'utf8', ...(stdin === undefined ? {} : { input: stdin }) });
          const fromFile = run(['m.yaml']);
          const fromStdin = run(['-'], input.content);
          assert.equal(fromStdin.status, fromFile.status, fromFile.stderr + fromStdin.stderr);
          // Related locations name the file: its path, or <stdin>.
          const messages = (out: string, name: string) => JSON.parse(out.split(JSON.stringify(name).slice(1, -1)).join('FILE')) as unknown;
          assert.deepEqual((messages(fromStdin.stdout, '<stdin>') as { messages: unknown[] }[]).flatMap((r) => r.messages), (messages(fromFile.stdout, file) as { messages: unknown[] }[]).flatMap((r) => r.messages));
        }),
        { numRuns: 8 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the location check catches a finding outside its file', () => {
    const inputs: LintInput[] = [{ path: 'a.yaml', content: 'a: 1\n' }];
    const report = { files: [{ path: 'a.yaml', objects: [], diagnostics: [{ ruleId: 'x', severity: 'error', message: 'm', file: 'a.yaml', range: { start: { line: 3, column: 1, offset: 9 }, end: { line: 3, column: 1, offset: 9 } } }] }] } as unknown as LintReport;
    assert.throws(() => checkLocations(report, inputs));
  });
});
