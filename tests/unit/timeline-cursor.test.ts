import { decodeTimelineCursor, encodeTimelineCursor } from '../../server/src/domain/timeline-cursor';

describe('timeline keyset cursor', () => {
  it('round-trips the position of the last event shown', () => {
    const position = { occurredAt: new Date('2026-11-22T10:15:30.123Z'), id: 4242 };
    const text = encodeTimelineCursor(position);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTimelineCursor(text)).toEqual(position);
  });

  it('refuses text it did not make', () => {
    for (const text of [
      'abc',
      Buffer.from('2026-11-22|x').toString('base64url'),
      Buffer.from("1' or 1=1 --").toString('base64url'),
    ]) {
      expect(decodeTimelineCursor(text)).toBeNull();
    }
  });
});
