import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * DOMPurify's 223 HTML attack inputs, read where they are (../shared/fixtures, see its README):
 * the file is an ES module exporting one array literal, JSON but for a trailing comma.
 */
export function xssPayloads(): string[] {
  const file = path.resolve(__dirname, '../../../shared/fixtures/xss/dompurify/expect.mjs');
  const literal = readFileSync(file, 'utf8')
    .replace(/^\s*export default\s*/, '')
    .trim()
    .replace(/;\s*$/, '')
    .replace(/,\s*\]$/, ']');
  return (JSON.parse(literal) as { payload: string }[]).map((item) => item.payload);
}
