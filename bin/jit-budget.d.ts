export function jitFlags(command: string | undefined, nodeVersion?: string): string | undefined;
export function trimJit(command: string | undefined): string | undefined;
