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
export interface Stdout {
    /** Whether stdout is a terminal (for colour and width), asking `process.stdout` only when it may be one. */
    readonly terminal: boolean;
    /** `process.stdout` when stdout may be a terminal, else nothing (what colour and width are decided from). */
    readonly tty: NodeJS.WriteStream | undefined;
    write(text: string): void;
    /** Writes chunks in order, waiting for the stream to drain when it buffers (a slow reader). */
    writeChunks(chunks: Iterable<string>): Promise<void>;
}
export declare function stdout(system?: StdoutSystem): Stdout;
