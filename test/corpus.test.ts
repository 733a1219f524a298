/**
 * The real-world corpus, one project directory at a time as a user lints it (`cd PROJECT &&
 * stsplan lint .`): every error and, for the projects judged so, every warning must be on the judged
 * list test/fixtures/corpus-judged.md, each with what really fails or why its claim holds, and every
 * listed one must still be reported. A project with no error exits 0.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLI, repoPath } from './helpers/paths.js';

interface Judged {
  errors: Map<string, string[]>;
  warnings: Map<string, string[]>;
}

function judged(): Judged {
  const out: Judged = { errors: new Map(), warnings: new Map() };
  let list: string[] | undefined;
  for (const line of readFileSync(repoPath('test/fixtures/corpus-judged.md'), 'utf8').split('\n')) {
    const heading = /^## (errors|warnings): (\S+)$/.exec(line);
    if (heading) {
      out[heading[1] as keyof Judged].set(heading[2]!, (list = []));
      continue;
    }
    const item = /^- `(\S+:\d+:\d+ \S+)`: (.+)$/.exec(line);
    if (item) {
      assert.ok(list, `an item before any heading: ${line}`);
      assert.ok(item[2]!.length > 20, `say what really fails: ${line}`);
      list.push(item[1]!);
    }
  }
  return out;
}

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  level?: 'info';
  line: number;
  column: number;
  message: string;
}

const sorted = (list: string[]): string[] => [...list].sort();

describe('real-world corpus, one project at a time', () => {
  const root = repoPath('test/fixtures/corpus');
  const projects = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort();
  const list = judged();

  it('judges every project, and only projects that exist', () => {
    assert.deepEqual([...list.errors.keys()].sort(), projects);
    assert.ok(list.warnings.size >= 5, 'the warnings of at least five projects are judged');
    for (const p of list.warnings.keys()) assert.ok(projects.includes(p), p);
  });

  for (const project of projects) {
    it(`${project}: every error is a judged real failure${list.warnings.has(project) ? ', and so is every warning' : ''}`, () => {
      const cwd = join(root, project);
      const r = spawnSync(process.execPath, [CLI, 'lint', '.', '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const results = JSON.parse(r.stdout) as { filePath: string; messages: JsonMessage[] }[];
      const found = (keep: (m: JsonMessage) => boolean): string[] =>
        results.flatMap((f) => f.messages.filter(keep).map((m) => `${relative(cwd, f.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'input'}`));
      const errors = found((m) => m.severity === 2);
      assert.deepEqual(sorted(errors), sorted(list.errors.get(project) ?? []), `errors of ${project} (reported vs judged)`);
      assert.equal(r.status, errors.length ? 1 : 0, r.stderr);
      const warnings = list.warnings.get(project);
      if (warnings) assert.deepEqual(sorted(found((m) => m.severity === 1 && m.level !== 'info')), sorted(warnings), `warnings of ${project}`);
    });
  }
});
