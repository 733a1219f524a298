/** Built-in cluster profiles: each is consistent with itself and says what its platform's docs say (src/k8s/profiles.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, repoPath } from './helpers/paths.js';
import { BUILTIN_PROFILES, builtinProfile, type ClusterProfile } from '../src/k8s/profiles.js';
import { resolveCluster } from '../src/cli/cluster.js';

const MINORS = [29, 30, 31, 32, 33, 34, 35, 36];

function profile(name: string, minor = 36): ClusterProfile {
  const p = builtinProfile(name, minor);
  assert.ok(p, name);
  return p;
}

describe('built-in cluster profiles', () => {
  for (const name of BUILTIN_PROFILES) {
    it(`${name}: resolves by name, has at most one default class, and runs the provisioner of every class it lists`, () => {
      const resolved = resolveCluster(name, '/nonexistent', undefined);
      assert.ok(typeof resolved !== 'string', String(resolved));
      assert.equal(resolved.name, name);
      for (const minor of MINORS) {
        const p = profile(name, minor);
        const names = p.storageClasses.map((c) => c.name);
        assert.deepEqual(names, [...new Set(names)], 'class names are unique');
        assert.ok(p.storageClasses.filter((c) => c.isDefault).length <= 1, `${name} 1.${minor}: one default at most`);
        for (const c of p.storageClasses) assert.ok(p.provisioners.includes(c.provisioner), `${name} 1.${minor}: ${c.name} uses ${c.provisioner}, which the profile does not run`);
        assert.ok(p.provisioners.includes('kubernetes.io/no-provisioner'));
      }
    });
  }

  it('eks and eks-auto provision EBS through different drivers, and neither runs the other one', () => {
    const eks = profile('eks');
    const auto = profile('eks-auto');
    assert.ok(eks.provisioners.includes('ebs.csi.aws.com'));
    assert.ok(!eks.provisioners.includes('ebs.csi.eks.amazonaws.com'));
    assert.ok(auto.provisioners.includes('ebs.csi.eks.amazonaws.com'));
    assert.ok(!auto.provisioners.includes('ebs.csi.aws.com'));
    assert.ok(!eks.provisioners.includes('efs.csi.aws.com') && !eks.provisioners.includes('fsx.csi.aws.com'), 'EFS and FSx are add-ons a new cluster lacks');
  });

  it('eks marks gp2 default only for clusters created before 1.30; eks-auto creates no class at all', () => {
    for (const minor of MINORS) {
      const gp2 = profile('eks', minor).storageClasses.find((c) => c.name === 'gp2');
      assert.ok(gp2);
      assert.equal(gp2.isDefault, minor < 30, `1.${minor}`);
      assert.deepEqual(profile('eks-auto', minor).storageClasses, []);
    }
  });

  it('gke names kube-dns; gke-autopilot (Cloud DNS) names no DNS server; both have the same classes and no Filestore', () => {
    assert.equal(profile('gke').dns, 'kube-dns');
    assert.equal(profile('gke-autopilot').dns, undefined);
    assert.deepEqual(profile('gke-autopilot').storageClasses, profile('gke').storageClasses);
    assert.deepEqual(profile('gke').storageClasses.filter((c) => c.isDefault).map((c) => c.name), ['standard-rwo']);
    for (const p of [profile('gke'), profile('gke-autopilot')]) assert.ok(!p.provisioners.includes('filestore.csi.storage.gke.io'));
  });
});

describe('built-in cluster profiles: AKS', () => {
  it('has the CSI classes with default as the default, managed-csi-premium-v2 from 1.35, and no in-tree-era names', () => {
    const names = (minor: number) => profile('aks', minor).storageClasses.map((c) => c.name);
    assert.deepEqual(names(34), ['default', 'managed-csi', 'managed-csi-premium', 'azurefile-csi', 'azurefile-csi-premium']);
    assert.deepEqual(names(35), ['default', 'managed-csi', 'managed-csi-premium', 'managed-csi-premium-v2', 'azurefile-csi', 'azurefile-csi-premium']);
    assert.deepEqual(profile('aks').storageClasses.filter((c) => c.isDefault).map((c) => c.name), ['default']);
    assert.equal(profile('aks').dns, 'coredns');
    // CSI migration still serves classes that name the in-tree provisioners.
    for (const p of ['kubernetes.io/azure-disk', 'kubernetes.io/azure-file']) assert.ok(profile('aks').provisioners.includes(p), p);
  });
});

describe('built-in cluster profiles: kind and minikube', () => {
  it('have the one default class their storage manifests create, and CoreDNS', () => {
    assert.deepEqual(profile('kind').storageClasses, [{ name: 'standard', provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer', allowVolumeExpansion: false, isDefault: true }]);
    assert.deepEqual(profile('minikube').storageClasses, [{ name: 'standard', provisioner: 'k8s.io/minikube-hostpath', volumeBindingMode: 'Immediate', allowVolumeExpansion: false, isDefault: true }]);
    assert.equal(profile('kind').dns, 'coredns');
    assert.equal(profile('minikube').dns, 'coredns');
  });
});

describe('built-in cluster profiles: documentation', () => {
  it('the README, lint --help and action.yml name every built-in profile, and the README has a row for each', () => {
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    const option = readme.split('\n').find((l) => l.startsWith('| `--cluster NAME'));
    const rows = readme.slice(readme.indexOf('### Cluster profiles'), readme.indexOf('### Exit codes')).split('\n').filter((l) => l.startsWith('| `'));
    const help = spawnSync(process.execPath, [CLI, 'lint', '--help'], { encoding: 'utf8' }).stdout;
    const action = readFileSync(repoPath('action.yml'), 'utf8');
    for (const name of BUILTIN_PROFILES) {
      assert.ok(option?.includes(`\`${name}\``), `README --cluster row: ${name}`);
      assert.ok(rows.some((r) => r.split('|')[1]!.includes(`\`${name}\``)), `README profile table: ${name}`);
      assert.match(help, new RegExp(`[ ,]${name}[,\\n]`), `--help: ${name}`);
      assert.match(action, new RegExp(`[ (]${name}[,)]`), `action.yml: ${name}`);
    }
  });
});
