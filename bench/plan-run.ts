/**
 * One planner measurement in its own process (so that a slow size can be stopped by a timeout and
 * sizes do not share a heap): `node plan-run.js SCENARIO REPLICAS RUNS` prints JSON timings.
 *   scale-up        an existing StatefulSet at replicas: 0 scaled to REPLICAS
 *   rolling-update  REPLICAS pods at image v1 updated to v2 (OrderedReady, one pod at a time)
 */
import { plan } from '../src/index.js';
import { formatPlanText } from '../src/plan/render/text.js';

function stack(replicas: number, image: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - name: web
    port: 80
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: pd.csi.storage.gke.io
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: ${replicas}
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: ${image}
        volumeMounts:
        - name: www
          mountPath: /data
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ReadWriteOnce]
      storageClassName: fast
      resources:
        requests:
          storage: 1Gi
`;
}

const [scenario, replicasArg, runsArg] = process.argv.slice(2);
const replicas = Number(replicasArg);
const runs = Number(runsArg ?? 3);
const [before, after] =
  scenario === 'scale-up' ? [stack(0, 'nginx:1.27'), stack(replicas, 'nginx:1.27')] : scenario === 'rolling-update' ? [stack(replicas, 'nginx:1.27'), stack(replicas, 'nginx:1.28')] : [null, null];
if (before === null || after === null || !Number.isInteger(replicas)) {
  process.stderr.write('usage: plan-run.js scale-up|rolling-update REPLICAS [RUNS]\n');
  process.exit(2);
}

const planMs: number[] = [];
const renderMs: number[] = [];
let events = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const result = await plan({ manifests: [{ path: 'before.yaml', content: before }] }, [{ path: 'after.yaml', content: after }]);
  const t1 = performance.now();
  formatPlanText(result);
  const t2 = performance.now();
  planMs.push(t1 - t0);
  renderMs.push(t2 - t1);
  // Events of runs (huge sets, summarised) count too.
  events = result.events.length + (result.runs ?? []).reduce((n, r) => n + r.events, 0);
  if (!result.ok) throw new Error(`the ${scenario} plan of ${replicas} replicas is not ok`);
}
process.stdout.write(JSON.stringify({ scenario, replicas, events, planMs, renderMs }) + '\n');
