/**
 * The shell commands a rejection suggests give back their arguments verbatim when a shell reads
 * them (issue 14, point 14): each is run as printf in an empty directory, and nothing else runs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { plan as planInputs } from '../src/plan/prepare.js';
import { shellQuote } from '../src/text/shell-quote.js';
import { docs, planOf, service, stack, storageClass, web } from './helpers/plan.js';
import { PIECES, TERMINAL_CONTROL } from './helpers/hostile.js';

describe('shell commands the plan suggests (issue 14, point 14)', { timeout: 120_000 }, () => {
  /** The words `sh` reads from a suggested kubectl command, found by running it as printf in an empty directory. */
  function words(command: string, shell = 'sh'): { args: string[]; created: string[] } {
    const cwd = mkdtempSync(join(tmpdir(), 'stsplan-shell-'));
    try {
      assert.match(command, /^kubectl /);
      const r = spawnSync(shell, ['-c', `printf '%s\\0' ${command.slice('kubectl '.length)}`], { cwd, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return { args: r.stdout.split('\0').slice(0, -1), created: readdirSync(cwd) };
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }

  it('shellQuote: sh reads any string without control characters back as one word; bash reads any string', () => {
    const word = fc.array(fc.constantFrom(...PIECES, "'", '"', '$(touch x)', '`touch y`', '*', '?', '~', '{a,b}', '%', '-n', '=', ','), { minLength: 1, maxLength: 10 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (ws) => {
        const plain = ws.filter((w) => !TERMINAL_CONTROL.test(w) && !w.includes('\n'));
        if (plain.length) assert.deepEqual(words(`kubectl ${plain.map(shellQuote).join(' ')}`), { args: plain, created: [] });
        const quoted = ws.map(shellQuote);
        // eslint-disable-next-line no-control-regex
        for (const q of quoted) assert.doesNotMatch(q, /[\n\r]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        assert.deepEqual(words(`kubectl ${quoted.join(' ')}`, 'bash'), { args: ws, created: [] });
      }),
      { numRuns: 60 },
    );
    assert.equal(shellQuote('web-0'), 'web-0');
    assert.equal(shellQuote('k8s/web.yaml'), 'k8s/web.yaml');
    assert.equal(shellQuote("it's"), `'it'\\''s'`);
    assert.equal(shellQuote('=ls'), "'=ls'");
    assert.equal(shellQuote('--cascade=orphan'), '--cascade=orphan');
  });

  it('a file named web$(touch x).yaml is one argument of kubectl apply, and nothing runs', async () => {
    for (const path of ['web$(touch x).yaml', "it's `touch y` web.yaml", 'a b/*.yaml', '~/web.yaml', '-', '<stdin>']) {
      const p = await planInputs([{ path: 'before.yaml', content: stack() }], [{ path, content: stack({ storage: '2Gi' }) }], {});
      const route = p.statefulSets[0]!.rejection!.route.filter((r) => r.startsWith('kubectl '));
      assert.ok(route.length >= 2, route.join('\n'));
      const apply = words(route.at(-1)!);
      assert.deepEqual(apply, { args: ['apply', '-f', path === '<stdin>' ? '-' : path], created: [] }, route.at(-1));
      assert.deepEqual(words(route.at(-2)!), { args: ['delete', 'statefulset', 'web', '--cascade=orphan'], created: [] });
      for (const r of route.slice(0, -2)) {
        const w = words(r);
        assert.deepEqual(w.created, []);
        assert.deepEqual(w.args.slice(0, 2), ['patch', 'pvc']);
        assert.deepEqual(JSON.parse(w.args[4]!), { spec: { resources: { requests: { storage: '2Gi' } } } });
      }
    }
    assert.equal(existsSync('x'), false);
  });

  it('the Service route quotes its file too', async () => {
    const svc = (ip: string): string => service({ headless: false }).replace('spec:\n', `spec:\n  clusterIP: ${ip}\n`);
    const path = 'svc $(touch x).yaml';
    const p = await planInputs([{ path: 'before.yaml', content: svc('10.0.0.1') }], [{ path, content: svc('10.0.0.2') }], {});
    const route = p.services[0]!.rejection!.route;
    assert.deepEqual(words(route[0]!).args, ['delete', 'service', 'nginx']);
    assert.deepEqual(words(route[1]!), { args: ['apply', '-f', path], created: [] });
  });

  it('a path with a newline, a tab or a bidi override stays on one line, in $\'…\' quotes bash reads back', async () => {
    const path = 'web\n\t\u202e.yaml';
    const p = await planInputs([{ path: 'before.yaml', content: stack() }], [{ path, content: stack({ storage: '2Gi' }) }], {});
    const apply = p.statefulSets[0]!.rejection!.route.at(-1)!;
    assert.doesNotMatch(apply, TERMINAL_CONTROL);
    assert.doesNotMatch(apply, /\n/);
    assert.deepEqual(words(apply, 'bash'), { args: ['apply', '-f', path], created: [] });
  });

  it('comment lines of a route stay comments whatever the StorageClass is called', async () => {
    const cls = storageClass().replace('name: standard', 'name: "standard\\nrm -rf x"');
    const p = await planOf(docs(service(), cls, web({ replicas: 1 })), docs(service(), cls, web({ replicas: 1, storage: '2Gi' })));
    const route = p.statefulSets[0]!.rejection!.route;
    assert.ok(route.some((line) => line.startsWith('# StorageClass standard\\u000arm -rf x does not set allowVolumeExpansion')), route.join('\n'));
    for (const line of route) {
      assert.doesNotMatch(line, /\n/, line);
      assert.ok(line.startsWith('# ') || line.startsWith('kubectl '), line);
    }
  });
});
