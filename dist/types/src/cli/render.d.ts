import type { LintInput } from '../lint/engine.js';
import type { TemplateResolver } from '../load/helm-source.js';
/** A render that could not be done: a missing tool, a failing command, a time-out. Exit 2, no stack trace. */
export declare class RenderError extends Error {
    name: string;
}
/** Default --render-timeout, seconds: long enough for `helm template` of a chart with dependencies. */
export declare const DEFAULT_RENDER_TIMEOUT = 120;
/** What to run: a shell line (--render) or an argv (the shorthands), and how to name it in messages. */
export interface RenderSpec {
    /** The option that asked for it, for messages: `--render`, `--helm`, `--kustomize`. */
    option: string;
    /** `sh -c` this line (--render). */
    shell?: string;
    /** Or this argv, without a shell (--helm, --kustomize). */
    argv?: string[];
    /** The command as shown to the user (a shell line, arguments quoted). */
    display: string;
    /** The directory the shorthand renders (the chart, the kustomization), as given: when it is missing at the base, the base is empty. */
    target?: string;
    /** --helm: the chart directory, for `# Source:` paths (as --helm-chart-dir). */
    chartDir?: string;
    /** --kustomize: the kustomization directory, which `config.kubernetes.io/origin` paths are relative to. */
    kustomizeDir?: string;
}
export interface RenderRequest {
    render?: string;
    helm?: string;
    values?: string[];
    helmRelease?: string;
    kustomize?: string;
}
/** The first `name` on PATH that is an executable file, or undefined. */
export declare function onPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
/**
 * The command to run for the options given, or undefined when none asks for a render. Only one
 * of --render, --helm, --kustomize; --values and --helm-release only with --helm. The tool of a
 * shorthand must be on PATH.
 */
export declare function renderSpec(req: RenderRequest, env?: NodeJS.ProcessEnv): RenderSpec | undefined;
export interface RenderOptions {
    cwd: string;
    timeoutSeconds: number;
    maxBytes: number;
    env?: NodeJS.ProcessEnv;
}
/** The rendered output in the working tree, as the input `<render>`. */
export declare function renderHead(spec: RenderSpec, o: RenderOptions): Promise<LintInput>;
/**
 * The rendered output at revision `ref`, as the input `REF:<render>`, or an empty list when the
 * shorthand's directory did not exist at `ref` (a chart or overlay the change adds: planned from
 * nothing). `note` receives what the user should know (that the base was empty).
 */
export declare function renderBase(spec: RenderSpec, ref: string, o: RenderOptions, note: (s: string) => void): Promise<LintInput[]>;
/**
 * Maps a kustomize origin path (`config.kubernetes.io/origin`, relative to the kustomization
 * directory `kustomizeDir`, see src/load/helm-source.ts) onto a file of the repository, relative to
 * `root`: only a regular file inside root once symbolic links are followed; anything else goes to
 * `fallback` (a Helm template's `# Source:`).
 */
export declare function originResolver(root: string, kustomizeDir: string, fallback: TemplateResolver): TemplateResolver;
