/**
 * `file` as reported (relative to cwd, or absolute) made relative to `root` (the repository or
 * workspace root). Files outside root stay absolute; stdin stays `<stdin>`.
 */
export declare function rootRelative(file: string, cwd: string, root: string): string;
