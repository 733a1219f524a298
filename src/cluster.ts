/** Resolves `--cluster NAME|FILE` into a cluster profile. */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { StorageClass } from 'kubernetes-types/storage/v1.js';
import { loadSource } from './loader.js';
import { BUILTIN_PROFILES, builtinProfile, profileFromStorageClasses, type ClusterProfile } from './k8s/profiles.js';
import { DEFAULT_VERSION, parseKubeVersion } from './k8s/versions.js';

/** A profile from file contents: every StorageClass in it (a List from kubectl works). */
export function profileFromContent(name: string, content: string | Uint8Array): ClusterProfile | string {
  const loaded = loadSource(name, content);
  if (loaded.errors.length) return `cluster profile ${name}: ${loaded.errors[0]!.message}`;
  const classes = loaded.resources.filter((r) => r.kind === 'StorageClass').map((r) => r.object as unknown as StorageClass);
  if (classes.length === 0) return `cluster profile ${name}: no StorageClass found (expected e.g. the output of kubectl get storageclass -o yaml)`;
  return profileFromStorageClasses(basename(name), classes);
}

export function resolveCluster(arg: string, cwd: string, kubeVersion: string | undefined): ClusterProfile | string {
  const v = parseKubeVersion(kubeVersion ?? DEFAULT_VERSION);
  const minor = typeof v === 'string' ? 36 : v.minor;
  const builtin = builtinProfile(arg, minor);
  if (builtin) return builtin;
  const path = resolve(cwd, arg);
  let content: Uint8Array;
  try {
    content = readFileSync(path);
  } catch {
    return `--cluster "${arg}": not a built-in profile (${BUILTIN_PROFILES.join(', ')}) and no such file`;
  }
  return profileFromContent(arg, content);
}
