/**
 * Rule fixtures: YAML files whose expected findings are marked in place by caret comments.
 *
 *     serviceName: nginx
 *   #              ^ service-not-found
 *
 * The caret's column is the expected start column on the nearest line above that is not a
 * marker. After the rule id, a rule that declares message ids names the one that fires
 * (`#  ^ service-not-headless notHeadless`). Where a caret cannot be placed (column 1), `# col 1 rule-id` gives the column. A `# options: {...}` line sets lint options (JSON), a `# context:` file beside the
 * fixture (same name, `.context.yaml`) is loaded for cross-references without being reported, and
 * a `# file: PATH` line lints the text under that path (kustomization.yaml, a chart's Chart.yaml).
 * For rules that compare with an earlier state, the lines above a `# ---- after ----` line are
 * that state (`--from`), and only the lines below it are linted (carets count from there).
 */
import type { FixtureOptions } from './lint.js';

export interface Expected {
  ruleId: string;
  /** The message id the caret names, if any. */
  messageId?: string;
  line: number;
  column: number;
}

const AFTER = /^# -+ after -+\n/m;

export function parseFixture(source: string): { expected: Expected[]; options: FixtureOptions; text: string } {
  let text = source;
  let base: string | undefined;
  const split = AFTER.exec(source);
  if (split) {
    base = source.slice(0, split.index);
    text = source.slice(split.index + split[0].length);
  }
  const lines = text.split('\n');
  const expected: Expected[] = [];
  let options: FixtureOptions = {};
  let lastContent = 0;
  lines.forEach((line, i) => {
    const opt = /^#\s*options:\s*(\{.*\})\s*$/.exec(line);
    if (opt) options = { ...options, ...(JSON.parse(opt[1]!) as FixtureOptions) };
    const file = /^#\s*file:\s*(\S+)\s*$/.exec(line);
    if (file) options = { ...options, file: file[1]! };
    const marker = /^\s*#(\s*)\^\s+([a-z0-9.-]+)(?:\s+([A-Za-z][A-Za-z0-9]*))?\s*$/.exec(line);
    if (marker) {
      expected.push({ ruleId: marker[2]!, ...(marker[3] ? { messageId: marker[3] } : {}), line: lastContent + 1, column: line.indexOf('^') + 1 });
      return;
    }
    const col = /^\s*#\s*col\s+(\d+)\s+([a-z0-9.-]+)(?:\s+([A-Za-z][A-Za-z0-9]*))?\s*$/.exec(line);
    if (col) {
      expected.push({ ruleId: col[2]!, ...(col[3] ? { messageId: col[3] } : {}), line: lastContent + 1, column: Number(col[1]) });
      return;
    }
    lastContent = i;
  });
  if (base !== undefined) options = { ...options, base };
  return { expected, options, text };
}
