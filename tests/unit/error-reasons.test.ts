import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_ERROR_REASONS,
  apiErrorBodySchema,
  codeOfReason,
  ERROR_CODES,
  VISITOR_ERROR_REASONS,
  type ErrorReason,
} from '@shared/errors';
import { ApiRequestError, NetworkError } from '../../client/src/api/http';
import { errorMessageKey } from '../../client/src/app/i18n/error-messages';
import { createTranslate } from '../../client/src/app/i18n/translate';
import { widgetErrorKey } from '../../client/src/widget/api/widget-error-key';
import { createWidgetTranslate } from '../../client/src/widget/i18n/widget-translate';

const failure = (reason: ErrorReason | null, code = reason ? codeOfReason(reason) : 'conflict') =>
  new ApiRequestError(409, code, 'English text for logs', [], reason);

describe('the error reason registry', () => {
  it('gives every reason one known code', () => {
    for (const reason of ALL_ERROR_REASONS) expect(Object.keys(ERROR_CODES)).toContain(codeOfReason(reason));
  });

  it('has a reason for every code, so no code is left to a generic message only', () => {
    const covered = new Set(ALL_ERROR_REASONS.map(codeOfReason));
    expect([...Object.keys(ERROR_CODES)].filter((code) => !covered.has(code as never))).toEqual([]);
  });

  it('declares the error body: a reason must belong to its code', () => {
    expect(
      apiErrorBodySchema.safeParse({
        error: { code: 'conflict', reason: 'offer_expired', message: 'this offer has expired' },
      }).success,
    ).toBe(true);
    expect(
      apiErrorBodySchema.safeParse({ error: { code: 'not_found', reason: 'offer_expired', message: 'x' } }).success,
    ).toBe(false);
    expect(apiErrorBodySchema.safeParse({ error: { code: 'conflict', message: 'no reason' } }).success).toBe(false);
    expect(apiErrorBodySchema.safeParse({ error: { code: 'conflict', reason: 'made_up', message: 'x' } }).success).toBe(
      false,
    );
  });

  it('names only reasons the server gives somewhere', () => {
    const serverRoot = path.join(__dirname, '../../server/src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
      });
    const source = files(serverRoot)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(ALL_ERROR_REASONS.filter((reason) => !source.includes(`'${reason}'`))).toEqual([]);
  });
});

describe('the desk’s message for each reason', () => {
  const en = createTranslate('en');
  const fr = createTranslate('fr');

  it.each(ALL_ERROR_REASONS)('%s has its own message in English and in French', (reason) => {
    const key = errorMessageKey(failure(reason));
    expect(key).toBe(`reason.${reason}`);
    for (const text of [en(key), fr(key)]) {
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).not.toContain('{');
    }
    expect(fr(key)).not.toBe(en(key));
  });

  it('tells conflicts apart', () => {
    expect(en(errorMessageKey(failure('offer_expired')))).toBe('This offer expired before you accepted it.');
    expect(fr(errorMessageKey(failure('offer_expired')))).toBe(
      'Cette proposition a expiré avant que vous ne l’acceptiez.',
    );
    expect(en(errorMessageKey(failure('queue_closed')))).not.toBe(
      en(errorMessageKey(failure('transfer_already_pending'))),
    );
  });

  it('falls back to the code for an answer without a known reason', () => {
    expect(errorMessageKey(failure(null, 'conflict'))).toBe('error.conflict');
    expect(errorMessageKey(new NetworkError('offline'))).toBe('error.network');
  });
});

describe('the widget’s message for each reason it can meet', () => {
  const en = createWidgetTranslate('en');
  const fr = createWidgetTranslate('fr');

  it.each(VISITOR_ERROR_REASONS)('%s has its own message in English and in French', (reason) => {
    const fromRequest = widgetErrorKey(failure(reason));
    const fromSocket = widgetErrorKey({ code: codeOfReason(reason), reason, message: 'English text for logs' });
    expect(fromRequest).toBe(`reason.${reason}`);
    expect(fromSocket).toBe(fromRequest);
    for (const text of [en(fromRequest), fr(fromRequest)]) expect(text.trim().length).toBeGreaterThan(5);
    expect(fr(fromRequest)).not.toBe(en(fromRequest));
  });

  it('falls back to the code for a reason it does not know', () => {
    expect(widgetErrorKey({ code: 'rate_limited', reason: 'something_newer', message: 'x' })).toBe('error.rateLimited');
  });
});
