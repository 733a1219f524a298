/**
 * The diagnostic model. Positions are 1-based lines and columns (columns count UTF-16 code
 * units, as editors and ESLint do), with `end` exclusive, plus the 0-based offset of the start.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export interface Position {
    line: number;
    column: number;
    offset: number;
}
export interface Range {
    start: Position;
    end: Position;
}
/** A path inside a parsed object: map keys and sequence indexes. */
export type Path = readonly (string | number)[];
export interface ObjectRef {
    apiVersion: string;
    kind: string;
    namespace?: string;
    name: string;
    /** 0-based index of the YAML document in its file. */
    document?: number;
}
export interface RelatedLocation {
    message: string;
    file: string;
    range: Range;
    /** As Finding.template. */
    template?: string;
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    /**
     * Which of the rule's messages (`meta.messages`) this is, as ESLint's `LintMessage.messageId`:
     * stable across wording changes, for tools that filter or count findings. Absent on an internal error.
     */
    messageId?: string;
    /** A short, concrete hint on how to fix it. */
    hint?: string;
    file: string;
    range: Range;
    /** The object the finding is about, where there is one. */
    object?: ObjectRef;
    /** Path inside the object the finding points at. */
    path?: Path;
    related?: RelatedLocation[];
    /**
     * For a document of `helm template` output: the template it was rendered from, as its
     * `# Source:` comment names it (untrusted text). `file` and `range` stay those of the rendered
     * output: the template's own lines are not known.
     */
    template?: string;
}
/**
 * An input problem: a file that could not be read or parsed, a document that is not a
 * Kubernetes object, a limit exceeded. Input problems make the run exit with code 2.
 */
export interface InputError {
    ruleId: 'input';
    severity: 'error';
    message: string;
    file: string;
    range: Range;
    /** As Finding.template. */
    template?: string;
}
/**
 * An input problem that does not stop the run: a symbolic link met while walking that leads out of
 * the paths given, and so was not followed. Reported as a warning under the "input" rule.
 */
export interface InputWarning {
    ruleId: 'input';
    severity: 'warning';
    message: string;
    file: string;
    range: Range;
    /** As Finding.template. */
    template?: string;
}
export type Diagnostic = Finding | InputError | InputWarning;
/** True for an input error (exit 2), not an input warning or a rule's finding: what ESLint calls fatal, JUnit an error. */
export declare const isInputError: (d: Diagnostic) => d is InputError;
/**
 * `obj[key] = value` as an own data property, as JSON.parse and the YAML readers make every key.
 * Plain assignment with the key "__proto__" sets the object's prototype instead: a manifest's
 * `spec: {__proto__: {replicas: 50}}` would then read as `spec.replicas` 50 (and the key vanish).
 */
export declare function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void;
/** The name of standard input as an input (`-` on the command line). */
export declare const STDIN_NAME = "<stdin>";
/** The name of a render command's output (`--render`, `--helm`, `--kustomize`); `REF:<render>` at a base. */
export declare const RENDER_NAME = "<render>";
/**
 * Whether an input name is a stream, not a file: stdin or a render command's output (at the working
 * tree or at a base revision). Reports keep such a name as it is (no path under the working
 * directory, no file URI), and commands that apply it read it from stdin (`kubectl apply -f -`).
 */
export declare const isStreamName: (name: string) => boolean;
export declare const ZERO_RANGE: Range;
/** `spec.volumeClaimTemplates[0].spec.resources` — a path as users write it. */
export declare function pathText(path: Path): string;
