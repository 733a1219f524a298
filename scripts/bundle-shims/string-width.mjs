/**
 * string-width as eslint-formatter-pretty sees it in dist/: string-width creates an Intl.Segmenter
 * and compiles its emoji regular expressions when its module is initialised (about 30 ms of a
 * start-up). Printable ASCII, which is all the formatter measures in stsplan (placeholders, line
 * and column numbers: src/lint/format/stylish.ts), takes string-width's own fast path, width =
 * length (string-width 8 index.js, "Fast path: printable ASCII"); anything else goes to the real
 * module, initialised then. scripts/build.mjs points the formatter's import here.
 */

let real;

export default function stringWidth(input, options) {
  if (typeof input === 'string' && /^[\u0020-\u007E]*$/.test(input)) return input.length;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild bundles this require as the module, initialised on this first call
  real ??= require('string-width').default;
  return real(input, options);
}
