/** A worker thread of src/load/parallel.ts: loads and validates its share of the inputs. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInputs } from './input.js';
import { toWire, type WorkerResult, type WorkerTask } from './parallel.js';
import { loadValidators } from './schema.js';

const task = workerData as WorkerTask;
let result: WorkerResult;
try {
  const validators = await loadValidators(task.kubeVersion);
  result = toWire(loadInputs(task.inputs, validators, task.limits));
} catch (e) {
  result = { error: (e as Error).message ?? String(e) };
}
parentPort!.postMessage(result);
