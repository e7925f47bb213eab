import { randomUUID } from 'node:crypto';
import type { Role } from '@shared/schemas/agent';
import { DEFAULT_CAPACITY } from '@shared/schemas/agent';
import type { Channel } from '@shared/schemas/common';
import type { agents, queues } from '../db/schema';
import type { QueueKey } from './demo-topics';

/** The demo team: six L1 agents, three L2 specialists, a supervisor and an administrator. */

export interface StaffSpec {
  email: string;
  displayName: string;
  role: Role;
  skills: string[];
  extension: string;
}

export const DEMO_STAFF: StaffSpec[] = [
  {
    email: 'agent1@demo.local',
    displayName: 'Camille Laurent',
    role: 'agent',
    skills: ['general', 'billing'],
    extension: '1001',
  },
  {
    email: 'agent2@demo.local',
    displayName: 'Pieter Janssens',
    role: 'agent',
    skills: ['general', 'billing', 'dutch'],
    extension: '1002',
  },
  {
    email: 'agent3@demo.local',
    displayName: 'Sophie Lambert',
    role: 'agent',
    skills: ['general', 'billing'],
    extension: '1003',
  },
  {
    email: 'agent4@demo.local',
    displayName: 'Karim Haddad',
    role: 'agent',
    skills: ['general', 'billing'],
    extension: '1004',
  },
  {
    email: 'agent5@demo.local',
    displayName: 'Els Peeters',
    role: 'agent',
    skills: ['general', 'dutch'],
    extension: '1005',
  },
  { email: 'agent6@demo.local', displayName: 'Julien Moreau', role: 'agent', skills: ['general'], extension: '1006' },
  {
    email: 'specialist1@demo.local',
    displayName: 'Nathalie Dubois',
    role: 'specialist',
    skills: ['technical', 'complaints', 'billing'],
    extension: '1007',
  },
  {
    email: 'specialist2@demo.local',
    displayName: 'Koen Vermeulen',
    role: 'specialist',
    skills: ['technical', 'dutch'],
    extension: '1008',
  },
  {
    email: 'specialist3@demo.local',
    displayName: 'Hélène Fournier',
    role: 'specialist',
    skills: ['complaints', 'billing', 'technical'],
    extension: '1009',
  },
  {
    email: 'supervisor@demo.local',
    displayName: 'Isabelle Mercier',
    role: 'supervisor',
    skills: ['general', 'complaints'],
    extension: '1010',
  },
  { email: 'admin@demo.local', displayName: 'Thomas Renard', role: 'admin', skills: [], extension: '1011' },
];

export type AgentRow = Omit<typeof agents.$inferInsert, 'passwordHash'> & {
  id: string;
  displayName: string;
  role: Role;
  skills: string[];
};

/** The team without password hashes (hashed separately, in parallel with the rest of the seed). */
export function buildAgentRows(now: Date): AgentRow[] {
  return DEMO_STAFF.map((spec) => ({
    id: randomUUID(),
    email: spec.email,
    displayName: spec.displayName,
    role: spec.role,
    skills: spec.skills,
    capacity: { ...DEFAULT_CAPACITY },
    presence: 'offline',
    presenceChangedAt: now,
    extension: spec.extension,
    locale: null,
    active: true,
  }));
}

type Hours = Record<string, [string, string][]>;

/** Weekdays 08:00-22:00 and Saturday 09:00-17:30, as in the 1999 survey (field note 5). */
const LONG_HOURS: Hours = {
  mon: [['08:00', '22:00']],
  tue: [['08:00', '22:00']],
  wed: [['08:00', '22:00']],
  thu: [['08:00', '22:00']],
  fri: [['08:00', '22:00']],
  sat: [['09:00', '17:30']],
};
/** Office hours with a lunch break: specialists and complaints. */
const OFFICE_HOURS: Hours = {
  mon: [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ],
  tue: [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ],
  wed: [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ],
  thu: [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ],
  fri: [
    ['09:00', '12:30'],
    ['13:30', '17:00'],
  ],
};
const BRUSSELS_HOURS: Hours = {
  mon: [['08:00', '20:00']],
  tue: [['08:00', '20:00']],
  wed: [['08:00', '20:00']],
  thu: [['08:00', '20:00']],
  fri: [['08:00', '20:00']],
  sat: [['09:00', '13:00']],
};

interface QueueSpec {
  key: QueueKey;
  name: string;
  channels: Channel[];
  requiredSkills: string[];
  priority: number;
  timeZone: string;
  businessHours: Hours;
  serviceLevelPercent: number;
  serviceLevelSeconds: number;
  /** Live channels offer a callback when closed; e-mail simply waits for the opening. */
  afterHoursAction?: 'wait' | 'callback' | 'message';
}

/** Live channels share a queue's 80 % in 20 s target; e-mail has its own queue at 90 % in 24 h. */
export const DEMO_QUEUES: QueueSpec[] = [
  {
    key: 'accueil',
    name: 'Accueil',
    channels: ['voice', 'chat', 'callback'],
    requiredSkills: ['general'],
    priority: 0,
    timeZone: 'Europe/Paris',
    businessHours: LONG_HOURS,
    serviceLevelPercent: 80,
    serviceLevelSeconds: 20,
    afterHoursAction: 'callback',
  },
  {
    key: 'onthaal',
    name: 'Onthaal (NL)',
    channels: ['voice', 'chat', 'callback'],
    requiredSkills: ['general', 'dutch'],
    priority: 0,
    timeZone: 'Europe/Brussels',
    businessHours: BRUSSELS_HOURS,
    serviceLevelPercent: 80,
    serviceLevelSeconds: 20,
    afterHoursAction: 'callback',
  },
  {
    key: 'facturation',
    name: 'Facturation',
    channels: ['voice', 'callback'],
    requiredSkills: ['billing'],
    priority: 1,
    timeZone: 'Europe/Paris',
    businessHours: LONG_HOURS,
    serviceLevelPercent: 80,
    serviceLevelSeconds: 20,
    afterHoursAction: 'callback',
  },
  {
    key: 'support',
    name: 'Support technique N2',
    channels: ['voice', 'chat', 'callback'],
    requiredSkills: ['technical'],
    priority: 1,
    timeZone: 'Europe/Paris',
    businessHours: OFFICE_HOURS,
    serviceLevelPercent: 80,
    serviceLevelSeconds: 30,
    afterHoursAction: 'callback',
  },
  {
    key: 'reclamations',
    name: 'Réclamations',
    channels: ['voice', 'callback'],
    requiredSkills: ['complaints'],
    priority: 2,
    timeZone: 'Europe/Paris',
    businessHours: OFFICE_HOURS,
    serviceLevelPercent: 80,
    serviceLevelSeconds: 20,
    afterHoursAction: 'message',
  },
  {
    key: 'courriels',
    name: 'Courriels',
    channels: ['email'],
    requiredSkills: ['general'],
    priority: 0,
    timeZone: 'Europe/Paris',
    businessHours: LONG_HOURS,
    serviceLevelPercent: 90,
    serviceLevelSeconds: 86_400,
  },
];

export type QueueRow = typeof queues.$inferInsert & { id: string; name: string; key: QueueKey };

export function buildQueueRows(): QueueRow[] {
  return DEMO_QUEUES.map((spec) => ({ id: randomUUID(), ...spec }));
}

/** Strips the seed's own fields before an insert. */
export function queueInsert(row: QueueRow): typeof queues.$inferInsert {
  const { key: _key, ...insert } = row;
  return insert;
}
