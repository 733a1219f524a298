/**
 * CLI manners (issue 16, points 4 and 5), through real processes: per-command help, --quiet,
 * colour, warn, did-you-mean, rules and explain, the config's version hint, the note when no
 * manifest is found, paths as given, and stylish findings that fit a 100-column terminal.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, repoPath } from './helpers/paths.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI with an environment that decides nothing about colour unless the case says so. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color', ...options.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'FORCE_HYPERLINK', 'CI', 'COLUMNS']) if (!options.env || !(k in options.env)) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? repoPath('.'), encoding: 'utf8', env, input: '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The CLI on a pseudo-terminal (util-linux script), its output as the terminal got it. */
function runTty(args: string[], env: Record<string, string> = {}): string {
  const command = [`cd ${shellQuote(repoPath('.'))}`, `exec env -u FORCE_COLOR -u NO_COLOR -u FORCE_HYPERLINK -u CI TERM=xterm-256color COLUMNS=100 ${Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ')} ${shellQuote(process.execPath)} ${shellQuote(CLI)} ${args.map(shellQuote).join(' ')}`].join(' && ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
  assert.equal(r.error, undefined);
  return r.stdout;
}

// eslint-disable-next-line no-control-regex
const ESC = /\u001b/;
const MISTAKES = 'examples/mistakes/db.yaml';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'stsplan-manners-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): string {
  const base = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, name)), { recursive: true });
    writeFileSync(join(base, name), text);
  }
  return base;
}

describe('help', () => {
  const cases: { args: string[]; first: RegExp; has: RegExp[]; not: RegExp[] }[] = [
    { args: ['--help'], first: /^Usage: stsplan <command>/, has: [/^ {2}lint /m, /^ {2}plan /m, /^ {2}rules /m, /^ {2}explain RULE/m], not: [/--max-warnings/, /--detailed-exitcode/] },
    { args: ['lint', '--help'], first: /^Usage: stsplan lint /, has: [/--quiet/, /--max-warnings/, /--rule ID=SEVERITY.*warn/, /--no-color/], not: [/--detailed-exitcode/, /--state FILE/] },
    { args: ['lint', 'k8s/', '-h'], first: /^Usage: stsplan lint /, has: [/--quiet/], not: [/--detailed-exitcode/] },
    { args: ['plan', '--help'], first: /^Usage: stsplan plan /, has: [/--detailed-exitcode/, /--state FILE/, /--kube-version/], not: [/--quiet/, /--max-warnings/] },
    { args: ['help', 'lint'], first: /^Usage: stsplan lint /, has: [/--quiet/], not: [/--detailed-exitcode/] },
    { args: ['help', 'plan'], first: /^Usage: stsplan plan /, has: [/--scale/], not: [/--quiet/] },
    { args: ['rules', '--help'], first: /^Usage: stsplan rules/, has: [/json/], not: [/--quiet/] },
    { args: ['explain', '--help'], first: /^Usage: stsplan explain RULE/, has: [], not: [/--quiet/] },
  ];
  for (const c of cases) {
    it(`stsplan ${c.args.join(' ')} prints its own usage`, () => {
      const r = run(c.args);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, c.first);
      for (const re of c.has) assert.match(r.stdout, re);
      for (const re of c.not) assert.doesNotMatch(r.stdout, re);
    });
  }
});

describe('did you mean', () => {
  const cases: { args: string[]; message: string }[] = [
    { args: ['lnit', 'x.yaml'], message: 'stsplan: unknown command "lnit". Did you mean lint?' },
    { args: ['help', 'paln'], message: 'stsplan: unknown command "paln". Did you mean plan?' },
    { args: ['lint', '--formta', 'json', MISTAKES], message: 'stsplan: Unknown option --formta. Did you mean --format?' },
    { args: ['plan', '--detailed-exit-code', MISTAKES], message: 'stsplan: Unknown option --detailed-exit-code. Did you mean --detailed-exitcode?' },
    { args: ['lint', '--max-warning=0', MISTAKES], message: 'stsplan: Unknown option --max-warning. Did you mean --max-warnings?' },
    { args: ['lint', '--rule', 'pdb-mising=off', MISTAKES], message: 'stsplan: unknown rule "pdb-mising" in --rule. Did you mean pdb-missing?' },
    { args: ['lint', '--rule', 'pdb-missing=eror', MISTAKES], message: 'stsplan: invalid --rule "pdb-missing=eror": expected ID=off|info|warn|error Did you mean error?' },
    { args: ['explain', 'volume-mount-unknwn'], message: 'stsplan: unknown rule "volume-mount-unknwn". Did you mean volume-mount-unknown? ("stsplan rules" lists them)' },
    { args: ['lint', '--zzzzzz', MISTAKES], message: 'stsplan: Unknown option --zzzzzz.' },
  ];
  for (const c of cases) {
    it(`stsplan ${c.args.join(' ')}`, () => {
      const r = run(c.args);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n')[0], c.message);
    });
  }

  it('names the closest config key and rule id in .stsplan.yaml', () => {
    for (const [text, message] of [
      ['kubVersion: "1.33"\n', 'unknown config key "kubVersion". Did you mean kubeVersion?'],
      ['rules: {pdb-mising: off}\n', 'unknown rule "pdb-mising" in rules. Did you mean pdb-missing?'],
    ] as const) {
      const d = write({ '.stsplan.yaml': text, 'web.yaml': readFileSync(repoPath(MISTAKES), 'utf8') });
      const r = run(['lint', '.'], { cwd: d });
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes(`.stsplan.yaml: ${message}`), r.stderr);
    }
  });
});

