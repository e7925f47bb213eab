import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContactChanges } from '../../server/src/db/repositories/contacts.repository';

/**
 * One lifecycle: a contact's state is written (created or moved) only by the lifecycle repository.
 * Its `changeContact` writes the other columns and is typed so it cannot take a state.
 */
const serverSrc = path.resolve(__dirname, '../../server/src');
const LIFECYCLE = path.join('db', 'repositories', 'contact-lifecycle.repository.ts');
const OTHER_COLUMNS = path.join('db', 'repositories', 'contacts.repository.ts');
// Demo data is bulk-loaded history, not a contact living through the lifecycle.
const SEED = `seed${path.sep}`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return entry.endsWith('.ts') ? [full] : [];
  });
}

const WRITES = [
  /\.insert\(\s*contacts\s*\)/,
  /\.update\(\s*contacts\s*\)/,
  /\bupdate\s+contacts\b/i,
  /\binsert\s+into\s+contacts\b/i,
];

describe('contact state writes', () => {
  it('happen in the lifecycle repository only', () => {
    const writers = sourceFiles(serverSrc)
      .map((file) => path.relative(serverSrc, file))
      .filter((file) => !file.startsWith(SEED))
      .filter((file) => WRITES.some((pattern) => pattern.test(readFileSync(path.join(serverSrc, file), 'utf8'))));
    expect(writers).toEqual([LIFECYCLE]);
  });

  it('leave changeContact (the other columns) unable to take a state', () => {
    // Checked by the type checker (`npm test` runs tsc): a state is not a column to change.
    // @ts-expect-error the state moves only through transitionContact
    const refused: ContactChanges = { state: 'closed' };
    void refused;
    expect(readFileSync(path.join(serverSrc, OTHER_COLUMNS), 'utf8')).not.toMatch(
      /\.(insert|update)\(\s*contacts\s*\)/,
    );
  });
});
