#!/usr/bin/env node
/**
 * Whether output gets colour, decided once for the whole run. In order: --color/--no-color (the
 * last given), FORCE_COLOR (0 or false: off; 1, 2, 3, true or empty: on at that level), NO_COLOR
 * (any non-empty value: off, https://no-color.org), else on when stdout is a terminal and TERM is
 * not dumb. FORCE_COLOR over NO_COLOR is Node's order (tty.WriteStream#getColorDepth).
 * `forced` is true when a flag or FORCE_COLOR turned colour on: output files get colour only then.
 */
export interface ColourChoice {
    stdout: boolean;
    forced: boolean;
    level: 1 | 2 | 3;
}
/** Removes what an ESLint formatter's terminal libraries write: SGR colour codes and OSC 8 hyperlinks. */
export declare function stripEscapes(text: string): string;
export declare function main(argv: string[]): Promise<number>;
