/** A chat as plain text, for the timeline and the transcript email. Never HTML: the text is untrusted. */
export interface TranscriptLine {
  authorKind: 'visitor' | 'agent' | 'system';
  authorName: string | null;
  body: string;
  sentAt: Date;
}

function clock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
}

export function renderTranscript(lines: TranscriptLine[], options: { timeZone: string }): string {
  return lines
    .map((line) => {
      const who =
        line.authorKind === 'system'
          ? '—'
          : `${line.authorName ?? (line.authorKind === 'agent' ? 'Agent' : 'Visitor')}:`;
      return `[${clock(line.sentAt, options.timeZone)}] ${who} ${line.body}`;
    })
    .join('\n');
}

export function transcriptEmail(input: {
  lines: TranscriptLine[];
  visitorName: string;
  topic: string;
  startedAt: Date;
  timeZone: string;
  locale: 'fr' | 'en';
}): { subject: string; body: string } {
  const day = new Intl.DateTimeFormat(input.locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: input.timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(input.startedAt);
  const subject = input.locale === 'fr' ? `Votre conversation du ${day}` : `Your conversation of ${day}`;
  const greeting =
    input.locale === 'fr'
      ? `Bonjour ${input.visitorName},\n\nVoici la transcription de votre conversation (${input.topic}).`
      : `Hello ${input.visitorName},\n\nHere is the transcript of your conversation (${input.topic}).`;
  return { subject, body: `${greeting}\n\n${renderTranscript(input.lines, { timeZone: input.timeZone })}\n` };
}
