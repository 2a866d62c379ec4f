/** Types for the plain-JavaScript `bin/env_bootstrap.js`, so TypeScript callers are checked. */
export declare function ensureEnvFile(exampleFile: URL | string, envFile: URL | string): boolean
