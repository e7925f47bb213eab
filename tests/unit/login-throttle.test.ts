import { createLoginThrottle } from '../../server/src/services/login-throttle';

describe('sign-in throttling', () => {
  let clock = 0;
  const throttle = () => createLoginThrottle({ windowMs: 60_000, maxPerEmail: 3, maxPerAddress: 5, now: () => clock });
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('refuses an email after too many failures, until the oldest leaves the window', () => {
    const t = throttle();
    for (let i = 0; i < 3; i += 1) {
      expect(t.retryAfterSeconds('Camille@demo.local', '10.0.0.1')).toBe(0);
      t.failed('camille@demo.local', '10.0.0.1');
      clock += 1000;
    }
    expect(t.retryAfterSeconds('CAMILLE@demo.local', '10.0.0.2')).toBe(57);
    clock += 57_000;
    expect(t.retryAfterSeconds('camille@demo.local', '10.0.0.2')).toBe(0);
  });

  it('refuses an address spraying many emails', () => {
    const t = throttle();
    for (let i = 0; i < 5; i += 1) t.failed(`user${i}@demo.local`, '10.0.0.9');
    expect(t.retryAfterSeconds('someone-else@demo.local', '10.0.0.9')).toBeGreaterThan(0);
    expect(t.retryAfterSeconds('someone-else@demo.local', '10.0.0.10')).toBe(0);
  });

  it('forgets an email’s failures once the right password is given', () => {
    const t = throttle();
    t.failed('a@demo.local', null);
    t.failed('a@demo.local', null);
    t.succeeded('a@demo.local');
    t.failed('a@demo.local', null);
    expect(t.retryAfterSeconds('a@demo.local', null)).toBe(0);
  });
});
