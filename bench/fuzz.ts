/**
 * `npm run fuzz -- [--runs N] [--seed S]`: lints and plans N generated manifest sets (default
 * 100,000), half of them with their YAML text mangled (bytes inserted, deleted, duplicated:
 * anchors, aliases, tabs, brackets, quotes, NULs), and checks that nothing throws and every
 * finding lies inside its file. Not part of `npm test`, which runs the same properties with a
 * modest count (test/lint-properties.test.ts). Prints one JSON line with the result.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { lint } from '../src/engine.js';
import { plan } from '../src/planner/plan.js';
import { checkLocations, manifestSetArb, render } from '../test/helpers/generators.js';
import type { LintInput } from '../src/engine.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() | 0 : Number(values.seed);

const TOKENS = [':', ': ', '- ', '&a ', '*a', '<<: *a', '\t', '{', '}', '[', ']', '"', "'", '\n', '---\n', '!Ref ', '!!binary ', '\u0000', '#', '? ', '|', '>', '%YAML 1.1\n', '\ufeff', '\r\n'];

const editArb = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert' as const, 'delete' as const, 'duplicate' as const), token: fc.constantFrom(...TOKENS), length: fc.integer({ min: 1, max: 40 }) });

function mangle(text: string, edits: { at: number; kind: 'insert' | 'delete' | 'duplicate'; token: string; length: number }[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % t.length : 0;
    if (e.kind === 'insert') t = t.slice(0, at) + e.token + t.slice(at);
    else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
    else t = t.slice(0, at) + t.slice(at, at + e.length) + t.slice(at);
  }
  return t;
}

const caseArb = fc.tuple(manifestSetArb, fc.boolean(), fc.array(editArb, { maxLength: 6 }));

let done = 0;
let findings = 0;
let inputErrors = 0;
const started = Date.now();
let failure: string | null = null;
try {
  await fc.assert(
    fc.asyncProperty(caseArb, async ([set, mangled, edits]) => {
      let inputs: LintInput[] = render(set);
      if (mangled) inputs = inputs.map((i) => ({ ...i, content: mangle(i.content as string, edits) }));
      const report = await lint(inputs);
      checkLocations(report, inputs);
      await plan(null, inputs);
      // Progress from inside the loop: the cases run back to back, so a timer would never fire.
      if (++done % 5000 === 0) process.stderr.write(`\r${done} / ${runs} cases`);
      findings += report.errorCount + report.warningCount + report.infoCount;
      inputErrors += report.inputErrorCount;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
} catch (e) {
  const err = e as Error & { cause?: unknown };
  const cause = err.cause instanceof Error ? `${err.cause.message}\n${err.cause.stack ?? ''}` : '';
  failure = `${cause}\n${err.message}`;
}
process.stderr.write('\n');
const result = { runs, passed: done, failed: failure ? 1 : 0, seed, seconds: Math.round((Date.now() - started) / 1000), findings, inputErrors, node: process.version, ...(failure ? { failure } : {}) };
process.stdout.write(JSON.stringify(result) + '\n');
process.exitCode = failure ? 1 : 0;
