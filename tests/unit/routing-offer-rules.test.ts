import {
  afterMissedOffer,
  DEFAULT_OFFER_TIMEOUT_MS,
  isOfferExpired,
  offerExpiresAt,
} from '../../server/src/domain/routing/offer-rules';

describe('offer rules', () => {
  const offeredAt = new Date('2026-11-23T09:00:00.000Z');

  it('an unanswered offer lapses after 20 seconds by default', () => {
    expect(DEFAULT_OFFER_TIMEOUT_MS).toBe(20_000);
    expect(offerExpiresAt(offeredAt)).toEqual(new Date('2026-11-23T09:00:20.000Z'));
    expect(isOfferExpired(offeredAt, new Date('2026-11-23T09:00:19.999Z'))).toBe(false);
    expect(isOfferExpired(offeredAt, new Date('2026-11-23T09:00:20.000Z'))).toBe(true);
  });

  it('a queue may use its own offer timeout', () => {
    expect(offerExpiresAt(offeredAt, 45_000)).toEqual(new Date('2026-11-23T09:00:45.000Z'));
    expect(() => offerExpiresAt(offeredAt, 0)).toThrow(/timeoutMs/);
  });

  it('an agent who misses three offers in a row is set away, not before', () => {
    expect(afterMissedOffer(1)).toEqual({ setAway: false });
    expect(afterMissedOffer(2)).toEqual({ setAway: false });
    expect(afterMissedOffer(3)).toEqual({ setAway: true });
  });

  it('the number of misses tolerated is configurable', () => {
    expect(afterMissedOffer(1, 1)).toEqual({ setAway: true });
    expect(afterMissedOffer(4, 5)).toEqual({ setAway: false });
    expect(() => afterMissedOffer(1, 0)).toThrow(/maxMisses/);
    expect(() => afterMissedOffer(-1)).toThrow(/consecutiveMisses/);
  });
});