describe('warn for warning', () => {
  it('is taken by --rule and by the config\'s rules:', () => {
    const severityOf = (r: Run): number[] => (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[]).flatMap((f) => f.messages.filter((m) => m.ruleId === 'volume-mount-unknown').map((m) => m.severity));
    assert.deepEqual(severityOf(run(['lint', '--format', 'json', '--rule', 'volume-mount-unknown=warn', MISTAKES])), [1]);
    const d = write({ '.stsplan.yaml': 'rules: {volume-mount-unknown: warn}\n', 'db.yaml': readFileSync(repoPath(MISTAKES), 'utf8') });
    assert.deepEqual(severityOf(run(['lint', '--format', 'json', 'db.yaml'], { cwd: d })), [1]);
  });
});

describe('--quiet', () => {
  it('shows errors only, in stylish and json, and the exit code still counts every finding', () => {
    const r = run(['lint', '--quiet', MISTAKES]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /volume-mount-unknown/);
    assert.doesNotMatch(r.stdout, /pdb-missing|warning/);
    assert.match(r.stdout, /2 errors/);
    const json = JSON.parse(run(['lint', '--quiet', '--format', 'json', MISTAKES]).stdout) as { messages: { severity: number }[]; warningCount: number }[];
    assert.ok(json.every((f) => f.warningCount === 0 && f.messages.every((m) => m.severity === 2)));
  });

  it('still counts warnings for --max-warnings, as ESLint does (warnings only: exit 1, nothing shown)', () => {
    const args = ['lint', '--quiet', '--rule', 'volume-mount-unknown=off', '--rule', 'access-mode-unsupported=off'];
    const loose = run([...args, MISTAKES]);
    assert.equal(loose.code, 0);
    assert.equal(loose.stdout, '');
    const strict = run([...args, '--max-warnings', '0', MISTAKES]);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
  });
});

describe('colour', () => {
  // Redirected output (a pipe here) gets no escape codes, whatever TERM says, unless forced.
  const piped: { name: string; args?: string[]; env?: Record<string, string>; colour: boolean }[] = [
    { name: 'a pipe with TERM=xterm-256color', colour: false },
    { name: 'a pipe with --color', args: ['--color'], colour: true },
    { name: 'a pipe with FORCE_COLOR=1', env: { FORCE_COLOR: '1' }, colour: true },
    { name: 'a pipe with FORCE_COLOR=3', env: { FORCE_COLOR: '3' }, colour: true },
    { name: 'a pipe with FORCE_COLOR=0', env: { FORCE_COLOR: '0' }, colour: false },
    { name: 'a pipe with --color and NO_COLOR=1 (the flag wins)', args: ['--color'], env: { NO_COLOR: '1' }, colour: true },
    { name: 'a pipe with FORCE_COLOR=1 and --no-color (the flag wins)', args: ['--no-color'], env: { FORCE_COLOR: '1' }, colour: false },
  ];
  for (const c of piped) {
    it(`${c.colour ? 'colours' : 'writes no escape to'} ${c.name}`, () => {
      const r = run(['lint', ...(c.args ?? []), MISTAKES], c.env ? { env: c.env } : {});
      assert.equal(r.code, 1, r.stderr);
      assert.equal(ESC.test(r.stdout), c.colour, JSON.stringify(r.stdout.slice(0, 300)));
      assert.match(r.stdout, /volume-mount-unknown/);
    });
  }

  const tty: { name: string; args?: string[]; env?: Record<string, string>; colour: boolean }[] = [
    { name: 'a terminal', colour: true },
    { name: 'a terminal with NO_COLOR=1', env: { NO_COLOR: '1' }, colour: false },
    { name: 'a terminal with NO_COLOR empty (no-color.org: only a non-empty value)', env: { NO_COLOR: '' }, colour: true },
    { name: 'a terminal with --no-color', args: ['--no-color'], colour: false },
    { name: 'a terminal with FORCE_COLOR=0', env: { FORCE_COLOR: '0' }, colour: false },
    { name: 'a terminal with TERM=dumb', env: { TERM: 'dumb' }, colour: false },
  ];
  for (const c of tty) {
    it(`${c.colour ? 'colours' : 'writes no escape to'} ${c.name}`, () => {
      const out = runTty(['lint', ...(c.args ?? []), MISTAKES], c.env);
      assert.match(out, /volume-mount-unknown/);
      assert.equal(ESC.test(out), c.colour, JSON.stringify(out.slice(0, 300)));
    });
  }

  it('writes no escape to an --output file unless forced', () => {
    const d = write({});
    const plain = run(['lint', '-o', `stylish:${join(d, 'a.txt')}`, '-f', 'json', MISTAKES]);
    assert.equal(plain.code, 1);
    assert.doesNotMatch(readFileSync(join(d, 'a.txt'), 'utf8'), ESC);
    run(['lint', '--color', '-o', `stylish:${join(d, 'b.txt')}`, '-f', 'json', MISTAKES]);
    assert.match(readFileSync(join(d, 'b.txt'), 'utf8'), ESC);
  });
});

