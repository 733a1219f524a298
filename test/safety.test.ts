/**
 * Safety: stsplan never writes to its inputs, never runs commands named in manifests, never
 * contacts the network and never follows a `$ref` or URL inside its input; error output has no
 * stack trace unless --debug. A preload module (--import) records every network attempt and
 * every file the process opens, so the test sees what the CLI really did.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI } from './helpers/paths.js';

const HOOK = `
import fs from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
const log = process.env.STSPLAN_SAFETY_LOG;
const note = (line) => fs.appendFileSync(log, line + '\\n');
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) { note('net ' + JSON.stringify(args[0])); return connect.apply(this, args); };
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) { note('dns ' + host); return lookup.call(this, host, ...rest); };
if (globalThis.fetch) globalThis.fetch = async (url) => { note('fetch ' + url); throw new Error('no network in tests'); };
for (const name of ['openSync', 'readFileSync']) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) { if (typeof p === 'string' || p instanceof URL) note('open ' + String(p)); return orig.call(this, p, ...rest); };
}
const orig = fs.promises.open;
fs.promises.open = function (p, ...rest) { note('open ' + String(p)); return orig.call(this, p, ...rest); };
// Named imports (import { openSync } from 'node:fs') see the patched functions only after this.
syncBuiltinESMExports();
`;

const MANIFEST = `$schema: https://kubernetesjsonschema.dev/master/statefulset.json
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  annotations:
    docs: https://example.com/runbook
spec:
  $ref: ../outside/secret.yaml
  serviceName: web
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
      - name: init
        image: busybox
        command: ["sh", "-c", "touch MARKER_INIT"]
      containers:
      - name: web
        image: registry.example.com/web:1
        command: ["sh", "-c", "touch MARKER_CMD; curl https://example.com"]
        lifecycle:
          postStart:
            exec:
              command: ["touch", "MARKER_HOOK"]
        readinessProbe:
          exec:
            command: ["touch", "MARKER_PROBE"]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector: {app: web}
  ports:
  - {name: web, port: 80}
`;

describe('safety', () => {
  it('never writes inputs, runs manifest commands, contacts the network or follows $ref', () => {
    const root = mkdtempSync(join(tmpdir(), 'stsplan-safety-'));
    try {
      const dir = join(root, 'manifests');
      mkdirSync(dir);
      mkdirSync(join(root, 'outside'));
      writeFileSync(join(root, 'outside', 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n');
      writeFileSync(join(dir, 'web.yaml'), MANIFEST);
      writeFileSync(join(dir, 'before.yaml'), MANIFEST.replace('replicas: 2', 'replicas: 1'));
      const hook = join(root, 'hook.mjs');
      writeFileSync(hook, HOOK);
      const log = join(root, 'log.txt');
      writeFileSync(log, '');
      const snapshot = () => readdirSync(dir).map((f) => `${f} ${statSync(join(dir, f)).mtimeMs} ${readFileSync(join(dir, f), 'utf8').length}`);
      const before = snapshot();
      const runs = [
        ['lint', 'web.yaml'],
        ['lint', '-f', 'sarif', '-o', join(root, 'out.sarif'), '-o', `junit:${join(root, 'out.xml')}`, '.'],
        ['lint', '--from', 'before.yaml', 'web.yaml'],
        ['plan', '--from', 'before.yaml', 'web.yaml'],
        ['plan', '-f', 'markdown', 'web.yaml'],
      ];
      for (const args of runs) {
        const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, STSPLAN_SAFETY_LOG: log } });
        assert.ok(r.status !== null && r.status <= 2, `${args.join(' ')}: ${r.stderr}`);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      }
      assert.deepEqual(snapshot(), before, 'inputs unchanged, nothing written beside them');
      for (const marker of ['MARKER_INIT', 'MARKER_CMD', 'MARKER_HOOK', 'MARKER_PROBE']) assert.equal(existsSync(join(dir, marker)), false, `${marker}: a manifest command ran`);
      const events = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      assert.deepEqual(events.filter((e) => !e.startsWith('open ')), [], 'network use');
      const opened = events.filter((e) => e.startsWith('open ')).map((e) => e.slice(5));
      assert.ok(opened.some((p) => p.endsWith('web.yaml')), 'the hook saw the input being read');
      assert.deepEqual(opened.filter((p) => p.includes('outside') || p.includes('secret')), [], '$ref followed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses to write an output over any input: exit 2, nothing written', () => {
    const root = mkdtempSync(join(tmpdir(), 'stsplan-overwrite-'));
    try {
      const dir = join(root, 'k8s');
      mkdirSync(join(dir, 'sub'), { recursive: true });
      writeFileSync(join(dir, 'web.yaml'), MANIFEST);
      writeFileSync(join(dir, 'before.yaml'), MANIFEST.replace('replicas: 2', 'replicas: 1'));
      writeFileSync(join(dir, 'sub', 'found.json'), '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}\n');
      writeFileSync(join(root, '.stsplan.yaml'), 'rules: {}\n');
      symlinkSync(join(dir, 'web.yaml'), join(root, 'link.yaml'));
      linkSync(join(dir, 'web.yaml'), join(root, 'hard.yaml'));
      const snapshot = () => [join(dir, 'web.yaml'), join(dir, 'before.yaml'), join(dir, 'sub', 'found.json'), join(root, '.stsplan.yaml')].map((f) => `${f} ${statSync(f).mtimeMs} ${readFileSync(f, 'utf8')}`);
      const before = snapshot();
      const runs: [string[], string][] = [
        [['plan', 'k8s/web.yaml', '-o', 'k8s/web.yaml'], 'k8s/web.yaml'],
        [['plan', 'k8s/web.yaml', '-o', './k8s/../k8s/web.yaml'], './k8s/../k8s/web.yaml'],
        [['plan', 'k8s/web.yaml', '--from', 'k8s/before.yaml', '-o', 'k8s/before.yaml'], 'k8s/before.yaml'],
        [['plan', 'k8s/web.yaml', '--state', 'k8s/before.yaml', '-o', 'k8s/before.yaml'], 'k8s/before.yaml'],
        [['plan', 'k8s/web.yaml', '-o', 'link.yaml'], 'link.yaml'],
        [['plan', 'k8s/web.yaml', '-o', 'hard.yaml'], 'hard.yaml'],
        [['lint', 'k8s', '-f', 'json', '-o', 'k8s/sub/found.json'], 'k8s/sub/found.json'],
        [['lint', 'k8s/web.yaml', '-o', 'sarif:k8s/before.yaml'], 'k8s/before.yaml'],
        [['lint', 'k8s/web.yaml', '-o', `junit:${join(root, 'ok.xml')}`, '-o', 'k8s/web.yaml'], 'k8s/web.yaml'],
        [['lint', 'k8s/web.yaml', '--from', 'k8s/before.yaml', '-o', 'k8s/before.yaml'], 'k8s/before.yaml'],
        [['lint', 'k8s/web.yaml', '-o', '.stsplan.yaml'], '.stsplan.yaml'],
      ];
      for (const [args, target] of runs) {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
        assert.equal(r.stdout, '', args.join(' '));
        assert.match(r.stderr, new RegExp(`^stsplan: refusing to write ${target.replace(/[.*?[\]\\]/g, '\\$&')}: it is an input`), args.join(' '));
        assert.doesNotMatch(r.stderr, /\n\s+at /);
        assert.deepEqual(snapshot(), before, `${args.join(' ')} wrote an input`);
        assert.equal(existsSync(join(root, 'ok.xml')), false, 'nothing written');
      }
      // Beside the inputs is fine (the plan itself exits 1: the API server would reject web's unknown $schema and $ref fields).
      const ok = spawnSync(process.execPath, [CLI, 'plan', 'k8s/web.yaml', '-o', 'k8s/plan.txt'], { cwd: root, encoding: 'utf8' });
      assert.ok(ok.status === 0 || ok.status === 1, ok.stderr);
      assert.match(readFileSync(join(dir, 'plan.txt'), 'utf8'), /StatefulSet default\/web/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints an internal error in one line, with the stack trace only under --debug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-debug-'));
    try {
      writeFileSync(join(dir, 'broken-formatter.mjs'), 'export default function () { throw new Error("formatter broke"); }\n');
      writeFileSync(join(dir, 'web.yaml'), MANIFEST);
      const run = (...extra: string[]) => spawnSync(process.execPath, [CLI, 'lint', '-f', './broken-formatter.mjs', ...extra, 'web.yaml'], { cwd: dir, encoding: 'utf8' });
      const plain = run();
      assert.equal(plain.status, 2);
      assert.match(plain.stderr, /^stsplan: internal error: formatter broke\n/);
      assert.doesNotMatch(plain.stderr, /\n\s+at /);
      const debug = run('--debug');
      assert.equal(debug.status, 2);
      assert.match(debug.stderr, /\n\s+at .*broken-formatter\.mjs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
