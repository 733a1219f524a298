/**
 * The file a kustomize `config.kubernetes.io/origin` annotation names, read from rendered output
 * as `# Source:` is (src/load/helm-source.ts), as `kubectl kustomize` writes it with
 * `buildMetadata: [originAnnotations]`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { helmDocuments, templateAtOffset } from '../src/load/helm-source.js';

const sts = (annotations: string): string => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n${annotations}  name: web\nspec:\n  replicas: 3\n`;

describe('kustomize origin annotations', () => {
  it('names the path of each document, relative to the kustomization directory as kustomize wrote it', () => {
    const text = [
      sts('  annotations:\n    config.kubernetes.io/origin: |\n      path: ../base/statefulset.yaml\n'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    a: b\n    config.kubernetes.io/origin: |\n      path: service.yaml\n  name: web\n',
    ].join('---\n');
    const docs = helmDocuments(text);
    assert.deepEqual(
      docs.map((d) => d.template),
      ['../base/statefulset.yaml', 'service.yaml'],
    );
    assert.equal(templateAtOffset(docs, text.indexOf('replicas')), '../base/statefulset.yaml');
    assert.equal(templateAtOffset(docs, text.indexOf('kind: Service')), 'service.yaml');
  });

  it('a remote resource is REPO//PATH?ref=REF, as kustomize spells a remote resource', () => {
    const text = sts('  annotations:\n    config.kubernetes.io/origin: |\n      path: examples/sts.yaml\n      repo: https://github.com/org/repo\n      ref: v1.2.0\n');
    assert.deepEqual(
      helmDocuments(text).map((d) => d.template),
      ['https://github.com/org/repo//examples/sts.yaml?ref=v1.2.0'],
    );
  });

  it("only the object's own metadata.annotations count: not a pod template's, not a value that looks like one", () => {
    const podTemplate = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n        config.kubernetes.io/origin: |\n          path: forged.yaml\n';
    const inData = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  config.kubernetes.io/origin: |\n    path: forged.yaml\n';
    const label = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    config.kubernetes.io/origin: |\n      path: forged.yaml\n  name: c\n';
    for (const text of [podTemplate, inData, label]) assert.deepEqual(helmDocuments(text), [], text);
  });

  it("Helm's # Source: comes first when a document has both; a file with neither has no templates", () => {
    const both = `---\n# Source: web/templates/sts.yaml\n${sts('  annotations:\n    config.kubernetes.io/origin: |\n      path: sts.yaml\n')}`;
    assert.deepEqual(
      helmDocuments(both).map((d) => d.template),
      ['web/templates/sts.yaml'],
    );
    assert.deepEqual(helmDocuments(sts('')), []);
  });

  it('a quoted path is read as its value; a path that is no one-line scalar names nothing', () => {
    const quoted = sts(`  annotations:\n    config.kubernetes.io/origin: |\n      path: "base/my app.yaml"\n`);
    assert.deepEqual(
      helmDocuments(quoted).map((d) => d.template),
      ['base/my app.yaml'],
    );
    const flow = sts('  annotations:\n    config.kubernetes.io/origin: |\n      path: [a, b]\n');
    assert.deepEqual(helmDocuments(flow), []);
  });
});
