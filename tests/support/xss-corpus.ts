import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * DOMPurify's 223 HTML attack inputs, read where they are: ../shared/fixtures beside the
 * repository (see its README), found from this file so any working directory will do. The file is
 * an ES module exporting one array literal, JSON but for its trailing comma; only that last comma
 * is removed, so no payload is ever rewritten.
 */
const CORPUS = path.resolve(__dirname, '../../../shared/fixtures/xss/dompurify/expect.mjs');

export function xssPayloads(): string[] {
  const literal = readFileSync(CORPUS, 'utf8')
    .replace(/^\s*export default\s*/, '')
    .trim()
    .replace(/;\s*$/, '')
    .replace(/,\s*\]$/, ']');
  return (JSON.parse(literal) as { payload: string }[]).map((item) => item.payload);
}
