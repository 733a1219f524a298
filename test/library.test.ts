/** The package entry point, as `import { lint, plan } from 'stsplan'` sees it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from './helpers/paths.js';

describe('library entry point', () => {
  it('exports lint and plan, and plan returns what --format json prints', async () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { exports: { '.': { default: string } } };
    const lib = (await import(repoPath(pkg.exports['.'].default))) as typeof import('../src/index.js');
    const current = [{ path: 'clean.yaml', content: readFileSync(repoPath('examples/clean/web.yaml')) }];
    const desired = [{ path: 'upgrade.yaml', content: readFileSync(repoPath('examples/upgrade/web.yaml')) }];
    const p = await lib.plan(current, desired);
    assert.equal(p.formatVersion, 1);
    assert.deepEqual(JSON.parse(lib.formatPlanJson(p)), JSON.parse(JSON.stringify(p)));
    // web-3 is created first (at the new revision), then the rolling update goes 2, 1, 0.
    assert.deepEqual(
      p.events.filter((e) => e.kind === 'Pod' && e.action !== 'ready' && e.action !== 'running').map((e) => `${e.action} ${e.name}`),
      ['create web-3', 'delete web-2', 'create web-2', 'delete web-1', 'create web-1', 'delete web-0', 'create web-0'],
    );
    // Every event, runs included (this plan has none): the plan's own events.
    assert.deepEqual([...lib.planEvents(p)], p.events);
    const report = await lib.lint(desired);
    assert.equal(report.errorCount, 0);
  });

  it('the README shows the plan of the bundled example as stsplan prints it', async () => {
    const lib = (await import(repoPath('dist/index.js'))) as typeof import('../src/index.js');
    const p = await lib.plan([{ path: 'examples/clean/web.yaml', content: readFileSync(repoPath('examples/clean/web.yaml')) }], [{ path: 'examples/upgrade/web.yaml', content: readFileSync(repoPath('examples/upgrade/web.yaml')) }]);
    const lines = lib.formatPlanText(p).split('\n');
    const shown = [...lines.slice(0, 15), '   …', ...lines.slice(-3)].join('\n');
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    assert.ok(readme.includes('```text\n' + shown + '\n```'), 'README plan output is current');
  });

  it('exports the report formats for lint reports', async () => {
    const lib = (await import(repoPath('dist/index.js'))) as typeof import('../src/index.js');
    const report = await lib.lint([{ path: 'db.yaml', content: readFileSync(repoPath('examples/mistakes/db.yaml')) }]);
    const sarif = lib.toSarif(report, { cwd: '/repo', root: '/repo', includeInfo: false });
    assert.equal(sarif.runs[0]!.results!.length, report.errorCount + report.warningCount);
    assert.match(lib.formatGithub(report, { cwd: '/repo', root: '/repo', includeInfo: false }), /^::error file=db\.yaml,line=46,/m);
    assert.match(lib.formatJunit(report, { includeInfo: false }), /<testcase classname="db\.yaml" name="StatefulSet postgres">/);
  });
});

describe('problems met before linting or planning', () => {
  const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const missing = { ruleId: 'input' as const, severity: 'error' as const, message: 'no such file', file: 'gone.yaml', range };
  const link = { ruleId: 'input' as const, severity: 'warning' as const, message: 'symbolic link out of the paths given', file: 'k8s/shared', range };

  it('are reported and counted by lint(), after the files, as the loader reports its own', async () => {
    const { lint } = await import('../src/index.js');
    const content = readFileSync(repoPath('examples/mistakes/db.yaml'));
    const plain = await lint([{ path: 'db.yaml', content }]);
    const report = await lint([{ path: 'db.yaml', content }], { readProblems: [missing, link] });
    assert.deepEqual(report.files.slice(-2).map((f) => [f.path, f.diagnostics]), [['gone.yaml', [missing]], ['k8s/shared', [link]]]);
    assert.equal(report.errorCount, plain.errorCount + 1);
    assert.equal(report.inputErrorCount, plain.inputErrorCount + 1);
    assert.equal(report.warningCount, plain.warningCount + 1);
  });

  it('are input errors of plan(), after its own', async () => {
    const { plan } = await import('../src/index.js');
    const p = await plan(null, [{ path: 'web.yaml', content: 'kind: [' }], { readErrors: [missing] });
    assert.equal(p.inputErrors.length, 2);
    assert.equal(p.inputErrors[0]!.file, 'web.yaml');
    assert.deepEqual(p.inputErrors[1], missing);
  });
});