describe('stsplan rules and explain', () => {
  it('lists every rule with its default severity and description, as a table and as JSON', () => {
    const table = run(['rules']);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /^RULE +SEVERITY +DESCRIPTION$/m);
    assert.match(table.stdout, /^volume-mount-unknown +error +Require every volumeMount/m);
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string; severity: string; category: string; description: string; docs: string; messages: Record<string, string> }[];
    const pdb = json.find((r) => r.id === 'pdb-missing')!;
    assert.equal(pdb.severity, 'warning');
    assert.match(pdb.docs, /rules\/pdb-missing\.md$/);
    const headless = json.find((r) => r.id === 'service-not-headless')!;
    assert.equal(headless.category, 'runtime');
    assert.match(headless.messages.externalName!, /^Service "\{\{service\}\}" is an ExternalName Service/);
    assert.equal(table.stdout.split('\n').filter((l) => /^[a-z0-9.-]+ +(error|warning|info) /.test(l)).length, json.length);
  });

  it('explains a rule from its shipped doc, readable in a terminal: no Markdown fences, marks or heading hashes', () => {
    const r = run(['explain', 'volume-mount-unknown']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^volume-mount-unknown\n=+\n/);
    assert.match(r.stdout, /^Rule details\n-+$/m);
    assert.match(r.stdout, /^ {4}kind: StatefulSet$/m);
    assert.doesNotMatch(r.stdout, /```|^#|\*\*|`/m);
  });
});

describe('config hints and notes', () => {
  it('says an unquoted kubeVersion was read as a number, from the text as written', () => {
    const d = write({ '.stsplan.yaml': 'kubeVersion: 1.30\n', 'db.yaml': readFileSync(repoPath(MISTAKES), 'utf8') });
    const r = run(['lint', '.'], { cwd: d });
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes('kubeVersion 1.3 was read as a number: quote it ("1.30")'), r.stderr);
    // A number that reads back as written is the version meant.
    writeFileSync(join(d, '.stsplan.yaml'), 'kubeVersion: 1.33\n');
    assert.equal(run(['lint', '.'], { cwd: d }).code, 1);
  });

  it('notes on stderr when no manifest was found, and exits 0 as before', () => {
    const empty = write({ 'README.md': '# nothing\n' });
    const r = run(['lint', empty]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^stsplan: no Kubernetes manifest found in .*\n$/);
    const nonK8s = write({ 'ci.yaml': 'on: push\njobs: {}\n' });
    const n = run(['lint', nonK8s]);
    assert.equal(n.code, 0);
    assert.match(n.stderr, /^stsplan: no Kubernetes manifest found in .*\(looked for \.yaml, \.yml and \.json files with apiVersion and kind\)\n$/);
    assert.equal(run(['lint', MISTAKES]).stderr, '');
  });
});

