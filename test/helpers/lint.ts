import { lint, type LintInput, type LintOptions } from '../../src/lint/engine.js';
import type { Finding } from '../../src/types.js';
import { builtinProfile } from '../../src/k8s/profiles.js';
import { profileFromContent } from '../../src/cli/cluster.js';

export interface FixtureOptions {
  kubeVersion?: string;
  cluster?: string;
  clusterYaml?: string;
  featureGates?: Record<string, boolean>;
  /** Earlier state, for rules that compare against it. */
  base?: string;
  context?: string;
  /** Lint the text under this path instead of test.yaml. */
  file?: string;
}

export function lintOptions(o: FixtureOptions): LintOptions {
  const options: LintOptions = {};
  if (o.kubeVersion) options.kubeVersion = o.kubeVersion;
  if (o.featureGates) options.featureGates = o.featureGates;
  if (o.cluster) options.cluster = builtinProfile(o.cluster, Number((o.kubeVersion ?? '1.36').split('.')[1]))!;
  if (o.clusterYaml) {
    const p = profileFromContent('cluster.yaml', o.clusterYaml);
    if (typeof p === 'string') throw new Error(p);
    options.cluster = p;
  }
  if (o.base !== undefined) options.base = [{ path: 'base.yaml', content: o.base }];
  return options;
}

/** Lints one YAML text and returns the findings of one rule (or all). */
export async function lintText(text: string, o: FixtureOptions = {}, ruleId?: string, path = 'test.yaml'): Promise<Finding[]> {
  const inputs: LintInput[] = [{ path: o.file ?? path, content: text }];
  // Shared context, as --context gives it, in a directory of its own (like a base of an overlay).
  if (o.context) inputs.push({ path: 'context/context.yaml', content: o.context, reportable: false, shared: true });
  const report = await lint(inputs, lintOptions(o));
  const all = report.files.flatMap((f) => f.diagnostics) as Finding[];
  return ruleId ? all.filter((d) => d.ruleId === ruleId) : all;
}
