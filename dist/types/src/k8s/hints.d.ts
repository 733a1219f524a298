/**
 * Fix hints for the API server's own messages (`field: Required value`, `field: Unsupported value:
 * "x": supported values: ...`, `field: Invalid value: ...: detail`, `field: Forbidden: ...`), for
 * findings whose rule has no more specific advice: every finding says how to fix it.
 */
export declare function apiHint(message: string): string | undefined;
/**
 * The hint of a validation problem, from its own API message: a rule that wraps the message in its
 * context ("(… FailedCreate)") takes the hint first, so the fix does not repeat that context.
 */
export declare function hintOf(p: {
    message: string;
    hint?: string;
}): string | undefined;
