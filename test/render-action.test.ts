/**
 * The Action's `render` input: lint and plan what the command prints, the plan against the pull
 * request's base rendered in an export of origin/<base> (fetched, as actions/checkout leaves it
 * out), as `stsplan --render` does on a laptop.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { web } from './helpers/plan.js';
import { git } from './helpers/git.js';
import { actionYml, runEntry } from './helpers/action.js';

describe('GitHub Action: render', () => {
  let root: string;
  let origin: string;
  const checkout = (name: string): string => {
    const ws = join(root, name);
    git(root, 'clone', '-q', '--depth=1', '--branch', 'pr', '--single-branch', `file://${origin}`, ws);
    return ws;
  };
  // Prints the StatefulSet with the replicas of chart/values.yaml, under a Helm `# Source:`.
  const render = "printf -- '---\\n# Source: web/templates/sts.yaml\\n'; sed \"s/replicas: 111/replicas: $(sed -n 's/^replicas: //p' chart/values.yaml)/\" chart/sts.tpl";

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'stsplan-render-action-'));
    origin = join(root, 'origin');
    git(root, 'init', '-q', '-b', 'main', origin);
    mkdirSync(join(origin, 'chart'));
    writeFileSync(join(origin, 'chart/sts.tpl'), web({ replicas: 111 }));
    writeFileSync(join(origin, 'chart/values.yaml'), 'replicas: 2\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    git(origin, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(origin, 'chart/values.yaml'), 'replicas: 4\n');
    git(origin, 'commit', '-q', '-am', 'scale to 4');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('is an input of action.yml, empty by default', () => {
    assert.equal(actionYml.inputs.render?.default, '');
  });

  it('plans the rendered output against the rendered base, lints it, and names the template; paths is not read', async () => {
    const ws = checkout('render');
    // A broken file that `paths` would read: with render, it is not an input.
    writeFileSync(join(ws, 'broken.yaml'), 'kind: [\n');
    const r = await runEntry(ws, { render, 'fail-on': 'never', annotate: 'all' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['input-errors'], '0');
    assert.equal(r.outputs['plan-ok'], 'true');
    assert.equal(r.outputs['pods-created'], '2');
    assert.match(r.summary, /creates web-2, web-3/);
    assert.match(r.stdout, /<render>/);
    assert.match(r.stdout, /rendered from web\/templates\/sts\.yaml/);
    assert.equal(git(ws, 'status', '--porcelain'), '?? broken.yaml\n');
  });

  it('a render command that fails fails the step with its stderr', async () => {
    const ws = checkout('render-fails');
    const r = await runEntry(ws, { render: 'echo "chart not found" >&2; exit 1' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /chart not found/);
  });
});
