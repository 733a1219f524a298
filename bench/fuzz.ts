/**
 * `npm run fuzz -- [--runs N] [--seed S]`: N generated cases (default 100,000), each linted and
 * planned in one of every mode users run: `lint`, `lint --from`, `plan` against nothing, `plan
 * --from` earlier manifests, `plan --state` a cluster snapshot (malformed pods and claims
 * included) and `plan --scale`. Half of the cases have their YAML text mangled (bytes inserted,
 * deleted, duplicated: anchors, aliases, tabs, brackets, quotes, NULs, BOMs, lone CRs), in the
 * desired files and sometimes in the earlier state too.
 *
 * A case fails when anything throws (an options error that the CLI reports with exit 2 excepted),
 * a rule throws (the engine turns that into an "internal error" finding), a finding or input error
 * lies outside its file, one case takes over 10 s, or the process's resident memory passes 1 GB.
 * Not part of `npm test`, which runs the same properties with a modest count
 * (test/lint-properties.test.ts, test/plan-properties.test.ts). Prints one JSON line with the result.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { lint, OptionsError } from '../src/lint/engine.js';
import { plan } from '../src/plan/prepare.js';
import { checkLocations, checkNoInternalError, checkRanges, manifestSetArb, render, snapshotArb } from '../test/helpers/generators.js';
import type { LintInput } from '../src/lint/engine.js';
import type { Plan } from '../src/plan/types.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() | 0 : Number(values.seed);
const CASE_LIMIT_MS = 10_000;
const RSS_LIMIT = 1024 ** 3;

const TOKENS = [':', ': ', '- ', '&a ', '*a', '<<: *a', '<<: 1', '\t', '{', '}', '[', ']', '"', "'", '\n', '\r', '---\n', '!Ref ', '!!binary ', '\u0000', '\u001b[2J', '#', '# stsplan-ignore', '? ', '|', '>', '%YAML 1.1\n', '\ufeff', '\r\n', '__proto__: ', 'E0', '.e2', '0x1F', '2147483648'];

const editArb = fc.record({ at: fc.nat(), kind: fc.constantFrom('insert' as const, 'delete' as const, 'duplicate' as const), token: fc.constantFrom(...TOKENS), length: fc.integer({ min: 1, max: 40 }) });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function mangle(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % t.length : 0;
    if (e.kind === 'insert') t = t.slice(0, at) + e.token + t.slice(at);
    else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
    else t = t.slice(0, at) + t.slice(at, at + e.length) + t.slice(at);
  }
  return t;
}

const MODES = ['lint', 'lint-from', 'plan', 'plan-from', 'plan-state', 'plan-scale'] as const;
type Mode = (typeof MODES)[number];

const caseArb = fc.record({
  mode: fc.constantFrom(...MODES),
  desired: manifestSetArb,
  before: manifestSetArb,
  snapshot: snapshotArb,
  replicas: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(1000, 2147483647)),
  mangled: fc.constantFrom('none' as const, 'desired' as const, 'desired' as const, 'both' as const),
  edits: fc.array(editArb, { maxLength: 6 }),
  earlierEdits: fc.array(editArb, { maxLength: 4 }),
});

function checkPlan(p: Plan, inputs: LintInput[]): number {
  checkRanges(p.inputErrors, inputs);
  if (/internal error/i.test(JSON.stringify(p))) throw new Error('the plan reports an internal error');
  return p.inputErrors.length + p.events.length;
}

/** Runs one case; returns how many findings, input errors or plan events it produced. */
async function runCase(mode: Mode, desired: LintInput[], earlier: LintInput[], snapshot: LintInput[], replicas: number): Promise<number> {
  try {
    if (mode === 'lint' || mode === 'lint-from') {
      const report = await lint(desired, mode === 'lint-from' ? { base: earlier } : {});
      // The earlier state's input errors are reported too, at their own files.
      checkLocations(report, mode === 'lint-from' ? [...desired, ...earlier] : desired);
      checkNoInternalError(report);
      return report.errorCount + report.warningCount + report.infoCount + report.inputErrorCount;
    }
    if (mode === 'plan') return checkPlan(await plan(null, desired), desired);
    if (mode === 'plan-from') return checkPlan(await plan({ manifests: earlier }, desired), [...earlier, ...desired]);
    if (mode === 'plan-state') return checkPlan(await plan({ snapshot }, desired), [...snapshot, ...desired]);
    const name = /^kind: StatefulSet\nmetadata:\n {2}name: ([a-z]+)$/m.exec(desired.map((d) => d.content as string).join('\n'))?.[1] ?? 'web';
    return checkPlan(await plan(null, desired, { scale: [{ name, replicas }] }), desired);
  } catch (e) {
    // What the CLI reports as a usage problem with exit 2 (`--scale` of a set that is not there).
    if (e instanceof OptionsError) return 0;
    throw e;
  }
}

let done = 0;
let findings = 0;
let slowest = 0;
let maxRss = 0;
const perMode = Object.fromEntries(MODES.map((m) => [m, 0])) as Record<Mode, number>;
const started = Date.now();
let failure: string | null = null;
try {
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      let desired: LintInput[] = render(c.desired);
      let earlier: LintInput[] = render(c.before).map((i) => ({ ...i, path: `before/${i.path}` }));
      let snapshot = c.snapshot;
      if (c.mangled !== 'none') desired = desired.map((i) => ({ ...i, content: mangle(i.content as string, c.edits) }));
      if (c.mangled === 'both') {
        earlier = earlier.map((i) => ({ ...i, content: mangle(i.content as string, c.earlierEdits) }));
        snapshot = snapshot.map((i) => ({ ...i, content: mangle(i.content as string, c.earlierEdits) }));
      }
      const t0 = performance.now();
      findings += await runCase(c.mode, desired, earlier, snapshot, c.replicas);
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      if (ms > CASE_LIMIT_MS) throw new Error(`case took ${Math.round(ms)} ms (limit ${CASE_LIMIT_MS})`);
      const rss = process.memoryUsage.rss();
      maxRss = Math.max(maxRss, rss);
      if (rss > RSS_LIMIT) throw new Error(`resident memory ${Math.round(rss / 2 ** 20)} MB after the case (limit 1024 MB)`);
      perMode[c.mode]++;
      // Progress from inside the loop: the cases run back to back, so a timer would never fire.
      if (++done % 5000 === 0) process.stderr.write(`\r${done} / ${runs} cases`);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
} catch (e) {
  const err = e as Error & { cause?: unknown };
  const cause = err.cause instanceof Error ? `${err.cause.message}\n${err.cause.stack ?? ''}` : '';
  failure = `${cause}\n${err.message}`;
}
process.stderr.write('\n');
const result = {
  runs,
  passed: done,
  failed: failure ? 1 : 0,
  seed,
  seconds: Math.round((Date.now() - started) / 1000),
  perMode,
  slowestCaseMs: Math.round(slowest),
  maxRssMB: Math.round(maxRss / 2 ** 20),
  findingsAndEvents: findings,
  node: process.version,
  ...(failure ? { failure } : {}),
};
process.stdout.write(JSON.stringify(result) + '\n');
process.exitCode = failure ? 1 : 0;
