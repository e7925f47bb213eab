import { closeCase, leaveOpen } from './demo-cases';
import { recordContact } from './demo-contacts';
import { caseEpisode, plainEpisode } from './demo-episodes';
import type { HistoryFacts } from './demo-model';
import { addDays, addMs, businessMomentBetween, HOUR_MS } from './demo-time';
import { TOPICS } from './demo-topics';
import { agentByEmail, frenchDate, type World } from './demo-world';

/** The fixed storylines of the showcase customers (see DEMO_SHOWCASE). */

/** A business moment on the day `daysAgo` days before now. */
function daysAgo(world: World, days: number): Date {
  const day = addDays(world.now, -days);
  return businessMomentBetween(world.rng, addMs(day, -36 * HOUR_MS), addMs(day, 12 * HOUR_MS));
}

function someOldContacts(world: World, facts: HistoryFacts, from: Date, until: Date, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const topic = TOPICS[world.rng.pick(['billing', 'general', 'sales'] as const)];
    plainEpisode(world, facts, businessMomentBetween(world.rng, from, until), topic);
  }
}

/**
 * Field note 1. Moved from Paris to Montreuil: the line was moved and the home address updated,
 * the billing address was not. Now a text message threatens to cut the line for non-payment.
 */
function movedBillingNotUpdated(world: World, facts: HistoryFacts, from: Date): void {
  const movedAt = facts.movedAt;
  if (!movedAt) throw new Error('the moved-customer story needs a move date');
  someOldContacts(world, facts, from, addDays(movedAt, -40), 3);
  const julien = agentByEmail(world, 'agent6@demo.local');
  const move = caseEpisode(world, facts, addDays(movedAt, -12), TOPICS.move, {
    open: true,
    channel: 'voice',
    subject: 'Déménagement : transfert de la ligne',
    firstAgent: julien,
    note: `Signale un déménagement le ${frenchDate(movedAt)}, nouvelle adresse : ${facts.newAddress}. Transfert de la ligne programmé, nouvelle adresse d’installation enregistrée.`,
    followUps: 0,
  });
  // The line followed him: a check call once it was switched on at the new address.
  const check = recordContact(world, facts, {
    channel: 'voice',
    direction: 'outbound',
    topic: TOPICS.move,
    scenario: TOPICS.move.scenarios[0]!,
    subject: move.subject,
    at: businessMomentBetween(world.rng, addDays(movedAt, 7), addDays(movedAt, 9)),
    agent: julien,
    queue: world.queues.accueil,
    caseId: move.id,
    outcome: 'closed',
    disposition: 'resolved',
    note: 'Ligne activée à Montreuil, test de tonalité OK. Numéro conservé.',
  });
  closeCase(world, facts, move, { at: check.closedAt, by: julien, resolution: 'resolved' });
  const camille = agentByEmail(world, 'agent1@demo.local');
  const row = caseEpisode(world, facts, daysAgo(world, 6), TOPICS.billing, {
    open: true,
    channel: 'voice',
    subject: 'Menace de suspension pour impayé : aucune facture reçue depuis le déménagement',
    firstAgent: camille,
    note: `Appelle car un SMS annonce la suspension de la ligne pour impayé ({amount} €). Aucune facture reçue depuis le déménagement du ${frenchDate(movedAt)}. Ligne en service à Montreuil. À vérifier avant toute suspension.`,
    followUps: 0,
  });
  leaveOpen(row, { status: 'open', dueAt: addMs(world.now, 20 * HOUR_MS) });
}

/**
 * A Brussels customer: no line for days, a technician booked who never came. The L1 agent opened a
 * complaint and transferred it, with its context, to a specialist; it is open and already overdue.
 */
function belgianComplaint(world: World, facts: HistoryFacts, from: Date): void {
  const [noTone] = TOPICS.technical.scenarios;
  const [noShow] = TOPICS.complaint.scenarios;
  someOldContacts(world, facts, from, addDays(world.now, -40), 3);
  const nathalie = agentByEmail(world, 'specialist1@demo.local');
  const helene = agentByEmail(world, 'specialist3@demo.local');
  const visit = frenchDate(daysAgo(world, 13));
  const incident = caseEpisode(world, facts, daysAgo(world, 17), TOPICS.technical, {
    open: true,
    scenario: noTone,
    channel: 'voice',
    subject: 'Coupure de la ligne',
    firstAgent: agentByEmail(world, 'agent3@demo.local'),
    note: 'Plus de tonalité ni d’internet depuis deux jours. Box redémarrée pendant l’appel, sans effet. Test de ligne : défaut sur la paire cuivre.',
    transferTo: nathalie,
    handler: nathalie,
    reason: 'Intervention sur la ligne à programmer',
    followUps: 0,
  });
  recordContact(world, facts, {
    channel: 'voice',
    direction: 'outbound',
    topic: TOPICS.technical,
    scenario: noTone!,
    subject: incident.subject,
    at: daysAgo(world, 16),
    agent: nathalie,
    queue: world.queues.support,
    caseId: incident.id,
    outcome: 'closed',
    disposition: 'follow_up',
    note: `Intervention technicien programmée le ${visit} entre 8 h et 12 h. Présence sur place nécessaire (accès au boîtier dans la cave).`,
  });

  const complaint = caseEpisode(world, facts, daysAgo(world, 11), TOPICS.complaint, {
    open: true,
    scenario: noShow,
    channel: 'voice',
    subject: 'Technicien absent au rendez-vous',
    firstAgent: agentByEmail(world, 'agent2@demo.local'),
    note: `Mécontentement : a posé une demi-journée de congé le ${visit}, le technicien n’est jamais venu. Toujours pas de ligne depuis plus d’une semaine. Demande une explication écrite et un geste commercial.`,
    transferTo: helene,
    handler: helene,
    followUps: 0,
  });
  recordContact(world, facts, {
    channel: 'voice',
    direction: 'outbound',
    topic: TOPICS.complaint,
    scenario: noShow!,
    subject: complaint.subject,
    at: daysAgo(world, 9),
    agent: helene,
    queue: world.queues.reclamations,
    caseId: complaint.id,
    outcome: 'closed',
    disposition: 'follow_up',
    note: 'Excuses présentées. Nouveau rendez-vous technicien à fixer avec le support N2. Geste commercial de 30 € à valider par la supervision.',
  });
  recordContact(world, facts, {
    channel: 'email',
    direction: 'inbound',
    topic: TOPICS.complaint,
    scenario: noShow!,
    subject: complaint.subject,
    at: daysAgo(world, 4),
    agent: helene,
    queue: world.queues.courriels,
    caseId: complaint.id,
    outcome: 'closed',
    disposition: 'follow_up',
    note: null,
    customerText:
      'Bonjour, on m’avait promis un nouveau rendez-vous et je n’ai toujours aucune date. Cela fait maintenant deux semaines sans téléphone ni internet. J’attends une réponse écrite.',
  });
  leaveOpen(incident, { status: 'pending', dueAt: addDays(world.now, 2) });
  leaveOpen(complaint, { status: 'open', dueAt: addMs(world.now, -5 * HOUR_MS) });
}

export function runStory(world: World, facts: HistoryFacts, from: Date): void {
  if (facts.story === 'moved-billing-not-updated') movedBillingNotUpdated(world, facts, from);
  else if (facts.story === 'belgian-complaint') belgianComplaint(world, facts, from);
}
