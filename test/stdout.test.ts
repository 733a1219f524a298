/**
 * The CLI's stdout (src/cli/stdout.ts): a file or a pipe is written with writeSync, a terminal
 * through process.stdout; EAGAIN hands the rest to process.stdout, EPIPE ends the run. The unit
 * tests replace the system calls; the last ones run the bundled CLI with stdout a file and a pipe.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stdout, type StdoutSystem } from '../src/cli/stdout.js';
import { CLI, repoPath } from './helpers/paths.js';

class Exited extends Error {}

/** A fake system: writeSync takes at most `chunk` bytes a call and fails as `fail` says. */
function fake(kind: 'direct' | 'stream', opts: { chunk?: number; fail?: (call: number) => string | undefined; isTTY?: boolean } = {}) {
  const written: number[] = [];
  const streamed: string[] = [];
  let calls = 0;
  let created = 0;
  const stream = Object.assign(new EventEmitter(), {
    isTTY: opts.isTTY,
    columns: 123,
    write(s: string | Uint8Array): boolean {
      streamed.push(typeof s === 'string' ? s : Buffer.from(s).toString());
      return true;
    },
  });
  const system: StdoutSystem = {
    kind: () => kind,
    writeSync(buffer, offset) {
      const code = opts.fail?.(calls++);
      if (code) throw Object.assign(new Error(code), { code });
      const n = Math.min(opts.chunk ?? Infinity, buffer.length - offset);
      written.push(...buffer.subarray(offset, offset + n));
      return n;
    },
    stream() {
      created++;
      return stream as unknown as NodeJS.WriteStream;
    },
    exit() {
      throw new Exited();
    },
  };
  return { system, direct: () => Buffer.from(written).toString(), streamed, created: () => created };
}

describe('stdout', () => {
  it('writes a file or a pipe directly, in order, across partial writes, and never creates process.stdout', async () => {
    const f = fake('direct', { chunk: 3 });
    const out = stdout(f.system);
    assert.equal(out.terminal, false);
    assert.equal(out.tty, undefined);
    out.write('héllo ');
    out.write('');
    await out.writeChunks(['wör', 'ld\n']);
    assert.equal(f.direct(), 'héllo wörld\n');
    assert.equal(f.created(), 0);
  });

  it('sends what is left to process.stdout after EAGAIN, and everything after it too', async () => {
    const f = fake('direct', { chunk: 4, fail: (call) => (call === 1 ? 'EAGAIN' : undefined) });
    const out = stdout(f.system);
    out.write('abcdefgh');
    out.write('ij');
    await out.writeChunks(['kl']);
    assert.equal(f.direct(), 'abcd');
    assert.deepEqual(f.streamed, ['efgh', 'ij', 'kl']);
  });

  it('ends the run when the reader went away (EPIPE), and throws any other error', () => {
    assert.throws(() => stdout(fake('direct', { fail: () => 'EPIPE' }).system).write('x'), Exited);
    assert.throws(() => stdout(fake('direct', { fail: () => 'EIO' }).system).write('x'), /EIO/);
  });

  it('goes through process.stdout for a terminal, which gives the width', async () => {
    const f = fake('stream', { isTTY: true });
    const out = stdout(f.system);
    assert.equal(out.terminal, true);
    assert.equal(out.tty?.columns, 123);
    out.write('a');
    await out.writeChunks(['b', 'c']);
    assert.deepEqual(f.streamed, ['a', 'b', 'c']);
    assert.equal(f.direct(), '');
  });

  it('waits for the stream to drain when it buffers', async () => {
    const f = fake('stream');
    const s = f.system.stream() as unknown as EventEmitter & { write: (x: string) => boolean };
    const seen: string[] = [];
    s.write = (x: string) => {
      seen.push(x);
      setImmediate(() => s.emit('drain'));
      return false;
    };
    await stdout(f.system).writeChunks(['1', '2', '3']);
    assert.deepEqual(seen, ['1', '2', '3']);
  });

  it('the CLI writes the same bytes to a file and to a pipe, and a closed pipe ends it quietly', () => {
    const args = [CLI, 'plan', 'test/fixtures/plan/web-1-create.yaml', '--scale', 'web=900', '--format', 'json'];
    const piped = spawnSync(process.execPath, args, { cwd: repoPath('.'), encoding: 'utf8', maxBuffer: 256 << 20 });
    assert.equal(piped.status, 0, piped.stderr);
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-stdout-'));
    try {
      const file = join(dir, 'out.json');
      const fd = openSync(file, 'w');
      const toFile = spawnSync(process.execPath, args, { cwd: repoPath('.'), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      assert.equal(toFile.status, 0, toFile.stderr);
      assert.ok(piped.stdout.length > 100_000);
      assert.equal(readFileSync(file, 'utf8'), piped.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // `| head -c 1`: the reader goes away after one byte.
    const closed = spawnSync('bash', ['-c', '"$0" "$@" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"', process.execPath, ...args], { cwd: repoPath('.'), encoding: 'utf8' });
    assert.equal(closed.stderr, '');
    assert.equal(closed.stdout, '0\n');
  });
});
