import { getTableConfig } from 'drizzle-orm/pg-core';
import {
  canTransition,
  CONTACT_STATES,
  INITIAL_CONTACT_STATES,
  isFinalState,
  isInitialState,
  nextStates,
  OPEN_CONTACT_STATES,
  type ContactState,
} from '../../server/src/domain/contacts/contact-lifecycle';
import { contacts } from '../../server/src/db/schema';

/** Every state reached from the initial ones by allowed moves. */
function reachable(): Set<ContactState> {
  const seen = new Set<ContactState>(INITIAL_CONTACT_STATES);
  const todo = [...INITIAL_CONTACT_STATES];
  while (todo.length) {
    for (const next of nextStates(todo.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

describe('contact lifecycle', () => {
  it('names exactly the states the database accepts', () => {
    const check = getTableConfig(contacts).checks.find((c) => c.name === 'contacts_state_check');
    // The constraint's text: its literal chunks (the column is a chunk of its own).
    const chunks = (check?.value.queryChunks ?? []) as unknown as Array<{ value?: unknown }>;
    const sqlText = chunks.map((c) => (Array.isArray(c.value) ? c.value.join('') : '')).join('');
    const inDatabase = [...sqlText.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect([...inDatabase].sort()).toEqual([...CONTACT_STATES].sort());
  });

  it('reaches every state from a state a contact can be created in', () => {
    expect([...reachable()].sort()).toEqual([...CONTACT_STATES].sort());
  });

  it('follows the main path queued, offered, active, wrap-up, closed', () => {
    expect(canTransition('queued', 'offered')).toBe(true);
    expect(canTransition('offered', 'active')).toBe(true);
    expect(canTransition('active', 'wrap_up')).toBe(true);
    expect(canTransition('wrap_up', 'closed')).toBe(true);
  });

  it('sends a declined offer back to the queue, and lets a waiting customer abandon', () => {
    expect(canTransition('offered', 'queued')).toBe(true);
    expect(canTransition('queued', 'abandoned')).toBe(true);
    expect(canTransition('offered', 'abandoned')).toBe(true);
  });

  it('closes and abandons for good: final states have no exits', () => {
    expect(isFinalState('closed')).toBe(true);
    expect(isFinalState('abandoned')).toBe(true);
    for (const state of CONTACT_STATES) {
      if (isFinalState(state)) for (const to of CONTACT_STATES) expect(canTransition(state, to)).toBe(false);
    }
    // A missed call answered late (events out of order) is closed, so missed is not final.
    expect(isFinalState('missed')).toBe(false);
    expect(nextStates('missed')).toEqual(['closed']);
  });

  it('refuses moves that skip or undo the conversation', () => {
    expect(canTransition('queued', 'wrap_up')).toBe(false);
    expect(canTransition('wrap_up', 'active')).toBe(false);
    expect(canTransition('wrap_up', 'queued')).toBe(false);
    expect(canTransition('active', 'abandoned')).toBe(false);
    expect(canTransition('active', 'missed')).toBe(false);
    expect(canTransition('closed', 'queued')).toBe(false);
    expect(canTransition('missed', 'active')).toBe(false);
    expect(canTransition('queued', 'queued')).toBe(false);
    expect(canTransition('ringing', 'active')).toBe(false);
  });

  it('creates contacts waiting, ringing or refused, never mid-conversation', () => {
    expect(isInitialState('queued')).toBe(true);
    expect(isInitialState('offered')).toBe(true);
    expect(isInitialState('closed')).toBe(true);
    expect(isInitialState('active')).toBe(false);
    expect(isInitialState('wrap_up')).toBe(false);
  });

  it('counts as open everything not yet ended', () => {
    expect([...OPEN_CONTACT_STATES].sort()).toEqual(['active', 'offered', 'queued', 'wrap_up']);
    for (const state of OPEN_CONTACT_STATES) expect(isFinalState(state)).toBe(false);
  });
});
