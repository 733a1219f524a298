interface Env {
    [name: string]: string | undefined;
}
export interface ActionResult {
    exitCode: number;
}
export declare function runAction(env: Env, io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
}): ActionResult;
export {};
