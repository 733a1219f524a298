/** Manifests and helpers for planner tests. */
import { type PlanOptions } from '../../src/plan/plan.js';
import { plan, type CurrentState } from '../../src/plan/prepare.js';
import type { Plan, PlanEvent } from '../../src/plan/types.js';
import { readFileSync } from 'node:fs';
import { repoPath } from './paths.js';

/** A manifest of the worked example (test/fixtures/plan/NAME.yaml). */
export const example = (n: string): string => readFileSync(repoPath(`test/fixtures/plan/${n}.yaml`), 'utf8');

/** The worked example's steps: golden plan name, the manifest planned from (none: a fresh cluster), the manifest planned. */
export const WORKED_EXAMPLE: readonly (readonly [string, string | null, string])[] = [
  ['1-create', null, 'web-1-create'],
  ['2-scale-up', 'web-1-create', 'web-2-scale-up'],
  ['3-scale-down', 'web-2-scale-up', 'web-3-scale-down'],
  ['4-update', 'web-3-scale-down', 'web-4-update'],
];

export interface WebOptions {
  name?: string;
  replicas?: number;
  image?: string;
  policy?: 'OrderedReady' | 'Parallel';
  strategy?: 'RollingUpdate' | 'OnDelete';
  partition?: number;
  maxUnavailable?: number | string;
  start?: number;
  whenScaled?: 'Retain' | 'Delete';
  whenDeleted?: 'Retain' | 'Delete';
  storageClass?: string;
  storage?: string;
  serviceName?: string;
  minReadySeconds?: number;
  /** A zone the pod template requires (nodeSelector topology.kubernetes.io/zone). */
  zone?: string;
}

/** StatefulSet `web` of the spec's worked example (§14), with variations. */
export function web(o: WebOptions = {}): string {
  const lines = [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    `  name: ${o.name ?? 'web'}`,
    'spec:',
    `  serviceName: ${o.serviceName ?? 'nginx'}`,
    `  replicas: ${o.replicas ?? 2}`,
  ];
  if (o.policy) lines.push(`  podManagementPolicy: ${o.policy}`);
  if (o.start !== undefined) lines.push('  ordinals:', `    start: ${o.start}`);
  if (o.minReadySeconds !== undefined) lines.push(`  minReadySeconds: ${o.minReadySeconds}`);
  if (o.strategy || o.partition !== undefined || o.maxUnavailable !== undefined) {
    lines.push('  updateStrategy:', `    type: ${o.strategy ?? 'RollingUpdate'}`);
    if (o.partition !== undefined || o.maxUnavailable !== undefined) {
      lines.push('    rollingUpdate:');
      if (o.partition !== undefined) lines.push(`      partition: ${o.partition}`);
      if (o.maxUnavailable !== undefined) lines.push(`      maxUnavailable: ${JSON.stringify(o.maxUnavailable)}`);
    }
  }
  if (o.whenScaled || o.whenDeleted) {
    lines.push('  persistentVolumeClaimRetentionPolicy:', `    whenScaled: ${o.whenScaled ?? 'Retain'}`, `    whenDeleted: ${o.whenDeleted ?? 'Retain'}`);
  }
  lines.push(
    '  selector:',
    '    matchLabels:',
    '      app: nginx',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: nginx',
    '    spec:',
    ...(o.zone ? ['      nodeSelector:', `        topology.kubernetes.io/zone: ${o.zone}`] : []),
    '      containers:',
    '      - name: nginx',
    `        image: ${o.image ?? 'nginx:1.27'}`,
    '        ports:',
    '        - containerPort: 80',
    '          name: web',
    '        volumeMounts:',
    '        - name: www',
    '          mountPath: /usr/share/nginx/html',
    '  volumeClaimTemplates:',
    '  - metadata:',
    '      name: www',
    '    spec:',
    '      accessModes: [ReadWriteOnce]',
  );
  if (o.storageClass !== undefined) lines.push(`      storageClassName: ${o.storageClass}`);
  lines.push('      resources:', '        requests:', `          storage: ${o.storage ?? '1Gi'}`);
  return lines.join('\n') + '\n';
}

export function service(o: { name?: string; headless?: boolean; publishNotReady?: boolean; portName?: string | null } = {}): string {
  const lines = ['apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${o.name ?? 'nginx'}`, 'spec:'];
  if (o.headless ?? true) lines.push('  clusterIP: None');
  if (o.publishNotReady) lines.push('  publishNotReadyAddresses: true');
  lines.push('  selector:', '    app: nginx', '  ports:', o.portName === null ? '  - port: 80' : `  - name: ${o.portName ?? 'web'}`, o.portName === null ? '' : '    port: 80');
  return lines.filter(Boolean).join('\n') + '\n';
}

export function storageClass(o: { name?: string; mode?: 'Immediate' | 'WaitForFirstConsumer'; isDefault?: boolean; expansion?: boolean } = {}): string {
  const lines = ['apiVersion: storage.k8s.io/v1', 'kind: StorageClass', 'metadata:', `  name: ${o.name ?? 'standard'}`];
  if (o.isDefault ?? true) lines.push('  annotations:', '    storageclass.kubernetes.io/is-default-class: "true"');
  lines.push('provisioner: rancher.io/local-path', `volumeBindingMode: ${o.mode ?? 'WaitForFirstConsumer'}`);
  if (o.expansion) lines.push('allowVolumeExpansion: true');
  return lines.join('\n') + '\n';
}

export const docs = (...parts: string[]): string => parts.join('---\n');

/** The example with the Service and the StorageClass. */
export const stack = (o: WebOptions = {}): string => docs(service(), storageClass(), web(o));

export async function planOf(current: string | null | { snapshot: string }, desired: string, options: PlanOptions = {}): Promise<Plan> {
  let cur: CurrentState = null;
  if (typeof current === 'string') cur = [{ path: 'before.yaml', content: current }];
  else if (current) cur = { snapshot: [{ path: 'state.yaml', content: current.snapshot }] };
  return plan(cur, [{ path: 'web.yaml', content: desired }], options);
}

/** `step action kind name[ type]`, one per event. */
export function lines(p: Plan, filter: (e: PlanEvent) => boolean = () => true): string[] {
  return p.events.filter(filter).map((e) => `${e.step} ${e.action} ${e.kind} ${e.name}${e.type ? ` ${e.type}` : ''}`);
}

/** Pod and PVC creations and deletions only, without steps. */
export function podOps(p: Plan): string[] {
  return p.events.filter((e) => e.kind !== 'DNSRecord' && ['create', 'delete'].includes(e.action)).map((e) => `${e.action} ${e.kind === 'Pod' ? 'pod' : 'pvc'} ${e.name}`);
}
