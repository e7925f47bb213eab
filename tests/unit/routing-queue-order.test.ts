import {
  DEFAULT_AGEING_STEP_MS,
  effectivePriority,
  orderWaitingContacts,
} from '../../server/src/domain/routing/queue-order';

const now = new Date('2026-11-23T10:00:00.000Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

function buildWaiting(overrides: {
  id: string;
  queuePriority?: number;
  contactPriority?: number;
  waitedSeconds?: number;
}) {
  return {
    id: overrides.id,
    queuePriority: overrides.queuePriority ?? 0,
    contactPriority: overrides.contactPriority ?? 0,
    waitingSince: secondsAgo(overrides.waitedSeconds ?? 0),
  };
}

const ids = (contacts: { id: string }[]) => contacts.map((c) => c.id);

describe('order of waiting contacts', () => {
  it('serves the higher priority first', () => {
    const low = buildWaiting({ id: 'low', waitedSeconds: 30 });
    const vip = buildWaiting({ id: 'vip', queuePriority: 2, contactPriority: 1, waitedSeconds: 5 });
    expect(ids(orderWaitingContacts([low, vip], now))).toEqual(['vip', 'low']);
  });

  it('ages a contact by one point per minute waited by default', () => {
    expect(DEFAULT_AGEING_STEP_MS).toBe(60_000);
    expect(effectivePriority(buildWaiting({ id: 'a', queuePriority: 1, waitedSeconds: 59 }), now)).toBe(1);
    expect(effectivePriority(buildWaiting({ id: 'a', queuePriority: 1, waitedSeconds: 600 }), now)).toBe(11);
  });

  it('a contact waiting 10 minutes overtakes a newer high-priority one', () => {
    const patient = buildWaiting({ id: 'patient', waitedSeconds: 600 });
    const urgent = buildWaiting({ id: 'urgent', contactPriority: 5, waitedSeconds: 10 });
    expect(ids(orderWaitingContacts([urgent, patient], now))).toEqual(['patient', 'urgent']);
  });

  it('a faster ageing step lets waiting win sooner', () => {
    const patient = buildWaiting({ id: 'patient', waitedSeconds: 120 });
    const urgent = buildWaiting({ id: 'urgent', contactPriority: 3 });
    expect(ids(orderWaitingContacts([urgent, patient], now))).toEqual(['urgent', 'patient']);
    expect(ids(orderWaitingContacts([urgent, patient], now, 30_000))).toEqual(['patient', 'urgent']);
  });

  it('at equal priority the oldest is served first, and exact ties keep their order', () => {
    const a = buildWaiting({ id: 'a', waitedSeconds: 10 });
    const b = buildWaiting({ id: 'b', waitedSeconds: 40 });
    const c = buildWaiting({ id: 'c', waitedSeconds: 10 });
    expect(ids(orderWaitingContacts([a, b, c], now))).toEqual(['b', 'a', 'c']);
    expect(ids(orderWaitingContacts([c, b, a], now))).toEqual(['b', 'c', 'a']);
  });

  it('a clock a little ahead of now gives no penalty, and the input is left untouched', () => {
    const early = { ...buildWaiting({ id: 'early', queuePriority: 1 }), waitingSince: new Date(now.getTime() + 5_000) };
    expect(effectivePriority(early, now)).toBe(1);
    const input = [buildWaiting({ id: 'x' }), buildWaiting({ id: 'y', contactPriority: 1 })];
    orderWaitingContacts(input, now);
    expect(ids(input)).toEqual(['x', 'y']);
    expect(() => orderWaitingContacts(input, now, 0)).toThrow(/ageingStepMs/);
  });
});
