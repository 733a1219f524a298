/**
 * `file` as reported (relative to cwd, or absolute) made relative to `root` (the repository or
 * workspace root). Files outside root stay absolute; stdin and a render command's output keep their names (`<stdin>`, `<render>`).
 */
export declare function rootRelative(file: string, cwd: string, root: string): string;
