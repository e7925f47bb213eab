import { SCENARIOS } from './demo-scenarios';

/**
 * What demo customers contact the centre about. Each topic has a few scenarios (demo-scenarios.ts)
 * whose subject, notes, e-mails and summaries tell one consistent story.
 */

export type QueueKey = 'accueil' | 'onthaal' | 'facturation' | 'support' | 'reclamations' | 'courriels';
export type TopicKey = 'billing' | 'technical' | 'general' | 'complaint' | 'sales' | 'move';

/**
 * One matter, as it shows on the timeline. Notes are worded without he/she (agents' shorthand:
 * "Appelle car…"), so no gender is ever implied (field note 2).
 * Placeholders: {date}, {month}, {amount}, {weekday}, {address}.
 */
export interface Scenario {
  subject: string;
  /** Subject line of the same e-mail written in Dutch. */
  subjectNl: string;
  /** What the first agent writes down: what the customer said, what was done. */
  note: string;
  /** What the agent writes after following it up (an outbound call, a callback, a reply). */
  followUp: string;
  /** The chat transcript's summary. */
  chat: string;
  emailFr: string;
  emailNl: string;
  /** What the agent's e-mail answer says. */
  reply: string;
}

export interface Topic {
  key: TopicKey;
  /** Queue of a voice/chat/callback contact on this topic (e-mails go to the e-mail queue). */
  queue: QueueKey;
  category: 'request' | 'incident' | 'complaint' | 'sales';
  /** L2 topics are handled or finished by specialists. */
  level: 'L1' | 'L2';
  dispositions: string[];
  scenarios: Scenario[];
}

export const TOPICS: Record<TopicKey, Topic> = {
  billing: {
    key: 'billing',
    queue: 'facturation',
    category: 'request',
    level: 'L1',
    dispositions: ['resolved', 'resolved', 'information', 'follow_up'],
    scenarios: SCENARIOS.billing,
  },
  technical: {
    key: 'technical',
    queue: 'support',
    category: 'incident',
    level: 'L2',
    dispositions: ['resolved', 'follow_up', 'escalated', 'resolved'],
    scenarios: SCENARIOS.technical,
  },
  general: {
    key: 'general',
    queue: 'accueil',
    category: 'request',
    level: 'L1',
    dispositions: ['information', 'resolved', 'information'],
    scenarios: SCENARIOS.general,
  },
  complaint: {
    key: 'complaint',
    queue: 'reclamations',
    category: 'complaint',
    level: 'L2',
    dispositions: ['escalated', 'follow_up', 'resolved'],
    scenarios: SCENARIOS.complaint,
  },
  sales: {
    key: 'sales',
    queue: 'accueil',
    category: 'sales',
    level: 'L1',
    dispositions: ['sale', 'information', 'sale'],
    scenarios: SCENARIOS.sales,
  },
  move: {
    key: 'move',
    queue: 'accueil',
    category: 'request',
    level: 'L1',
    dispositions: ['resolved'],
    scenarios: SCENARIOS.move,
  },
};

/** How often each topic comes up in an ordinary contact. */
export const TOPIC_WEIGHTS: [TopicKey, number][] = [
  ['billing', 34],
  ['technical', 26],
  ['general', 26],
  ['sales', 8],
  ['complaint', 6],
];

export const TRANSFER_REASONS = [
  'Diagnostic technique approfondi nécessaire',
  'Réclamation : relève du service réclamations',
  'Demande de geste commercial au-delà du seuil N1',
  'Deux rappels déjà faits sans solution',
  'Intervention sur la ligne à programmer',
];

export const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
export const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
