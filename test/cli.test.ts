/** The command line as users run it: a real process, real files, exit codes and output shapes. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, readFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, repoPath } from './helpers/paths.js';
import { git } from './helpers/git.js';


function run(args: string[], options: { cwd?: string; input?: string } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? repoPath('.'), input: options.input ?? '', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; line: number; column: number; endLine: number; endColumn: number; message: string; level?: string; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
}

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n  selector: {app: nginx}\n  ports:\n  - {name: web, port: 80}\n';
const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  selector:
    matchLabels: {app: nginx}
  template:
    metadata:
      labels: {app: nginx}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        readinessProbe: {httpGet: {path: /, port: 80}}
`;

function write(base: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, name)), { recursive: true });
    writeFileSync(join(base, name), text);
  }
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'stsplan-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('stsplan lint', () => {
  it('resolves a reference to the definition nearest the referrer when variants define the same Service', () => {
    const d = join(dir, 'variants');
    mkdirSync(join(d, 'statefulset'), { recursive: true });
    mkdirSync(join(d, 'z-deployment'), { recursive: true });
    writeFileSync(join(d, 'statefulset/all.yaml'), `${SVC}---\n${STS}`);
    // Another variant's Service of the same name, not headless: not the one this StatefulSet means.
    writeFileSync(join(d, 'z-deployment/svc.yaml'), SVC.replace('  clusterIP: None\n', ''));
    const r = run(['lint', '--format', 'json', d]);
    const ids = (JSON.parse(r.stdout) as JsonResult[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    assert.ok(!ids.includes('service-not-headless'), ids.join());
    // Alone, the not-headless Service is what the StatefulSet gets.
    writeFileSync(join(d, 'z-deployment/sts.yaml'), STS);
    const alone = run(['lint', '--format', 'json', join(d, 'z-deployment')]);
    assert.ok((JSON.parse(alone.stdout) as JsonResult[]).some((f) => f.messages.some((m) => m.ruleId === 'service-not-headless')));
  });
  it('lints the bundled examples: clean passes, mistakes fail with exit 1', () => {
    const clean = run(['lint', 'examples/clean']);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    const all = run(['lint', 'examples/', '--format', 'json']);
    assert.equal(all.code, 1);
    const results = JSON.parse(all.stdout) as JsonResult[];
    const mistakes = results.find((r) => r.filePath.endsWith('mistakes/db.yaml'))!;
    const rules = mistakes.messages.map((m) => m.ruleId);
    for (const id of ['service-not-headless', 'volume-mount-unknown', 'access-mode-unsupported', 'immediate-binding-zonal']) assert.ok(rules.includes(id), id);
  });

  it('prints file:line:column, rule id and a fix hint in the default format', () => {
    const r = run(['lint', 'examples/mistakes/db.yaml']);
    assert.match(r.stdout, /examples\/mistakes\/db\.yaml:\d+:\d+/);
    // The message (wrapped), the rule id after it, then the fix hint on a line of its own.
    assert.match(r.stdout, /46:17 {2}StatefulSet postgres: container "postgres" mounts "pgdata".*\n(?: +.*\n)*? +.*volume-mount-unknown\n +Fix: mount one of: data/);
  });

  it('shows info findings with --verbose, also when they are all a file has, and counts them apart', () => {
    const info = 'test/fixtures/rules/headless-port-unnamed/invalid.yaml';
    assert.equal(run(['lint', info]).stdout.includes('headless-port-unnamed'), false);
    const only = run(['lint', '--verbose', '--rule', 'pdb-missing=off', '--rule', 'pod-anti-affinity-missing=off', '--rule', 'missing-readiness-probe=off', info]);
    assert.match(only.stdout, /headless-port-unnamed/);
    assert.match(only.stdout, /\b1 info\b/);
    assert.doesNotMatch(only.stdout, /warning/);
    const mixed = run(['lint', '--verbose', info, 'test/fixtures/rules/missing-readiness-probe/invalid.yaml']);
    assert.match(mixed.stdout, /\d+ warnings?, 1 info/);
  });

  it('writes ESLint-shaped JSON with exact ranges; info only with level', () => {
    const r = run(['lint', '--format', 'json', 'test/fixtures/rules/headless-port-unnamed/invalid.yaml']);
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    const m = res!.messages.find((x) => x.ruleId === 'headless-port-unnamed')!;
    assert.deepEqual([m.severity, m.level, m.line, m.column], [1, 'info', 9, 5]);
    assert.equal(res!.warningCount, 0);
    assert.equal(r.code, 0);
  });

  it('reads stdin with -', () => {
    const r = run(['lint', '-', '--format', 'json'], { input: STS });
    const [res] = JSON.parse(r.stdout) as JsonResult[];
    assert.equal(res!.filePath, '<stdin>');
    assert.ok(res!.messages.some((m) => m.ruleId === 'service-not-found'));
  });

  it('resolves references against sibling files but reports only the given file', () => {
    const d = join(dir, 'siblings');
    mkdirSync(d);
    writeFileSync(join(d, 'sts.yaml'), STS);
    writeFileSync(join(d, 'svc.yaml'), SVC.replace('  ports:\n  - {name: web, port: 80}\n', '  ports:\n  - port: 80\n  - port: 81\n'));
    const r = run(['lint', '--format', 'json', join(d, 'sts.yaml')]);
    const results = JSON.parse(r.stdout) as JsonResult[];
    assert.equal(results.length, 1);
    assert.ok(!results[0]!.messages.some((m) => m.ruleId === 'service-not-found'), r.stdout);
    assert.equal(r.code, 0);
  });

  it('uses --context and the config file context', () => {
    const a = join(dir, 'ctx-a');
    const b = join(dir, 'ctx-b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'sts.yaml'), STS);
    writeFileSync(join(b, 'svc.yaml'), SVC);
    const notFound = (r: { stdout: string }): boolean => (JSON.parse(r.stdout) as JsonResult[]).some((f) => f.messages.some((m) => m.ruleId === 'service-not-found'));
    assert.equal(notFound(run(['lint', '--format', 'json', join(a, 'sts.yaml')], { cwd: a })), true);
    assert.equal(notFound(run(['lint', '--format', 'json', '--context', b, join(a, 'sts.yaml')], { cwd: a })), false);
    writeFileSync(join(a, '.stsplan.yaml'), 'context: [../ctx-b]\nrules:\n  pdb-missing: off\n');
    assert.equal(notFound(run(['lint', '--format', 'json', 'sts.yaml'], { cwd: a })), false);
    // Context outside the linted tree counts only when named: a sibling directory is another application.
    const both = run(['lint', '--no-config', '--format', 'json', dir.replace(/\/$/, '') + '/ctx-a', dir.replace(/\/$/, '') + '/ctx-b'], { cwd: a });
    assert.equal(notFound(both), true, both.stdout);
  });

  it('applies rule severities from --rule', () => {
    assert.equal(run(['lint', '--rule', 'service-not-found=error', '-'], { input: STS }).code, 1);
    const r = run(['lint', '--rule', 'service-not-found=warning', '-'], { input: STS });
    assert.equal(r.code, 0);
    assert.equal(run(['lint', '--rule', 'service-not-found=warning', '--max-warnings', '0', '-'], { input: STS }).code, 1);
  });

  it('exits 2 on unreadable or broken input and still lints the other files', () => {
    const d = join(dir, 'broken');
    mkdirSync(d);
    writeFileSync(join(d, 'a-broken.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: [\n');
    writeFileSync(join(d, 'b-binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(d, 'c-sts.yaml'), STS);
    const before = readFileSync(join(d, 'c-sts.yaml'), 'utf8');
    const r = run(['lint', '--format', 'json', d, join(d, 'missing.yaml')]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, '');
    const results = JSON.parse(r.stdout) as JsonResult[];
    const byName = (n: string) => results.find((x) => x.filePath.endsWith(n))!;
    assert.ok(byName('a-broken.yaml').messages[0]!.fatal);
    assert.match(byName('b-binary.yaml').messages[0]!.message, /binary/);
    assert.ok(byName('c-sts.yaml').messages.some((m) => m.ruleId === 'service-not-found'));
    assert.match(byName('missing.yaml').messages[0]!.message, /no such file/);
    assert.equal(readFileSync(join(d, 'c-sts.yaml'), 'utf8'), before, 'inputs are never written');
  });

  it('exits 2 with a one-line message and no stack trace on a wrong command line', () => {
    for (const args of [['lint'], ['lint', '--format', 'xml', 'examples'], ['lint', '--kube-version', '1.12', 'examples'], ['frobnicate'], ['lint', '--nope']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^stsplan: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('supports globs', () => {
    const r = run(['lint', '--format', 'json', 'examples/*/*.yaml']);
    const want = readdirSync(repoPath('examples')).flatMap((d) => readdirSync(repoPath(`examples/${d}`)).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${d}/${f}`));
    assert.deepEqual((JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath.replace(/^.*?examples\//, 'examples/')).sort(), want.sort());
  });

  it('passes a repository with CI workflows, a Helm chart, values and git-ignored build output when its manifests are clean (the Action with paths: .)', () => {
    const d = join(dir, 'repository');
    mkdirSync(d);
    git(d, 'init', '-q');
    write(d, {
      '.gitignore': 'build/\n',
      '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n',
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/values.yaml': 'x: 3\n',
      'charts/web/templates/sts.yaml': `${STS.replace('kind: StatefulSet\n', 'kind: StatefulSet\n{{- if .Values.x }}\n')}spec:\n  replicas: {{ .Values.x }}\n{{- end }}\n`,
      'values.yaml': 'image: nginx\n',
      'package.json': '{"name": "x", "version": "1.0.0"}',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
      'build/broken.yaml': 'apiVersion: v1\nkind: [\n',
      'k8s/web.yaml': `${SVC}---\n${STS}`,
    });
    const lint = run(['lint', '--format', 'json', '.'], { cwd: d });
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    const results = JSON.parse(lint.stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => r.filePath.slice(d.length + 1)), ['charts/web/Chart.yaml', 'k8s/web.yaml']);
    // The chart gets one info on how to render it, nothing else.
    assert.deepEqual(results[0]!.messages.map((m) => `${m.ruleId} ${m.level ?? m.severity}`), ['lint-rendered-output info']);
    const plan = run(['plan', '.'], { cwd: d });
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    // Named, a workflow is still reported (unless --ignore-non-kubernetes); so is what .gitignore hides.
    const named = run(['lint', '--format', 'json', '.github/workflows/ci.yml', 'k8s/'], { cwd: d });
    assert.equal(named.code, 2);
    assert.match((JSON.parse(named.stdout) as JsonResult[]).find((r) => r.filePath.endsWith('ci.yml'))!.messages[0]!.message, /not a Kubernetes object/);
    assert.equal(run(['lint', '--ignore-non-kubernetes', '.github/workflows/ci.yml', 'k8s/'], { cwd: d }).code, 0);
    assert.equal(run(['lint', 'build/broken.yaml'], { cwd: d }).code, 2);
    assert.equal(run(['lint', '--ignore-pattern', '!build/', '.'], { cwd: d }).code, 2);
  });

  it('skips what --ignore-pattern or the config\'s ignore: matches when walking', () => {
    const d = join(dir, 'ignore-patterns');
    write(d, { 'k8s/web.yaml': `${SVC}---\n${STS}`, 'k8s/gen/bad.yaml': 'apiVersion: v1\nkind: [\n' });
    assert.equal(run(['lint', '.'], { cwd: d }).code, 2);
    assert.equal(run(['lint', '--ignore-pattern', 'gen/', '.'], { cwd: d }).code, 0);
    assert.equal(run(['lint', '--ignore-pattern', 'k8s/gen/bad.yaml', '--ignore-pattern', 'nothing/', 'k8s'], { cwd: d }).code, 0);
    assert.equal(run(['plan', '--ignore-pattern', 'gen/', '.'], { cwd: d }).code, 0);
    // --ignore-pattern is relative to the working directory: from k8s/, gen/bad.yaml is /gen/bad.yaml.
    assert.equal(run(['lint', '--ignore-pattern', '/gen/bad.yaml', '.'], { cwd: join(d, 'k8s') }).code, 0);
    assert.equal(run(['lint', '--ignore-pattern', '/gen/bad.yaml', '.'], { cwd: d }).code, 2);
    // The config's patterns are relative to the config file, wherever stsplan runs.
    writeFileSync(join(d, '.stsplan.yaml'), 'ignore: [/k8s/gen/]\n');
    assert.equal(run(['lint', '.'], { cwd: d }).code, 0);
    assert.equal(run(['lint', '.'], { cwd: join(d, 'k8s') }).code, 0);
    writeFileSync(join(d, '.stsplan.yaml'), 'ignore: 3\n');
    const bad = run(['lint', '.'], { cwd: d });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /ignore must be a list of patterns/);
  });

  it('applies the ignores to --context directories', () => {
    const d = join(dir, 'context-ignores');
    write(d, { 'a/sts.yaml': STS, 'b/.gitignore': 'old/\n', 'b/old/svc.yaml': SVC });
    const notFound = (args: string[]): boolean => (JSON.parse(run(['lint', '--format', 'json', ...args], { cwd: d }).stdout) as JsonResult[])[0]!.messages.some((m) => m.ruleId === 'service-not-found');
    assert.equal(notFound(['--context', 'b', 'a/sts.yaml']), true);
    assert.equal(notFound(['--context', 'b', '--ignore-pattern', '!b/old/', 'a/sts.yaml']), false);
  });

  it('lists --ignore-pattern in lint --help', () => {
    assert.match(run(['lint', '--help']).stdout, /--ignore-pattern P/);
  });

  it('checks claims against a cluster profile: a warning against a fresh cluster, an error against the cluster\'s own classes', () => {
    const builtin = run(['lint', '--format', 'json', '--cluster', 'eks', 'test/fixtures/rules/storage-class-not-found/invalid-profile.yaml']);
    const [res] = JSON.parse(builtin.stdout) as JsonResult[];
    assert.ok(res!.messages.some((m) => m.ruleId === 'storage-class-not-found' && m.severity === 1));
    const profile = join(dir, 'cluster.yaml');
    writeFileSync(profile, 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: gp2}\nprovisioner: ebs.csi.aws.com\n');
    const own = run(['lint', '--format', 'json', '--cluster', profile, 'test/fixtures/rules/storage-class-not-found/invalid-profile.yaml']);
    const [res2] = JSON.parse(own.stdout) as JsonResult[];
    assert.ok(res2!.messages.some((m) => m.ruleId === 'storage-class-not-found' && m.severity === 2), own.stdout);
  });
});

/**
 * The CLI under a 64 MB heap cap, killed after a minute: a read that grows without bound or blocks
 * forever fails the test (status null) instead of hanging the suite. No assertion on durations.
 */
function runCapped(args: string[], options: { cwd?: string; stdin?: 'pipe' | number; shell?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const node = [process.execPath, '--max-old-space-size=64', CLI];
  const r = options.shell
    ? spawnSync('sh', ['-c', `${options.shell} | "${node.join('" "')}" ${args.map((a) => `'${a}'`).join(' ')}`], { cwd: options.cwd ?? dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 << 20 })
    : spawnSync(node[0]!, [...node.slice(1), ...args], { cwd: options.cwd ?? dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 << 20, stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function messages(stdout: string): { file: string; line: number; column: number; severity: number; ruleId: string | null; message: string }[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((f) => f.messages.map((m) => ({ file: f.filePath, line: m.line, column: m.column, severity: m.severity, ruleId: m.ruleId, message: m.message })));
}

describe('reading is bounded', { timeout: 300_000 }, () => {
  it('stops reading a device at --max-file-bytes: lint /dev/zero is a positioned input error, exit 2', () => {
    const r = runCapped(['lint', '--format', 'json', '--max-file-bytes', '100000', '/dev/zero']);
    assert.equal(r.code, 2, r.stderr);
    const [m] = messages(r.stdout);
    assert.equal(m!.file, '/dev/zero');
    assert.match(m!.message, /over the limit of 100000 \(--max-file-bytes\)/);
    assert.deepEqual([m!.line, m!.column], [1, 1]);
  });

  it('stops reading stdin at --max-file-bytes, from a device and from an endless pipe; the other inputs are still linted', () => {
    writeFileSync(join(dir, 'bounded-sts.yaml'), STS);
    const zero = openSync('/dev/zero', 'r');
    try {
      for (const r of [
        runCapped(['lint', '--format', 'json', '--max-file-bytes', '100000', '-', 'bounded-sts.yaml'], { stdin: zero }),
        runCapped(['lint', '--format', 'json', '--max-file-bytes', '100000', '-', 'bounded-sts.yaml'], { shell: 'yes' }),
      ]) {
        assert.equal(r.code, 2, r.stderr);
        const all = messages(r.stdout);
        const stdin = all.find((m) => m.file === '<stdin>');
        assert.match(stdin?.message ?? '', /over the limit of 100000 \(--max-file-bytes\)/);
        assert.deepEqual([stdin!.line, stdin!.column], [1, 1]);
        assert.ok(all.some((m) => m.file.endsWith('bounded-sts.yaml') && m.ruleId === 'service-not-found'));
      }
    } finally {
      closeSync(zero);
    }
  });

  it('reads a FIFO named on the command line with the cap, and skips one met while walking a directory', () => {
    const d = join(dir, 'fifo');
    mkdirSync(d);
    execFileSync('mkfifo', [join(d, 'pipe.yaml')]);
    writeFileSync(join(d, 'sts.yaml'), STS);
    // No writer: reading the FIFO would block until the timeout.
    const walked = runCapped(['lint', '--format', 'json', d]);
    assert.equal(walked.code, 0, walked.stderr);
    assert.deepEqual((JSON.parse(walked.stdout) as JsonResult[]).map((f) => f.filePath), [join(d, 'sts.yaml')]);
    // Named, it is read (a writer that writes forever), up to the limit.
    const named = runCapped(['lint', '--format', 'json', '--max-file-bytes', '100000', join(d, 'pipe.yaml')], { shell: `(timeout 60 yes > '${join(d, 'pipe.yaml')}' &); true` });
    assert.equal(named.code, 2, named.stderr);
    assert.match(messages(named.stdout)[0]!.message, /over the limit of 100000 \(--max-file-bytes\)/);
  });
});

describe('symbolic links while walking', { timeout: 120_000 }, () => {
  it('does not follow a link out of the given directories: a warning on the link, the rest linted, no exit 2', () => {
    const d = join(dir, 'links-out');
    mkdirSync(join(d, 'k8s'), { recursive: true });
    writeFileSync(join(d, 'k8s/web.yaml'), `${SVC}---\n${STS}`);
    writeFileSync(join(d, 'outside.yaml'), 'apiVersion: v1\nkind: [\n');
    symlinkSync('/', join(d, 'k8s/root'));
    symlinkSync('../outside.yaml', join(d, 'k8s/ext.yaml'));
    const r = runCapped(['lint', '--format', 'json', 'k8s'], { cwd: d });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const all = messages(r.stdout);
    const root = all.find((m) => m.file === join(d, 'k8s/root'));
    const ext = all.find((m) => m.file === join(d, 'k8s/ext.yaml'));
    for (const m of [root, ext]) {
      assert.equal(m?.severity, 1, JSON.stringify(all));
      assert.match(m!.message, /^symbolic link to .+ leads outside the paths given: not followed/);
      assert.deepEqual([m!.line, m!.column], [1, 1]);
    }
    assert.deepEqual((JSON.parse(r.stdout) as JsonResult[]).map((f) => f.filePath).sort(), [join(d, 'k8s/ext.yaml'), join(d, 'k8s/root'), join(d, 'k8s/web.yaml')]);
    // Ignored, a link is not reported; named, it is read.
    assert.deepEqual(messages(runCapped(['lint', '--format', 'json', '--ignore-pattern', 'root', '--ignore-pattern', 'ext.yaml', 'k8s'], { cwd: d }).stdout).filter((m) => m.severity === 1 && /symbolic link/.test(m.message)), []);
    const named = runCapped(['lint', '--format', 'json', 'k8s/ext.yaml'], { cwd: d });
    assert.equal(named.code, 2);
    assert.match(messages(named.stdout)[0]!.message, /YAML syntax error/);
    // A link to another path given on the command line is followed: what it leads to is read once, under its own name.
    const both = runCapped(['lint', '--format', 'json', 'k8s', 'outside.yaml'], { cwd: d });
    assert.deepEqual(messages(both.stdout).map((m) => `${m.file.slice(d.length + 1)} ${m.severity}`).sort(), ['k8s/root 1', 'outside.yaml 2']);
  });

  it('follows a link inside the given tree once: the file it points at is read and reported once', () => {
    const d = join(dir, 'links-in');
    mkdirSync(join(d, 'apps/web'), { recursive: true });
    writeFileSync(join(d, 'apps/web/sts.yaml'), STS);
    symlinkSync('sts.yaml', join(d, 'apps/web/alias.yaml'));
    symlinkSync('apps', join(d, 'current'));
    symlinkSync('..', join(d, 'apps/web/up'));
    const r = runCapped(['lint', '--format', 'json', '.'], { cwd: d });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const hits = messages(r.stdout).filter((m) => m.ruleId === 'service-not-found');
    assert.deepEqual(hits.map((m) => m.file), [join(d, 'apps/web/sts.yaml')]);
    // A link whose target is not walked (ignored) is followed, under the link's name.
    const ignored = runCapped(['lint', '--format', 'json', '--ignore-pattern', 'apps/', '.'], { cwd: d });
    assert.deepEqual(messages(ignored.stdout).filter((m) => m.ruleId === 'service-not-found').map((m) => m.file), [join(d, 'current/web/sts.yaml')]);
  });
});
