/**
 * Many findings in one object cost time in proportion to their number, not its square: a map of
 * tens of thousands of unknown or duplicate keys and a list of tens of thousands of invalid items
 * are linted in seconds. No test asserts a duration; the timeouts only turn a hang into a failure.
 * Schema errors are capped per object, and one finding says how many were left out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/engine.js';
import type { Finding } from '../src/types.js';
import { CLI } from './helpers/paths.js';

const STS = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';

async function findings(text: string): Promise<Finding[]> {
  const report = await lint([{ path: 'big.yaml', content: text }]);
  return report.files.flatMap((f) => f.diagnostics) as Finding[];
}

describe('findings in bulk', { timeout: 600_000 }, () => {
  it('40,000 unknown keys in one map: the first 100 are reported at their keys, then how many more there are', async () => {
    let text = `${STS}spec:\n  selector: {matchLabels: {a: b}}\n  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}\n`;
    for (let i = 0; i < 40_000; i++) text += `  unknown${i}: 1\n`;
    const schema = (await findings(text)).filter((f) => f.ruleId === 'schema');
    const unknown = schema.filter((f) => /unknown field "spec\.unknown\d+"/.test(f.message));
    assert.equal(unknown.length, 100);
    unknown.forEach((f, i) => {
      assert.match(f.message, new RegExp(`unknown field "spec\\.unknown${i}"`));
      assert.equal(f.range.start.line, 8 + i);
      assert.equal(f.range.start.column, 3);
    });
    const more = schema.filter((f) => /more schema errors/.test(f.message));
    assert.equal(more.length, 1);
    assert.match(more[0]!.message, /StatefulSet web: 39900 more schema errors in this object are not listed \(only the first 100 are\)/);
    // At the first error left out.
    assert.equal(more[0]!.range.start.line, 108);
  });

  it('30,000 invalid list items: the first 100 are reported at their values, then how many more there are', async () => {
    let text = `${STS}spec:\n  selector: {matchLabels: {a: b}}\n  serviceName: web\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n      - name: c\n        image: x\n        ports:\n`;
    for (let i = 0; i < 30_000; i++) text += `        - containerPort: "x${i}"\n`;
    const schema = (await findings(text)).filter((f) => f.ruleId === 'schema');
    const items = schema.filter((f) => /containerPort: expected an integer/.test(f.message));
    assert.equal(items.length, 100);
    items.forEach((f, i) => {
      assert.match(f.message, new RegExp(`ports\\[${i}\\]\\.containerPort: expected an integer, got string "x${i}"`));
      assert.equal(f.range.start.line, 15 + i);
      assert.equal(f.range.start.column, 26);
    });
    const more = schema.filter((f) => /more schema errors/.test(f.message));
    assert.equal(more.length, 1);
    assert.match(more[0]!.message, /29900 more schema errors in this object are not listed \(only the first 100 are\)/);
    assert.equal(more[0]!.range.start.line, 115);
  });

  // Each finding is located by looking its key up in the map: scanning all 120,000 entries for
  // each of them took over eight minutes. The CLI runs as a child with a time limit, so that the
  // quadratic cost fails the test rather than blocking the suite (nothing asserts a duration).
  it('60,000 keys written twice in one map: each duplicate is reported at its last key', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n';
    for (let i = 0; i < 60_000; i++) text += `  k${i}: a\n`;
    for (let i = 0; i < 60_000; i++) text += `  k${i}: b\n`;
    const dir = mkdtempSync(join(tmpdir(), 'stsplan-bulk-'));
    try {
      writeFileSync(join(dir, 'dup.yaml'), text);
      const r = spawnSync(process.execPath, ['--max-old-space-size=1024', CLI, 'lint', '--format', 'json', join(dir, 'dup.yaml')], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 150_000 });
      assert.equal(r.signal, null, 'the CLI did not finish');
      const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; line: number; column: number }[] }[])[0]!.messages;
      const dups = messages.filter((m) => m.ruleId === 'duplicate-key');
      assert.equal(dups.length, 60_000);
      const byKey = new Map(dups.map((m) => [/key "(k\d+)"/.exec(m.message)![1], m]));
      for (const i of [0, 1, 29_999, 59_999]) {
        assert.equal(byKey.get(`k${i}`)!.line, 60_006 + i);
        assert.equal(byKey.get(`k${i}`)!.column, 3);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a small object keeps every schema error (the cap is per object, and only counts past 100)', async () => {
    let text = `${STS}spec:\n`;
    for (let i = 0; i < 98; i++) text += `  unknown${i}: 1\n`;
    const schema = (await findings(text)).filter((f) => f.ruleId === 'schema');
    // 98 unknown fields and the two missing required ones: exactly 100, nothing left out.
    assert.equal(schema.length, 100);
    assert.ok(!schema.some((f) => /more schema errors/.test(f.message)));
  });
});
