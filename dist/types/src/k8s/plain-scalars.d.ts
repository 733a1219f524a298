/**
 * What a plain (unquoted, untagged) YAML scalar is to kubectl: kubectl reads manifests with go-yaml
 * v2 (through sigs.k8s.io/yaml), whose resolver (resolve.go) decides by the first character:
 * - a sign or a digit: underscores are dropped, then an integer as Go's strconv.ParseInt with base
 *   0 reads it (0x, 0o, 0b in either case, a leading 0 for octal), else one beyond int64 as
 *   ParseUint, else a float if it has the form [-+]?(.D+|D+(.D*)?)([eE][-+]?D+)? and is finite,
 *   else an integer beyond uint64 (no sign) as math/big reads it, else a string. (A date-like
 *   scalar, 2001-12-14, is a timestamp that decoding into JSON keeps as its string.)
 * - a dot: a float as strconv.ParseFloat reads the scalar as written (underscores only between
 *   digits), or one of .inf .Inf .INF .nan .NaN .NAN, else a string
 * - one of yYnNtTfFoO~ or nothing: only the exact words y Y yes Yes YES true True TRUE on On ON
 *   (true), n N no No NO false False FALSE off Off OFF (false), ~ null Null NULL and the empty
 *   scalar (null), and +.inf -.inf in three cases each; anything else is a string
 * - any other first character: a string.
 * No sexagesimal numbers (1:30), no E0 or .e2 floats: both stay strings.
 */
export type PlainScalar = {
    tag: 'null';
    value: null;
} | {
    tag: 'bool';
    value: boolean;
} | {
    tag: 'int' | 'float';
    value: number;
};
/** The value kubectl gives a plain scalar, or null when it stays a string. */
export declare function plainScalar(source: string): PlainScalar | null;
/** Whether go-yaml takes `scalar` as a value of the tag `name`: an explicit !!float takes an integer too. */
export declare function kubectlTakes(name: PlainScalar['tag'], scalar: PlainScalar | null): boolean;
