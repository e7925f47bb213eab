import os from 'node:os';
import { xssPayloads } from '../support/xss-corpus';

describe('the XSS corpus loader', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('finds ../shared/fixtures from the repository, whatever the working directory', () => {
    const fromRoot = xssPayloads();
    process.chdir(os.tmpdir());
    const fromElsewhere = xssPayloads();
    expect(fromRoot).toHaveLength(223);
    expect(fromElsewhere).toEqual(fromRoot);
    expect(fromRoot).toContain("<img src=x id/=' onerror=alert(1)//'>");
  });
});
