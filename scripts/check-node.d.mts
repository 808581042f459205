// Types of check-node.mjs, which stays plain JavaScript so that it runs on any Node.
export declare function satisfies(version: string, range: string): boolean
export declare function unsupportedMessage(version: string, range: string): string | undefined
