/**
 * A generated corpus for the benchmark: FILES files of DOCS_PER_FILE documents each, the mix a
 * monorepo of stateful services holds (StatefulSets with their headless and client Services,
 * PodDisruptionBudgets, ConfigMaps and the StorageClasses they use). The manifests are valid and
 * lint clean, as most of a healthy monorepo is: the run measures reading and checking, not the
 * placing of findings. Deterministic: the same seed gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedCorpus {
  dir: string;
  files: number;
  documents: number;
  bytes: number;
}

/** mulberry32: a small seeded generator, so that every run lints the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = ['postgres:16.4', 'redis:7.4-alpine', 'bitnami/kafka:3.8', 'mongo:7.0', 'elasticsearch:8.15.0', 'cassandra:5.0', 'registry.k8s.io/etcd:3.5.15-0', 'zookeeper:3.9'];
const PROVISIONERS = ['ebs.csi.aws.com', 'pd.csi.storage.gke.io', 'disk.csi.azure.com', 'rancher.io/local-path'];

function app(rnd: () => number, file: number, i: number): string[] {
  const name = `svc${file}-${i}`;
  const ns = `team-${file % 40}`;
  const image = IMAGES[Math.floor(rnd() * IMAGES.length)]!;
  const port = 5000 + Math.floor(rnd() * 4000);
  const replicas = 1 + Math.floor(rnd() * 5);
  const size = 1 + Math.floor(rnd() * 200);
  const memory = 128 * (1 + Math.floor(rnd() * 16));
  const env = Array.from({ length: 2 + Math.floor(rnd() * 6) }, (_, k) => `        - name: SETTING_${k}\n          value: "${Math.floor(rnd() * 1e6)}"`).join('\n');
  const labels = `app.kubernetes.io/name: ${name}\n        app.kubernetes.io/part-of: platform-${file % 17}`;
  const sts = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  serviceName: ${name}-headless
  replicas: ${replicas}
  podManagementPolicy: ${rnd() < 0.3 ? 'Parallel' : 'OrderedReady'}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        ${labels}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "${port}"
    spec:
      serviceAccountName: ${name}
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm:
              topologyKey: kubernetes.io/hostname
              labelSelector:
                matchLabels:
                  app.kubernetes.io/name: ${name}
      terminationGracePeriodSeconds: ${30 + Math.floor(rnd() * 90)}
      securityContext:
        runAsNonRoot: true
        fsGroup: 1000
      containers:
      - name: main
        image: ${image}
        imagePullPolicy: IfNotPresent
        args: ["--port=${port}", "--data-dir=/var/lib/data", "--log-level=info"]
        ports:
        - name: client
          containerPort: ${port}
        - name: metrics
          containerPort: ${port + 1}
        env:
${env}
        resources:
          requests:
            cpu: ${100 + Math.floor(rnd() * 900)}m
            memory: ${memory}Mi
          limits:
            memory: ${memory * 2}Mi
        readinessProbe:
          tcpSocket:
            port: client
          initialDelaySeconds: 5
          periodSeconds: 10
        volumeMounts:
        - name: data
          mountPath: /var/lib/data
        - name: config
          mountPath: /etc/${name}
      volumes:
      - name: config
        configMap:
          name: ${name}-config
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      storageClassName: fast-${file % 4}
      resources:
        requests:
          storage: ${size}Gi`;
  const headless = `apiVersion: v1
kind: Service
metadata:
  name: ${name}-headless
  namespace: ${ns}
spec:
  clusterIP: None
  publishNotReadyAddresses: ${rnd() < 0.5}
  selector:
    app.kubernetes.io/name: ${name}
  ports:
  - name: client
    port: ${port}
    targetPort: client`;
  const client = `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${name}
  ports:
  - name: client
    port: ${port}
    targetPort: client
  - name: metrics
    port: ${port + 1}
    targetPort: metrics`;
  const pdb = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}`;
  const config = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: ${ns}
data:
  settings.conf: |
    listen = 0.0.0.0:${port}
    data_dir = /var/lib/data
    max_connections = ${Math.floor(rnd() * 1000)}
    log_format = json`;
  return [sts, headless, client, pdb, config];
}

function file(rnd: () => number, n: number, docsPerFile: number): string {
  const docs: string[] = [];
  for (let i = 0; docs.length < docsPerFile; i++) docs.push(...app(rnd, n, i));
  docs.length = docsPerFile;
  if (n % 50 === 0) {
    docs[docsPerFile - 1] = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-${(n / 50) % 4}
provisioner: ${PROVISIONERS[n % PROVISIONERS.length]}
volumeBindingMode: WaitForFirstConsumer
allowVolumeExpansion: true
reclaimPolicy: Retain`;
  }
  return `# generated by bench/generate.ts: file ${n}\n${docs.join('\n---\n')}\n`;
}

/** Writes the corpus under `dir` (replacing what is there) unless it is already complete. */
export function generateCorpus(dir: string, files = 2000, docsPerFile = 10, seed = 42): GeneratedCorpus {
  const rnd = random(seed);
  const contents = Array.from({ length: files }, (_, n) => file(rnd, n, docsPerFile));
  // Named by what it holds, so that a change to the generator writes the corpus again.
  const hash = createHash('sha256');
  for (const c of contents) hash.update(c);
  hash.update('layout 2: StorageClass files at the top');
  const stamp = join(dir, `.complete-${hash.digest('hex').slice(0, 16)}`);
  const bytes = contents.reduce((sum, c) => sum + Buffer.byteLength(c), 0);
  if (!existsSync(stamp)) {
    if (existsSync(dir)) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
    contents.forEach((c, n) => {
      // The files that hold the cluster's StorageClasses sit at the top, where every team's
      // claims reach them (a reference resolves in its directory and above, not in a sibling's).
      const sub = n % 50 === 0 ? dir : join(dir, `team-${n % 40}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `app-${n}.yaml`), c);
    });
    writeFileSync(stamp, '');
  }
  return { dir, files, documents: files * docsPerFile, bytes };
}