describe('paths as given', () => {
  it('names files as the command line wrote them in stylish; JSON keeps ESLint\'s absolute paths, github the repository-relative ones', () => {
    const d = write({ 'k8s/db.yaml': readFileSync(repoPath(MISTAKES), 'utf8'), 'app/x': '' });
    const app = join(d, 'app');
    const cases: { cwd: string; arg: string; shown: string }[] = [
      { cwd: d, arg: './k8s/db.yaml', shown: './k8s/db.yaml' },
      { cwd: d, arg: './k8s/', shown: './k8s/db.yaml' },
      { cwd: d, arg: 'k8s', shown: 'k8s/db.yaml' },
      { cwd: d, arg: '.', shown: 'k8s/db.yaml' },
      { cwd: app, arg: '../k8s/db.yaml', shown: '../k8s/db.yaml' },
      { cwd: app, arg: '../k8s', shown: '../k8s/db.yaml' },
      { cwd: app, arg: join(d, 'k8s/db.yaml'), shown: join(d, 'k8s/db.yaml') },
    ];
    for (const c of cases) {
      const r = run(['lint', c.arg], { cwd: c.cwd });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout.split('\n')[1], `  ${c.shown}:46:17`, `${c.arg}\n${r.stdout}`);
      const [json] = JSON.parse(run(['lint', '-f', 'json', c.arg], { cwd: c.cwd }).stdout) as { filePath: string }[];
      assert.equal(json!.filePath, join(d, 'k8s/db.yaml'));
      const gh = run(['lint', '-f', 'github', c.arg], { cwd: c.cwd, env: { GITHUB_WORKSPACE: d } });
      assert.match(gh.stdout, /^::warning file=k8s\/db\.yaml,/m, c.arg);
    }
  });
});

describe('stylish in a 100-column terminal (issue 16, point 5)', () => {
  const LONG = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${'a'.repeat(52)}
spec:
  serviceName: ${'s'.repeat(60)}
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: x}
    spec:
      containers:
      - name: x
        image: x:1
        volumeMounts:
        - {name: ${'v'.repeat(63)}, mountPath: /d}
`;
  const width = (line: string): number => [...line].length;

  it('keeps every line within 100 columns, for the examples and long messages', () => {
    const d = write({ 'long.yaml': LONG });
    for (const [args, cwd] of [[['lint', '--verbose', 'examples/'], repoPath('.')], [['lint', '--verbose', 'long.yaml'], d]] as const) {
      const r = run([...args], { cwd, env: { COLUMNS: '100' } });
      assert.ok(r.stdout.length > 0);
      const over = r.stdout.split('\n').filter((l) => width(l) > 100);
      assert.deepEqual(over, [], args.join(' '));
    }
  });

  it('keeps within the width of a real terminal too', () => {
    const out = runTty(['lint', '--no-color', 'examples/']).replace(/\r/g, '');
    assert.deepEqual(out.split('\n').filter((l) => width(l) > 100), []);
  });

  it('puts the fix hint and related locations on lines of their own, under the message, rule id kept', () => {
    const r = run(['lint', 'examples/mistakes/db.yaml'], { env: { COLUMNS: '100' } });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /27:16 {2}StatefulSet postgres: Service "postgres" has a cluster IP/.test(l));
    assert.ok(at > 0, r.stdout);
    const block = lines.slice(at, lines.findIndex((l, i) => i > at && /^ {2}[⚠✖]/.test(l)));
    const indent = /^(.*?27:16 {2})/.exec(lines[at]!)![1]!.length;
    assert.ok(block.slice(1).every((l) => l.startsWith(' '.repeat(indent))), block.join('\n'));
    assert.ok(block.some((l) => /service-not-headless$/.test(l)), block.join('\n'));
    const fix = block.findIndex((l) => l.trimStart().startsWith('Fix: set clusterIP: None'));
    const see = block.findIndex((l) => l.trimStart().startsWith('see 6:1: no clusterIP: None here'));
    assert.ok(fix > 0 && see > fix, block.join('\n'));
  });

  it('names a related location in another file with its path', () => {
    const d = write({
      'sts.yaml': readFileSync(repoPath(MISTAKES), 'utf8').split(/^---$/m).filter((doc) => !/kind: Service\b/.test(doc)).join('---'),
      'svc.yaml': readFileSync(repoPath(MISTAKES), 'utf8').split(/^---$/m).filter((doc) => /kind: Service\b/.test(doc)).join('---'),
    });
    const r = run(['lint', './sts.yaml', './svc.yaml'], { cwd: d, env: { COLUMNS: '100' } });
    assert.match(r.stdout, /^ +see \.\/svc\.yaml:\d+:\d+: no clusterIP: None here$/m, r.stdout);
  });
});
