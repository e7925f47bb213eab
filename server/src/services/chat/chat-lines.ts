/** The few lines the system itself writes in a conversation, in the visitor's language. */
type Locale = 'fr' | 'en';

const LINES = {
  joined: { fr: (n: string) => `${n} a rejoint la conversation.`, en: (n: string) => `${n} joined the conversation.` },
  visitorLeft: {
    fr: (n: string) => `${n} a quitté la conversation.`,
    en: (n: string) => `${n} left the conversation.`,
  },
  agentEnded: {
    fr: (n: string) => `${n} a terminé la conversation.`,
    en: (n: string) => `${n} ended the conversation.`,
  },
} as const;

export function chatLine(kind: keyof typeof LINES, locale: string | null, name: string): string {
  const lang: Locale = locale === 'en' ? 'en' : 'fr';
  return LINES[kind][lang](name);
}
