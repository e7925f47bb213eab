import { looksLikePhone, normalisePhone, phoneCandidates } from '@shared/utils/phone';
import { formatPhoneInternational } from '@shared/utils/phone-display';

const e164 = (raw: string, opts?: Parameters<typeof normalisePhone>[1]) => {
  const result = normalisePhone(raw, opts);
  return result.kind === 'e164' ? result.e164 : result.kind;
};

describe('phone normalisation to E.164 (default region FR)', () => {
  it.each([
    ['01 23 45 67 89', '+33123456789'],
    ['01.23.45.67.89', '+33123456789'],
    ['01-23-45-67-89', '+33123456789'],
    ['0123456789', '+33123456789'],
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+33 (0)1 23 45 67 89', '+33123456789'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['06 12 34 56 78', '+33612345678'],
    ['+32 2 123 45 67', '+3221234567'],
    ['0032 2 123 45 67', '+3221234567'],
    ['+32 470 12 34 56', '+32470123456'],
    ['0032-470-12-34-56', '+32470123456'],
  ])('reads %s as %s', (raw, expected) => {
    expect(e164(raw)).toBe(expected);
  });

  it('reads French overseas numbers written nationally as their own country code (Réunion is +262)', () => {
    expect(e164('0262 21 34 56')).toBe('+262262213456');
    expect(e164('0692 12 34 56')).toBe('+262692123456');
  });

  it('uses the configured default region for national forms', () => {
    expect(e164('0470 12 34 56', { defaultRegion: 'BE' })).toBe('+32470123456');
    expect(e164('02 555 12 12', { defaultRegion: 'BE' })).toBe('+3225551212');
    // The same digits in a French centre are a French number.
    expect(e164('0470 12 34 56')).toBe('+33470123456');
  });

  it('tries fallback regions for national forms that are not valid in the default one', () => {
    expect(e164('02/555.12.12', { defaultRegion: 'FR', fallbackRegions: ['BE'] })).toBe('+3225551212');
    expect(e164('02/555.12.12', { defaultRegion: 'FR' })).toBe('invalid');
  });

  it('recognises withheld callers', () => {
    for (const raw of ['anonymous', 'Anonymous', 'unknown', 'private', '', '  ']) {
      expect(normalisePhone(raw)).toEqual({ kind: 'withheld' });
    }
  });

  it('keeps short codes and non-numbers as typed, flagged invalid, without throwing', () => {
    for (const raw of ['112', '15', '17', '18', '3949', 'abc', '12 34', '+', '0000000000000000000000']) {
      expect(normalisePhone(raw)).toEqual({ kind: 'invalid', raw });
    }
  });

  it('never throws on strange input', () => {
    for (const raw of ['\u0000', '😀', '<script>', `+33 ${'9'.repeat(500)}`, '١٢٣٤٥٦٧٨٩']) {
      expect(() => normalisePhone(raw)).not.toThrow();
    }
  });

  it('tells a typed phone number from a name', () => {
    expect(looksLikePhone('01 23 45 67 89')).toBe(true);
    expect(looksLikePhone('+32 (0)2 123.45.67')).toBe(true);
    expect(looksLikePhone('Dupont')).toBe(false);
    expect(looksLikePhone('123')).toBe(false);
  });

  it('formats E.164 for display', () => {
    expect(formatPhoneInternational('+33123456789')).toBe('+33 1 23 45 67 89');
  });
});

describe('short digit strings', () => {
  it('are not read as an overseas number (six digits are not Saint-Pierre-et-Miquelon)', () => {
    expect(normalisePhone('68 53 00')).toEqual({ kind: 'invalid', raw: '68 53 00' });
  });
});

describe('phone candidates for search', () => {
  it('offers the number in the default region first, then in each fallback region', () => {
    expect(phoneCandidates('0470 12 34 56', { defaultRegion: 'FR', fallbackRegions: ['BE'] })).toEqual([
      '+33470123456',
      '+32470123456',
    ]);
  });

  it('offers one number when it is written with its country code', () => {
    expect(phoneCandidates('+32 470 12 34 56', { defaultRegion: 'FR', fallbackRegions: ['BE'] })).toEqual([
      '+32470123456',
    ]);
  });

  it('offers nothing for text that is no phone number', () => {
    expect(phoneCandidates('3949', { defaultRegion: 'FR', fallbackRegions: ['BE'] })).toEqual([]);
  });
});
