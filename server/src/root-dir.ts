import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder, found from this file's own place rather than from process.cwd(), so the
 * server and the tests work whatever folder they are started from. `import.meta.url` is the one
 * form both runtimes accept: tsx runs the server as ESM, where it is native, and SWC compiles the
 * tests to CommonJS, where it rewrites it to the file URL of `__filename`.
 */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
