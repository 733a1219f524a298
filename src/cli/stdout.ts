/**
 * The CLI's standard output, without `process.stdout` where a plain write does. Node creates
 * `process.stdout` on first use, and with it its stream modules: fs's SyncWriteStream and the
 * stream stack for a file, net.Socket and the net module for a pipe (a hook's output, `| less`).
 * That was 9M to 11M instructions of a one-file run (about 2% of it; callgrind, `node -e
 * 'process.stdout'` against an empty script), paid even by a clean file that prints nothing.
 *
 * So a file, a pipe or a socket is written with `writeSync(1, …)`: the bytes in order, each write
 * done when it returns, as `process.stdout` writes files and (on Linux) pipes. A terminal, or
 * anything else, goes through `process.stdout`, which knows a terminal's width and colours. A
 * descriptor its writer set non-blocking (a parent's choice) can answer EAGAIN: what is left of
 * the text then goes to `process.stdout`, which waits for the reader, and so does everything after.
 * A reader that went away (`stsplan … | head`) ends the run with its exit code, as before.
 */
import { once } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';

/** The parts of Node this module uses, replaceable in tests. */
export interface StdoutSystem {
  /** What descriptor 1 is: `direct` for a file, a pipe or a socket. */
  kind(): 'direct' | 'stream';
  writeSync(buffer: Uint8Array, offset: number): number;
  /** `process.stdout`, created when first asked for. */
  stream(): NodeJS.WriteStream;
  /** A reader went away: end the run. */
  exit(): never;
}

const node: StdoutSystem = {
  kind() {
    try {
      const st = fstatSync(1);
      return st.isFile() || st.isFIFO() || st.isSocket() ? 'direct' : 'stream';
    } catch {
      return 'stream';
    }
  },
  writeSync: (buffer, offset) => writeSync(1, buffer, offset),
  stream() {
    const out = process.stdout;
    if (out.listenerCount('error') === 0) {
      out.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') node.exit();
        throw e;
      });
    }
    return out;
  },
  exit: () => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0),
};

export interface Stdout {
  /** Whether stdout is a terminal (for colour and width), asking `process.stdout` only when it may be one. */
  readonly terminal: boolean;
  /** `process.stdout` when stdout may be a terminal, else nothing (what colour and width are decided from). */
  readonly tty: NodeJS.WriteStream | undefined;
  write(text: string): void;
  /** Writes chunks in order, waiting for the stream to drain when it buffers (a slow reader). */
  writeChunks(chunks: Iterable<string>): Promise<void>;
}

export function stdout(system: StdoutSystem = node): Stdout {
  let kind: 'direct' | 'stream' | undefined;
  const mode = (): 'direct' | 'stream' => (kind ??= system.kind());
  /** Writes `bytes` to the descriptor: null when all are written, else what is left for the stream. */
  const direct = (bytes: Uint8Array): Uint8Array | null => {
    let at = 0;
    try {
      while (at < bytes.length) at += system.writeSync(bytes, at);
      return null;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') system.exit();
      if (code !== 'EAGAIN') throw e;
      kind = 'stream';
      return bytes.subarray(at);
    }
  };
  /** Writes `text`, directly or to the stream; false when the stream buffers it (wait for 'drain'). */
  const send = (text: string): boolean => {
    if (text === '') return true;
    if (mode() === 'direct') {
      const rest = direct(Buffer.from(text));
      return rest ? system.stream().write(rest) : true;
    }
    return system.stream().write(text);
  };
  const out: Stdout = {
    get terminal() {
      return mode() === 'stream' && system.stream().isTTY === true;
    },
    get tty() {
      return mode() === 'stream' ? system.stream() : undefined;
    },
    write(text) {
      send(text);
    },
    async writeChunks(chunks) {
      for (const chunk of chunks) if (!send(chunk)) await once(system.stream(), 'drain');
    },
  };
  return out;
}
