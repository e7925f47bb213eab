import {
  BusinessHoursError,
  isOpen,
  nextOpening,
  parseBusinessHours,
} from '../../server/src/domain/routing/business-hours';

const at = (iso: string) => new Date(iso);
const weekday = (...intervals: [string, string][]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
});

describe('business hours: weekdays 08:00-22:00 and Saturday 09:00-17:30 Europe/Paris', () => {
  const hours = parseBusinessHours({ ...weekday(['08:00', '22:00']), sat: [['09:00', '17:30']] });
  const paris = 'Europe/Paris';

  it('a Saturday at 17:45 in Paris is closed, 17:29 is open', () => {
    expect(isOpen(hours, paris, at('2026-11-28T17:45:00+01:00'))).toBe(false);
    expect(isOpen(hours, paris, at('2026-11-28T17:29:59+01:00'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-11-28T17:30:00+01:00'))).toBe(false);
  });

  it('opens at 08:00 Paris time in winter and in summer', () => {
    expect(isOpen(hours, paris, at('2026-11-23T07:59:59+01:00'))).toBe(false);
    expect(isOpen(hours, paris, at('2026-11-23T07:00:00Z'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-07-06T05:59:59Z'))).toBe(false);
    expect(isOpen(hours, paris, at('2026-07-06T06:00:00Z'))).toBe(true);
  });

  it('is closed on Sunday, and after Saturday closing the next opening is Monday 08:00', () => {
    expect(isOpen(hours, paris, at('2026-11-29T12:00:00+01:00'))).toBe(false);
    expect(nextOpening(hours, paris, at('2026-11-28T17:45:00+01:00'))).toEqual(at('2026-11-30T08:00:00+01:00'));
    expect(nextOpening(hours, paris, at('2026-11-27T22:00:00+01:00'))).toEqual(at('2026-11-28T09:00:00+01:00'));
  });

  it('the next opening while open is now', () => {
    const now = at('2026-11-24T10:00:00+01:00');
    expect(nextOpening(hours, paris, now)).toEqual(now);
  });

  it('after the weekend of the spring change, Monday 08:00 is an hour earlier in UTC', () => {
    expect(nextOpening(hours, paris, at('2026-03-27T22:30:00+01:00'))).toEqual(at('2026-03-28T09:00:00+01:00'));
    expect(nextOpening(hours, paris, at('2026-03-28T18:00:00+01:00'))).toEqual(at('2026-03-30T06:00:00Z'));
  });
});

describe('business hours shapes', () => {
  const paris = 'Europe/Paris';

  it('a day with a lunch break is closed at lunch and reopens at 13:30', () => {
    const hours = parseBusinessHours(weekday(['08:00', '12:00'], ['13:30', '18:00']));
    expect(isOpen(hours, paris, at('2026-11-24T11:59:00+01:00'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-11-24T12:00:00+01:00'))).toBe(false);
    expect(nextOpening(hours, paris, at('2026-11-24T12:30:00+01:00'))).toEqual(at('2026-11-24T13:30:00+01:00'));
    expect(isOpen(hours, paris, at('2026-11-24T17:59:59+01:00'))).toBe(true);
    expect(nextOpening(hours, paris, at('2026-11-24T18:00:00+01:00'))).toEqual(at('2026-11-25T08:00:00+01:00'));
  });

  it('an evening ending at 24:00 stays open until midnight and runs into a night shift', () => {
    const hours = parseBusinessHours({ fri: [['20:00', '24:00']], sat: [['00:00', '02:00']] });
    expect(isOpen(hours, paris, at('2026-11-27T23:59:59+01:00'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-11-28T00:00:00+01:00'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-11-28T02:00:00+01:00'))).toBe(false);
    expect(nextOpening(hours, paris, at('2026-11-27T19:00:00+01:00'))).toEqual(at('2026-11-27T20:00:00+01:00'));
  });

  it('a day ending at 24:00 with the next day closed closes at midnight', () => {
    const hours = parseBusinessHours({ sat: [['18:00', '24:00']] });
    expect(isOpen(hours, paris, at('2026-11-28T23:30:00+01:00'))).toBe(true);
    expect(isOpen(hours, paris, at('2026-11-29T00:00:00+01:00'))).toBe(false);
    expect(nextOpening(hours, paris, at('2026-11-29T00:00:00+01:00'))).toEqual(at('2026-12-05T18:00:00+01:00'));
  });

  it('hours that never open have no next opening', () => {
    const hours = parseBusinessHours({});
    expect(isOpen(hours, paris, at('2026-11-24T10:00:00Z'))).toBe(false);
    expect(nextOpening(hours, paris, at('2026-11-24T10:00:00Z'))).toBeNull();
  });

  it('uses the queue time zone, not the server one', () => {
    const hours = parseBusinessHours(weekday(['09:00', '17:00']));
    const nineInMontreal = at('2026-11-24T14:00:00Z');
    expect(isOpen(hours, 'America/Montreal', nineInMontreal)).toBe(true);
    expect(isOpen(hours, paris, nineInMontreal)).toBe(true);
    expect(isOpen(hours, 'Asia/Kolkata', nineInMontreal)).toBe(false);
    expect(nextOpening(hours, 'Asia/Kolkata', nineInMontreal)).toEqual(at('2026-11-25T09:00:00+05:30'));
    expect(() => isOpen(hours, 'Europe/Atlantis', nineInMontreal)).toThrow(/Unknown time zone/);
  });
});

describe('business hours across daylight-saving changes', () => {
  // 2026: summer time starts Sunday 29 March (02:00 -> 03:00) and ends Sunday 25 October (03:00 -> 02:00).
  it('Paris, last Sunday of March: 02:30 does not exist, the queue opens when the clocks jump', () => {
    const hours = parseBusinessHours({ sun: [['02:30', '04:00']] });
    expect(isOpen(hours, 'Europe/Paris', at('2026-03-29T00:59:59Z'))).toBe(false); // 01:59:59 winter time
    expect(isOpen(hours, 'Europe/Paris', at('2026-03-29T01:00:00Z'))).toBe(true); // 03:00 summer time
    expect(nextOpening(hours, 'Europe/Paris', at('2026-03-29T00:00:00Z'))).toEqual(at('2026-03-29T01:00:00Z'));
    expect(isOpen(hours, 'Europe/Paris', at('2026-03-29T02:00:00Z'))).toBe(false); // 04:00 summer time
  });

  it('Brussels, last Sunday of March: an interval lost in the skipped hour opens the next Sunday', () => {
    const hours = parseBusinessHours({ sun: [['02:00', '03:00']] });
    const nightOfChange = at('2026-03-29T00:00:00Z');
    expect(isOpen(hours, 'Europe/Brussels', nightOfChange)).toBe(false);
    expect(nextOpening(hours, 'Europe/Brussels', nightOfChange)).toEqual(at('2026-04-05T02:00:00+02:00'));
  });

  it('Paris, last Sunday of October: 02:30 happens twice and the queue opens at the first one', () => {
    const hours = parseBusinessHours({ sun: [['02:30', '05:00']] });
    expect(nextOpening(hours, 'Europe/Paris', at('2026-10-25T00:00:00Z'))).toEqual(at('2026-10-25T02:30:00+02:00'));
    expect(isOpen(hours, 'Europe/Paris', at('2026-10-25T01:15:00Z'))).toBe(false); // 02:15 winter time
    expect(isOpen(hours, 'Europe/Paris', at('2026-10-25T01:30:00Z'))).toBe(true); // the second 02:30
  });

  it('Brussels, last Sunday of October: a short interval in the repeated hour opens twice', () => {
    const hours = parseBusinessHours({ sun: [['02:00', '02:30']] });
    const firstTime = at('2026-10-25T02:00:00+02:00');
    const secondTime = at('2026-10-25T02:00:00+01:00');
    expect(nextOpening(hours, 'Europe/Brussels', at('2026-10-24T23:00:00Z'))).toEqual(firstTime);
    // Closed at the first 02:45; the clocks go back and the queue opens again at the second 02:00.
    expect(isOpen(hours, 'Europe/Brussels', at('2026-10-25T02:45:00+02:00'))).toBe(false);
    expect(nextOpening(hours, 'Europe/Brussels', at('2026-10-25T02:45:00+02:00'))).toEqual(secondTime);
  });

  it('Paris, the day winter time starts: 09:00 opening is an hour later in UTC', () => {
    const hours = parseBusinessHours({ sat: [['09:00', '17:00']], sun: [['09:00', '17:00']] });
    expect(nextOpening(hours, 'Europe/Paris', at('2026-10-24T18:00:00+02:00'))).toEqual(at('2026-10-25T08:00:00Z'));
  });
});

describe('parsing business hours', () => {
  it('fills missing days as closed', () => {
    expect(parseBusinessHours({ sat: [['09:00', '17:30']] })).toEqual({
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [['09:00', '17:30']],
      sun: [],
    });
  });

  it.each([
    ['not an object', [], /object keyed by day/],
    ['an unknown day', { monday: [] }, /unknown day "monday"/],
    ['a day that is not a list', { mon: '08:00-18:00' }, /mon must be a list/],
    ['a pair with three times', { mon: [['08:00', '12:00', '18:00']] }, /mon\[0\] must be/],
    ['a time without leading zero', { mon: [['8:00', '12:00']] }, /HH:MM/],
    ['a time after 24:00', { mon: [['08:00', '24:30']] }, /HH:MM/],
    ['hour 25', { mon: [['08:00', '25:00']] }, /HH:MM/],
    ['a number instead of a time', { mon: [[8, 12]] }, /HH:MM/],
    ['an empty interval', { tue: [['10:00', '10:00']] }, /tue\[0\].*before closing/],
    ['a reversed interval', { tue: [['18:00', '08:00']] }, /before closing/],
    [
      'overlapping intervals',
      {
        wed: [
          ['08:00', '12:00'],
          ['11:00', '14:00'],
        ],
      },
      /wed\[1\].*overlap/,
    ],
    [
      'intervals out of order',
      {
        wed: [
          ['13:30', '18:00'],
          ['08:00', '12:00'],
        ],
      },
      /in order/,
    ],
  ])('refuses %s with a clear error', (_label, json, message) => {
    expect(() => parseBusinessHours(json)).toThrow(BusinessHoursError);
    expect(() => parseBusinessHours(json)).toThrow(message);
  });

  it('accepts touching intervals and a whole day 00:00-24:00', () => {
    expect(
      parseBusinessHours({
        thu: [
          ['08:00', '12:00'],
          ['12:00', '13:00'],
        ],
        sun: [['00:00', '24:00']],
      }).sun,
    ).toEqual([['00:00', '24:00']]);
  });
});
