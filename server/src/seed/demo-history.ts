import type { HistoryFacts } from './demo-model';
import { runStory } from './demo-stories';
import { addDays, addMs, businessMomentBetween, HOUR_MS, maxDate } from './demo-time';
import { TOPIC_WEIGHTS, TOPICS, type TopicKey } from './demo-topics';
import { caseEpisode, plainEpisode } from './demo-episodes';
import { addEvent, SYSTEM, type World } from './demo-world';

/** Roughly the last 18 months of contacts are in the demo. */
const HISTORY_DAYS = 540;

function episodeCount(world: World, facts: HistoryFacts): number {
  const { rng } = world;
  if (facts.size === 'longest') return 150;
  if (facts.size === 'long') return rng.int(95, 110);
  return rng.weighted([
    [0, 8],
    [1, 28],
    [2, 27],
    [3, 18],
    [4, 10],
    [5, 6],
    [6, 3],
  ]);
}

/** A past episode: most are a single contact, some became a case (closed since). */
function pastEpisode(world: World, facts: HistoryFacts, from: Date): void {
  const { rng, now } = world;
  const at = businessMomentBetween(rng, from, addDays(now, -1));
  const topic = TOPICS[rng.weighted(TOPIC_WEIGHTS)];
  const caseChance = topic.key === 'complaint' ? 1 : topic.level === 'L2' ? 0.5 : 0.15;
  // A case needs a few days to run its course before today.
  if (at.getTime() < addDays(now, -12).getTime() && rng.chance(caseChance)) {
    caseEpisode(world, facts, at, topic, { open: false });
  } else {
    plainEpisode(world, facts, at, topic.key === 'complaint' ? TOPICS.general : topic);
  }
}

/** A case still running today: started in the last three weeks. */
function currentCase(world: World, facts: HistoryFacts, topicKey: TopicKey, from: Date): void {
  const { rng, now } = world;
  const start = maxDate(from, addDays(now, -20));
  const at = businessMomentBetween(rng, start, addMs(now, -6 * HOUR_MS));
  caseEpisode(world, facts, at, TOPICS[topicKey], { open: true });
}

/**
 * The timeline of one customer: their creation, then contacts on every channel over the last
 * ~18 months, notes, cases (closed, and some still open).
 */
export function buildHistory(world: World, facts: HistoryFacts): void {
  const { rng, now } = world;
  addEvent(world, facts, {
    at: facts.since,
    channel: 'system',
    type: 'customer.created',
    actor: SYSTEM,
    body: facts.displayName,
    payload: { accountNumber: facts.accountNumber, source: rng.pick(['shop', 'web', 'phone', 'import']) },
  });
  const from = maxDate(addMs(facts.since, 2 * HOUR_MS), addDays(now, -HISTORY_DAYS));
  if (from.getTime() > addDays(now, -2).getTime()) return;
  if (facts.story) {
    runStory(world, facts, from);
    return;
  }
  const episodes = episodeCount(world, facts);
  for (let i = 0; i < episodes; i += 1) pastEpisode(world, facts, from);
  if (facts.movedAt) {
    // "I'm moving": the line and the home address were updated; whether billing was is another matter.
    const at = businessMomentBetween(rng, addDays(facts.movedAt, -25), addDays(facts.movedAt, -5));
    if (at.getTime() >= from.getTime())
      plainEpisode(world, facts, at, TOPICS.move, { note: TOPICS.move.scenarios[0]!.note, textDate: facts.movedAt });
  }
  if (facts.openComplaint) currentCase(world, facts, 'complaint', from);
  if (facts.openCase)
    currentCase(world, facts, rng.pick(['billing', 'technical', 'general', 'technical'] as const), from);
}
