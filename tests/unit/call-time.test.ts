import { eventTime, holdAfterResume, talkSeconds } from '../../server/src/domain/calls/call-state';

describe('when a call event happened', () => {
  const received = new Date('2026-11-22T10:00:00Z');

  it('keeps the PBX time of an event that arrives late (a retry keeps its place)', () => {
    const pbx = new Date('2026-11-22T09:50:00Z');
    expect(eventTime(pbx, received)).toEqual(pbx);
  });

  it('uses the time of receipt when the PBX gave none, or a clock that is far off', () => {
    expect(eventTime(null, received)).toEqual(received);
    expect(eventTime(new Date('2023-11-14T22:15:00Z'), received)).toEqual(received);
    expect(eventTime(new Date('2026-11-22T10:30:00Z'), received)).toEqual(received);
  });
});

describe('call durations', () => {
  it('talk time is answer to hang-up less the hold', () => {
    expect(talkSeconds(new Date('2026-11-22T10:00:00Z'), new Date('2026-11-22T10:05:00Z'), 60)).toBe(240);
  });

  it('adds each hold to the total', () => {
    expect(holdAfterResume(30, new Date('2026-11-22T10:00:00Z'), new Date('2026-11-22T10:00:45Z'))).toBe(75);
  });
});
