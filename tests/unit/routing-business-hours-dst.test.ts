import { isOpen, nextOpening, parseBusinessHours } from '../../server/src/domain/routing/business-hours';

/*
 * More daylight-saving edges beside routing-business-hours.test.ts, in Paris and New York.
 * 2026 in Paris: 02:00 CET -> 03:00 CEST on Sunday 29 March (01:00Z), 03:00 CEST -> 02:00 CET on
 * Sunday 25 October (01:00Z). In New York: 02:00 EST -> 03:00 EDT on Sunday 8 March (07:00Z),
 * 02:00 EDT -> 01:00 EST on Sunday 1 November (06:00Z).
 */
const at = (iso: string) => new Date(iso);
const paris = 'Europe/Paris';
const newYork = 'America/New_York';

describe('an opening time the clocks skip (spring forward)', () => {
  it('New York, 02:30 on 8 March: the queue opens when the clocks jump to 03:00', () => {
    const hours = parseBusinessHours({ sun: [['02:30', '06:00']] });
    expect(isOpen(hours, newYork, at('2026-03-08T06:59:59Z'))).toBe(false); // 01:59:59 EST
    expect(isOpen(hours, newYork, at('2026-03-08T07:00:00Z'))).toBe(true); // 03:00 EDT
    expect(nextOpening(hours, newYork, at('2026-03-08T05:00:00Z'))).toEqual(at('2026-03-08T07:00:00Z'));
    expect(isOpen(hours, newYork, at('2026-03-08T10:00:00Z'))).toBe(false); // 06:00 EDT
  });

  it('New York, the Monday after: 08:00 is an hour earlier in UTC than the week before', () => {
    const hours = parseBusinessHours({ mon: [['08:00', '18:00']] });
    expect(nextOpening(hours, newYork, at('2026-03-02T14:00:00Z'))).toEqual(at('2026-03-02T14:00:00Z')); // open, EST
    expect(nextOpening(hours, newYork, at('2026-03-08T12:00:00Z'))).toEqual(at('2026-03-09T12:00:00Z')); // 08:00 EDT
    expect(isOpen(hours, newYork, at('2026-03-09T11:59:59Z'))).toBe(false);
  });

  it('Paris, 02:30-02:45 on 29 March lies wholly in the skipped hour: the next opening is a week later', () => {
    const hours = parseBusinessHours({ sun: [['02:30', '02:45']] });
    expect(nextOpening(hours, paris, at('2026-03-29T00:00:00Z'))).toEqual(at('2026-04-05T02:30:00+02:00'));
    expect(isOpen(hours, paris, at('2026-03-29T01:00:00Z'))).toBe(false); // 03:00 CEST
  });
});

describe('a time in the repeated hour (fall back)', () => {
  it('Paris, closing at 02:30 on 25 October: closed at the first 02:30, open again while the hour repeats, closed at the second 02:30', () => {
    const hours = parseBusinessHours({ sun: [['00:00', '02:30']] });
    expect(isOpen(hours, paris, at('2026-10-25T00:29:59Z'))).toBe(true); // 02:29:59 CEST
    expect(isOpen(hours, paris, at('2026-10-25T00:30:00Z'))).toBe(false); // 02:30 CEST
    expect(isOpen(hours, paris, at('2026-10-25T00:59:59Z'))).toBe(false); // 02:59:59 CEST
    expect(isOpen(hours, paris, at('2026-10-25T01:00:00Z'))).toBe(true); // 02:00 CET, the hour again
    expect(isOpen(hours, paris, at('2026-10-25T01:29:59Z'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-10-25T01:30:00Z'))).toBe(false); // 02:30 CET
    expect(nextOpening(hours, paris, at('2026-10-25T01:30:00Z'))).toEqual(at('2026-11-01T00:00:00+01:00'));
  });

  it('New York, closing at 01:30 on 1 November: the same in the other zone', () => {
    const hours = parseBusinessHours({ sun: [['00:00', '01:30']] });
    expect(isOpen(hours, newYork, at('2026-11-01T05:29:59Z'))).toBe(true); // 01:29:59 EDT
    expect(isOpen(hours, newYork, at('2026-11-01T05:30:00Z'))).toBe(false); // 01:30 EDT
    expect(isOpen(hours, newYork, at('2026-11-01T06:00:00Z'))).toBe(true); // 01:00 EST
    expect(isOpen(hours, newYork, at('2026-11-01T06:30:00Z'))).toBe(false); // 01:30 EST
    expect(nextOpening(hours, newYork, at('2026-11-01T06:30:00Z'))).toEqual(at('2026-11-08T00:00:00-05:00'));
  });

  it('New York, opening at 01:30 on 1 November: opens at the first 01:30, and the repeated 01:00-01:30 is before opening time', () => {
    const hours = parseBusinessHours({ sun: [['01:30', '04:00']] });
    expect(nextOpening(hours, newYork, at('2026-11-01T04:00:00Z'))).toEqual(at('2026-11-01T05:30:00Z')); // 01:30 EDT
    expect(isOpen(hours, newYork, at('2026-11-01T05:45:00Z'))).toBe(true); // 01:45 EDT
    expect(isOpen(hours, newYork, at('2026-11-01T06:15:00Z'))).toBe(false); // 01:15 EST
    expect(isOpen(hours, newYork, at('2026-11-01T06:30:00Z'))).toBe(true); // 01:30 EST
    expect(isOpen(hours, newYork, at('2026-11-01T09:00:00Z'))).toBe(false); // 04:00 EST
  });
});
