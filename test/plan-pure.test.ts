/**
 * The planner proper is pure and synchronous: given objects already loaded (and the API server's
 * rejections), planObjects() returns the plan itself, with no loading, no rules and no I/O, and it
 * is the plan that plan() makes from the same files' contents.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadAndValidate } from '../src/lint/engine.js';
import { planObjects, type ApiRejection } from '../src/plan/plan.js';
import { plan } from '../src/plan/prepare.js';
import { formatPlanJson } from '../src/plan/render/json.js';
import { repoPath } from './helpers/paths.js';
import { stack } from './helpers/plan.js';

const file = (p: string): { path: string; content: Buffer } => ({ path: p, content: readFileSync(repoPath(p)) });

describe('planObjects', () => {
  it('plans loaded objects synchronously, as plan() plans their files', async () => {
    const current = await loadAndValidate([file('examples/clean/web.yaml')], '1.36');
    const desired = await loadAndValidate([file('examples/upgrade/web.yaml')], '1.36');
    const p = planObjects({ desired: desired.resources, current: current.resources, snapshot: false, rejections: [], inputErrors: [] });
    assert.ok(!(p instanceof Promise));
    assert.equal(p.summary.text, '+1 pod, +1 PVC, +4 DNS records, 3 pods replaced, 0 deleted');
    assert.equal(formatPlanJson(p), formatPlanJson(await plan([file('examples/clean/web.yaml')], [file('examples/upgrade/web.yaml')])));
  });

  it('takes the rejections it is given: a rejected object is planned as rejected, with that message', async () => {
    const desired = await loadAndValidate([{ path: 'web.yaml', content: stack() }], '1.36');
    const sts = desired.resources.find((r) => r.kind === 'StatefulSet')!;
    const rejection: ApiRejection = { file: 'web.yaml', document: sts.docIndex, kind: 'StatefulSet', name: sts.name, message: 'spec.replicas: Invalid value: -1 (web.yaml:9:13)' };
    const p = planObjects({ desired: desired.resources, current: null, snapshot: false, rejections: [rejection], inputErrors: [] });
    const set = p.statefulSets.find((s) => s.name === 'web')!;
    assert.equal(set.change, 'rejected');
    assert.match(set.rejection!.reason, /spec\.replicas: Invalid value: -1/);
    assert.equal(p.events.filter((e) => e.statefulSet === 'web').length, 0);
    const accepted = planObjects({ desired: desired.resources, current: null, snapshot: false, rejections: [], inputErrors: [] });
    assert.equal(accepted.statefulSets.find((s) => s.name === 'web')!.change, 'create');
  });
});
