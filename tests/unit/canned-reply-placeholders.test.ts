import { createCannedReplyRequestSchema } from '@shared/schemas/admin-canned-replies';
import { fillCannedReply, unknownPlaceholders } from '@shared/utils/canned-reply-placeholders';

describe('canned reply placeholders', () => {
  it('fills the agent’s and the visitor’s names, as often as they appear', () => {
    expect(
      fillCannedReply('{visitorName}, I am {agentName}. Bye {visitorName}!', {
        agentName: 'Camille',
        visitorName: 'Marie',
      }),
    ).toBe('Marie, I am Camille. Bye Marie!');
  });

  it('leaves a name with braces or dollar signs as typed', () => {
    expect(fillCannedReply('Hello {visitorName}', { agentName: 'A', visitorName: '$& {agentName}' })).toBe(
      'Hello $& {agentName}',
    );
  });

  it('accepts text with known placeholders or none', () => {
    expect(unknownPlaceholders('Bonjour {visitorName}, je suis {agentName}.')).toEqual([]);
    expect(unknownPlaceholders('Un instant, s’il vous plaît.')).toEqual([]);
  });

  it('names what looks like a placeholder but is not one', () => {
    expect(unknownPlaceholders('Bonjour {nom}, je suis {agentName} de {société}.')).toEqual(['{nom}', '{société}']);
    expect(unknownPlaceholders('Hello {visitorname} {VisitorName} {}')).toEqual([
      '{visitorname}',
      '{VisitorName}',
      '{}',
    ]);
    expect(unknownPlaceholders('Hello {visitorName')).toEqual(['{']);
    expect(unknownPlaceholders('Hello visitorName}')).toEqual(['}']);
  });

  it('the request schema refuses an unknown placeholder on the body field', () => {
    const result = createCannedReplyRequestSchema.safeParse({ title: 'T', body: 'Hi {name}', locale: 'en' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['body', 'unknown placeholder {name}: only {agentName} and {visitorName} are filled in'],
    ]);
  });
});
