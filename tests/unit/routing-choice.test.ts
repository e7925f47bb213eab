import {
  chooseAgent,
  isEligible,
  type ContactToRoute,
  type RoutingCandidate,
} from '../../server/src/domain/routing/routing-choice';

const now = new Date('2026-11-23T10:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const minutesFromNow = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

function buildContact(overrides: Partial<ContactToRoute> = {}): ContactToRoute {
  return {
    channel: 'chat',
    requiredSkills: [],
    preferredAgentId: null,
    preferredUntil: null,
    declinedBy: [],
    ...overrides,
  };
}

function buildAgent(overrides: Partial<RoutingCandidate> & { id: string }): RoutingCandidate {
  return {
    skills: [],
    presence: 'available',
    capacity: { voice: 1, chat: 3, email: 5 },
    load: { voice: 0, chat: 0, email: 0 },
    idleSince: minutesAgo(1),
    onVoiceCall: false,
    keepsChatsDuringCall: false,
    ...overrides,
  };
}

describe('choosing the agent for a waiting contact', () => {
  it('offers a chat to the agent with free chat capacity', () => {
    const full = buildAgent({ id: 'full', load: { voice: 0, chat: 3, email: 0 }, idleSince: minutesAgo(30) });
    const free = buildAgent({ id: 'free', load: { voice: 0, chat: 2, email: 0 } });
    expect(chooseAgent(buildContact(), [full, free], now)).toEqual({ kind: 'offer', agentId: 'free' });
  });

  it('offers to the agent idle the longest, ties broken by id', () => {
    const recent = buildAgent({ id: 'recent', idleSince: minutesAgo(2) });
    const longest = buildAgent({ id: 'longest', idleSince: minutesAgo(9) });
    expect(chooseAgent(buildContact(), [recent, longest], now)).toEqual({ kind: 'offer', agentId: 'longest' });
    const b = buildAgent({ id: 'b' });
    const a = buildAgent({ id: 'a' });
    expect(chooseAgent(buildContact(), [b, a], now)).toEqual({ kind: 'offer', agentId: 'a' });
  });

  it('needs every required skill', () => {
    const contact = buildContact({ requiredSkills: ['billing', 'german'] });
    const partly = buildAgent({ id: 'partly', skills: ['billing'], idleSince: minutesAgo(20) });
    const fully = buildAgent({ id: 'fully', skills: ['german', 'billing', 'l2'] });
    expect(chooseAgent(contact, [partly, fully], now)).toEqual({ kind: 'offer', agentId: 'fully' });
    expect(chooseAgent(contact, [partly], now)).toEqual({ kind: 'none' });
  });

  it('never offers to agents who are away, wrapping up or offline', () => {
    const agents = (['away', 'wrap_up', 'offline'] as const).map((presence) => buildAgent({ id: presence, presence }));
    expect(chooseAgent(buildContact({ channel: 'email' }), agents, now)).toEqual({ kind: 'none' });
  });

  it('a busy agent still gets chats and emails while seats are free, but no call', () => {
    const busy = buildAgent({ id: 'busy', presence: 'busy', load: { voice: 0, chat: 1, email: 0 } });
    expect(isEligible(buildContact({ channel: 'chat' }), busy)).toBe(true);
    expect(isEligible(buildContact({ channel: 'email' }), busy)).toBe(true);
    expect(isEligible(buildContact({ channel: 'voice' }), busy)).toBe(false);
    expect(isEligible(buildContact({ channel: 'callback' }), busy)).toBe(false);
  });

  it('a callback uses the voice seat', () => {
    const onPhone = buildAgent({ id: 'on-phone', load: { voice: 1, chat: 0, email: 0 } });
    expect(isEligible(buildContact({ channel: 'callback' }), onPhone)).toBe(false);
    expect(isEligible(buildContact({ channel: 'callback' }), buildAgent({ id: 'idle' }))).toBe(true);
  });

  it('an agent on a call gets no second call but keeps chats when allowed', () => {
    const onCall = { presence: 'busy' as const, onVoiceCall: true, load: { voice: 1, chat: 0, email: 0 } };
    const keepsChats = buildAgent({ id: 'keeps', ...onCall, keepsChatsDuringCall: true });
    const focused = buildAgent({ id: 'focused', ...onCall });
    expect(isEligible(buildContact({ channel: 'voice' }), keepsChats)).toBe(false);
    expect(isEligible(buildContact({ channel: 'chat' }), keepsChats)).toBe(true);
    expect(isEligible(buildContact({ channel: 'chat' }), focused)).toBe(false);
    expect(isEligible(buildContact({ channel: 'email' }), focused)).toBe(true);
  });

  it('a call not yet counted in the load still blocks a second call', () => {
    const directCall = buildAgent({ id: 'direct', onVoiceCall: true });
    expect(isEligible(buildContact({ channel: 'voice' }), directCall)).toBe(false);
  });

  it('the case owner gets the call first, then the queue after the grace time', () => {
    const owner = buildAgent({ id: 'owner', idleSince: minutesAgo(1) });
    const other = buildAgent({ id: 'other', idleSince: minutesAgo(30) });
    const contact = buildContact({ channel: 'voice', preferredAgentId: 'owner', preferredUntil: minutesFromNow(2) });
    expect(chooseAgent(contact, [other, owner], now)).toEqual({ kind: 'offer', agentId: 'owner' });

    const ownerOnCall = { ...owner, load: { voice: 1, chat: 0, email: 0 } };
    expect(chooseAgent(contact, [other, ownerOnCall], now)).toEqual({
      kind: 'wait-for-preferred',
      until: minutesFromNow(2),
    });

    const afterGrace = minutesFromNow(2);
    expect(chooseAgent(contact, [other, ownerOnCall], afterGrace)).toEqual({ kind: 'offer', agentId: 'other' });
    // After the grace time the owner is just another agent of the queue.
    expect(chooseAgent(contact, [other, owner], afterGrace)).toEqual({ kind: 'offer', agentId: 'other' });
  });

  it('a booked callback waits for its person even when they are not signed in', () => {
    const contact = buildContact({
      channel: 'callback',
      preferredAgentId: 'booked',
      preferredUntil: minutesFromNow(5),
    });
    expect(chooseAgent(contact, [buildAgent({ id: 'someone-else' })], now)).toEqual({
      kind: 'wait-for-preferred',
      until: minutesFromNow(5),
    });
  });

  it('stops holding the contact once the preferred agent declined it', () => {
    const contact = buildContact({
      preferredAgentId: 'owner',
      preferredUntil: minutesFromNow(2),
      declinedBy: ['owner'],
    });
    const owner = buildAgent({ id: 'owner', idleSince: minutesAgo(30) });
    const other = buildAgent({ id: 'other' });
    expect(chooseAgent(contact, [owner, other], now)).toEqual({ kind: 'offer', agentId: 'other' });
  });

  it('does not offer again to an agent who declined while others can take it', () => {
    const decliner = buildAgent({ id: 'decliner', idleSince: minutesAgo(30) });
    const other = buildAgent({ id: 'other' });
    const contact = buildContact({ declinedBy: ['decliner'] });
    expect(chooseAgent(contact, [decliner, other], now)).toEqual({ kind: 'offer', agentId: 'other' });
    // Alone, the decliner is asked again rather than leaving the customer waiting for nobody.
    expect(chooseAgent(contact, [decliner, { ...other, presence: 'away' }], now)).toEqual({
      kind: 'offer',
      agentId: 'decliner',
    });
  });

  it('returns none when nobody is eligible', () => {
    expect(chooseAgent(buildContact(), [], now)).toEqual({ kind: 'none' });
  });
});
