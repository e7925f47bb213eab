import { createTranslate } from '../../client/src/app/i18n/translate';
import { createTranslator } from '../../client/src/i18n/translator';
import { createWidgetTranslate } from '../../client/src/widget/i18n/widget-translate';

const en = { 'greeting.plain': 'Hello', 'greeting.named': 'Hello {name}, you have {count} messages' } as const;

describe('the one translator', () => {
  it('fills each placeholder with its value, numbers included', () => {
    const t = createTranslator<typeof en, 'en'>({ en }, 'en', 'en');
    expect(t('greeting.plain')).toBe('Hello');
    expect(t('greeting.named', { name: 'Marie', count: 3 })).toBe('Hello Marie, you have 3 messages');
  });

  it('falls back to the fallback language, then to the key, when a catalogue lacks a message', () => {
    // A catalogue loaded from elsewhere may miss keys the compiler cannot see.
    const partial = { 'greeting.plain': 'Bonjour' } as unknown as Record<keyof typeof en, string>;
    const t = createTranslator<typeof en, 'en' | 'fr'>({ en, fr: partial }, 'fr', 'en');
    expect(t('greeting.plain')).toBe('Bonjour');
    expect(t('greeting.named', { name: 'Marie', count: 1 })).toBe('Hello Marie, you have 1 messages');

    const bare = createTranslator<typeof en, 'fr'>({ fr: partial }, 'fr', 'fr');
    expect(bare('greeting.named', { name: 'Marie', count: 1 })).toBe('greeting.named');
  });

  it('serves the desk and the widget from their own catalogues', () => {
    expect(createTranslate('fr')('app.retry')).toBe('Réessayer');
    expect(createTranslate('en')('app.retry')).toBe('Try again');
    expect(createWidgetTranslate('fr')('widget.minimise')).toBe('Réduire');
    expect(createWidgetTranslate('en')('widget.minimise')).toBe('Minimise');
  });
});
