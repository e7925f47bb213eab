/**
 * What demo customers contact the centre about, and what agents write down. Notes are worded
 * without he/she (agents' shorthand: "Appelle car…"), so no gender is ever implied (field note 2).
 * Placeholders: {date}, {month}, {amount}, {weekday}, {address}.
 */

export type QueueKey = 'accueil' | 'onthaal' | 'facturation' | 'support' | 'reclamations' | 'courriels';
export type TopicKey = 'billing' | 'technical' | 'general' | 'complaint' | 'sales' | 'move';

export interface Topic {
  key: TopicKey;
  /** Queue of a voice/chat/callback contact on this topic (emails go to the e-mail queue). */
  queue: QueueKey;
  category: 'request' | 'incident' | 'complaint' | 'sales';
  /** L2 topics are handled or finished by specialists. */
  level: 'L1' | 'L2';
  subjects: string[];
  /** Subject line of an e-mail written in Dutch. */
  subjectNl: string;
  notes: string[];
  /** What the agent writes after following the matter up (an outbound call, a callback, a reply). */
  followUpNotes: string[];
  chatSummaries: string[];
  emailsFr: string[];
  emailsNl: string[];
  replies: string[];
  dispositions: string[];
}

export const TOPICS: Record<TopicKey, Topic> = {
  billing: {
    key: 'billing', queue: 'facturation', category: 'request', level: 'L1',
    subjects: ['Question sur la dernière facture', 'Prélèvement en double', "Demande d'échéancier", 'Changement de coordonnées bancaires', 'Facture plus élevée que prévu', 'Duplicata de facture'],
    subjectNl: 'Vraag over mijn factuur',
    notes: [
      'Appelle car le prélèvement du {date} a été fait deux fois ({amount} €). Double prélèvement confirmé, remboursement demandé à la comptabilité.',
      'Facture de {month} à {amount} € au lieu de 39,99 € habituels. Expliqué : régularisation des communications hors forfait. Explication acceptée.',
      'Souhaite régler {amount} € en trois fois. Échéancier accordé, premier prélèvement le {date}.',
      'Nouveau RIB reçu par courriel, mis à jour. Le prochain prélèvement se fera sur le nouveau compte.',
      'Demande un duplicata de la facture de {month} pour sa mutuelle. Envoyé par courriel.',
      'Ne comprend pas la ligne « frais de mise en service » ({amount} €). Expliqué : frais uniques à l’ouverture de la ligne.',
    ],
    followUpNotes: [
      'Rappel effectué : remboursement du prélèvement en double confirmé, visible sous 5 jours ouvrés.',
      'Échéancier validé par la comptabilité, confirmation envoyée.',
      'Avoir de {amount} € appliqué sur la prochaine facture.',
    ],
    chatSummaries: [
      'Question sur la facture de {month} : détail des communications envoyé, question résolue.',
      'Double prélèvement signalé : remboursement lancé sous 5 jours ouvrés.',
      'Changement de RIB : formulaire de mandat SEPA envoyé.',
    ],
    emailsFr: [
      'Bonjour, je constate deux prélèvements de {amount} € ce mois-ci. Pouvez-vous vérifier ? Cordialement.',
      'Bonjour, ma facture de {month} est bien plus élevée que d’habitude, pourquoi ? Merci.',
      'Madame, Monsieur, vous trouverez ci-joint mon nouveau RIB. Bien à vous.',
    ],
    emailsNl: [
      'Goedendag, ik zie twee domiciliëringen van {amount} € deze maand. Kunt u dat nakijken? Met vriendelijke groeten.',
      'Hallo, mijn factuur van {month} is veel hoger dan normaal. Waarom? Dank u.',
    ],
    replies: ['Remboursement du prélèvement en double confirmé.', 'Détail de la facture envoyé avec explication de la régularisation.', 'RIB mis à jour, confirmation envoyée.'],
    dispositions: ['resolved', 'resolved', 'information', 'follow_up'],
  },
  technical: {
    key: 'technical', queue: 'support', category: 'incident', level: 'L2',
    subjects: ['Coupure de la ligne', 'Débit internet très faible', 'Box qui redémarre en boucle', 'Pas de tonalité', 'Messagerie vocale inaccessible', 'Télévision : plus de chaînes'],
    subjectNl: 'Storing op mijn lijn',
    notes: [
      'Plus de tonalité depuis {weekday}. Test de ligne : défaut sur la paire cuivre. Intervention technicien proposée le {date} entre 8 h et 12 h.',
      'La box redémarre toutes les dix minutes depuis l’orage de la semaine dernière. Réinitialisation à distance sans effet : échange de la box envoyé en point relais.',
      'Débit mesuré à 2 Mb/s au lieu de 20. Synchronisation instable, ticket ouvert auprès du réseau. Rappel prévu sous 48 h.',
      'Ne reçoit plus les appels entrants, les appels sortants fonctionnent. Renvoi d’appel activé par erreur, désactivé en ligne : OK.',
      'Écran noir sur le décodeur TV. Câble HDMI vérifié ensemble, redémarrage du décodeur : les chaînes sont revenues.',
      'Coupures répétées le soir, déjà signalées au N1. Diagnostic N2 : port saturé au répartiteur, changement de port programmé le {date}.',
    ],
    followUpNotes: [
      'Rappel : intervention réalisée, ligne rétablie, tests de débit OK.',
      'Nouvelle box reçue et installée, plus de redémarrages.',
      'Changement de port effectué au répartiteur, synchronisation stable depuis 48 h.',
      'Rappel : incident réseau clos, service rétabli dans le secteur.',
    ],
    chatSummaries: [
      'Box qui redémarre : procédure de réinitialisation guidée, problème résolu.',
      'Débit faible en Wi-Fi : changement de canal conseillé, test concluant.',
      'Pas de tonalité : test de ligne lancé, incident réseau en cours dans le secteur.',
    ],
    emailsFr: [
      'Bonjour, plus d’internet depuis hier soir, les voyants de la box clignotent en rouge. Je télétravaille, c’est urgent.',
      'Bonjour, le débit est très faible depuis une semaine, pouvez-vous faire un test ? Merci.',
      'Bonjour, la messagerie vocale ne fonctionne plus depuis la mise à jour.',
    ],
    emailsNl: [
      'Goedendag, sinds gisteren heb ik geen internet meer. De modem knippert rood.',
      'Hallo, mijn modem herstart voortdurend. Kunnen jullie helpen?',
    ],
    replies: ['Test de ligne effectué, intervention programmée.', 'Procédure de réinitialisation envoyée, en attente de retour.', 'Incident réseau confirmé, rétablissement prévu sous 24 h.'],
    dispositions: ['resolved', 'follow_up', 'escalated', 'resolved'],
  },
  general: {
    key: 'general', queue: 'accueil', category: 'request', level: 'L1',
    subjects: ['Information sur les offres', 'Mise à jour des coordonnées', 'Question sur le contrat', 'Demande de résiliation', 'Code PUK', 'Suivi de commande'],
    subjectNl: 'Vraag over mijn contract',
    notes: [
      'Demande le code PUK. Identité vérifiée (date de naissance et adresse), code communiqué.',
      "Souhaite connaître la date de fin d'engagement : {date}. Conditions de résiliation rappelées.",
      'Nouvelle adresse e-mail communiquée, coordonnées mises à jour.',
      'Carte SIM commandée le {date}, pas encore reçue. Numéro de suivi communiqué, livraison prévue demain.',
      'Demande des informations sur l’offre fibre. Éligibilité vérifiée à l’adresse : éligible. Documentation envoyée.',
      'Appelle pour résilier suite à un départ à l’étranger. Justificatif demandé par courriel.',
    ],
    followUpNotes: [
      'Rappel : documents bien reçus, dossier mis à jour.',
      'Confirmation envoyée par courriel.',
    ],
    chatSummaries: [
      'Question sur les offres : comparatif envoyé par lien.',
      'Code PUK communiqué après vérification d’identité.',
      'Suivi de commande : colis en cours de livraison.',
    ],
    emailsFr: [
      'Bonjour, pouvez-vous me dire quand se termine mon engagement ? Merci d’avance.',
      'Bonjour, je souhaite mettre à jour mon adresse e-mail de contact.',
      'Bonjour, j’ai commandé une carte SIM il y a une semaine et je ne l’ai toujours pas reçue.',
    ],
    emailsNl: [
      'Goedendag, wanneer loopt mijn contract af? Alvast bedankt.',
      'Hallo, ik heb een nieuwe simkaart besteld maar nog niets ontvangen.',
    ],
    replies: ['Date de fin d’engagement communiquée.', 'Coordonnées mises à jour, confirmation envoyée.', 'Numéro de suivi du colis communiqué.'],
    dispositions: ['information', 'resolved', 'information'],
  },
  complaint: {
    key: 'complaint', queue: 'reclamations', category: 'complaint', level: 'L2',
    subjects: ['Technicien absent au rendez-vous', 'Coupure non annoncée', 'Facturation après résiliation', 'Attente trop longue au service client', 'Promesse de rappel non tenue'],
    subjectNl: 'Klacht',
    notes: [
      "Mécontentement : a posé une demi-journée de congé le {date}, le technicien n'est jamais venu. Demande un geste commercial.",
      'Ligne coupée sans préavis du {date} au lendemain soir, télétravail impossible. Demande une explication écrite et un dédommagement.',
      'Résiliation envoyée en recommandé le {date}, pourtant un prélèvement de {amount} € a encore eu lieu ce mois-ci. Copie de l’accusé de réception reçue.',
      'A attendu 25 minutes en ligne hier puis la communication a coupé. Souhaite un rappel sans avoir à tout réexpliquer.',
      'Deuxième appel pour le même problème : le rappel promis le {date} n’a pas eu lieu. Escalade demandée.',
      'Geste commercial de {amount} € proposé en avoir sur la prochaine facture : proposition acceptée.',
    ],
    followUpNotes: [
      'Excuses présentées au nom du service. Geste commercial de {amount} € accordé en avoir.',
      'Réponse écrite envoyée avec le détail des remboursements.',
      'Rappel : la solution proposée convient, réclamation close.',
    ],
    chatSummaries: [
      'Réclamation pour rendez-vous technicien manqué : transmise au service réclamations.',
      'Mécontentement sur la durée d’attente : excuses présentées, rappel proposé.',
    ],
    emailsFr: [
      'Madame, Monsieur, c’est la deuxième fois que le technicien ne vient pas au rendez-vous. Je demande un dédommagement.',
      'Bonjour, j’ai résilié il y a deux mois et vous continuez à me prélever. Je vous demande de me rembourser.',
      'Bonjour, ma ligne a été coupée sans aucun préavis. Je souhaite une explication écrite.',
    ],
    emailsNl: [
      'Geachte, de technieker is voor de tweede keer niet komen opdagen. Ik vraag een compensatie.',
      'Goedendag, ik heb opgezegd maar word nog steeds gedebiteerd. Graag terugbetaling.',
    ],
    replies: ['Réclamation enregistrée, réponse écrite sous 8 jours.', 'Excuses présentées et geste commercial proposé.', 'Remboursement des prélèvements après résiliation confirmé.'],
    dispositions: ['escalated', 'follow_up', 'resolved'],
  },
  sales: {
    key: 'sales', queue: 'accueil', category: 'sales', level: 'L1',
    subjects: ['Passage à la fibre', 'Souscription option TV', "Ajout d'une ligne mobile", 'Changement de forfait'],
    subjectNl: 'Vraag over een abonnement',
    notes: [
      'Intérêt pour la fibre : adresse éligible, rendez-vous d’installation pris le {date}.',
      'Souhaite ajouter une ligne mobile pour un enfant. Forfait 20 Go souscrit, carte SIM envoyée.',
      'Passage au forfait 100 Go à compter du {date}.',
      'Option TV souscrite, activation sous 24 h. Décodeur envoyé en point relais.',
    ],
    followUpNotes: [
      'Souscription confirmée, contrat envoyé par courriel.',
      'Rappel : installation fibre effectuée, ancienne ligne résiliée.',
    ],
    chatSummaries: ['Simulation fibre faite en ligne : devis envoyé.', 'Ajout d’une ligne mobile : souscription finalisée.'],
    emailsFr: ['Bonjour, je voudrais passer à la fibre. Mon adresse est-elle éligible ?', 'Bonjour, quelles sont vos offres pour ajouter une ligne mobile ?'],
    emailsNl: ['Goedendag, kan ik overstappen naar glasvezel op mijn adres?'],
    replies: ['Éligibilité confirmée, lien de souscription envoyé.', 'Offres mobiles envoyées.'],
    dispositions: ['sale', 'information', 'sale'],
  },
  move: {
    key: 'move', queue: 'accueil', category: 'request', level: 'L1',
    subjects: ['Déménagement'],
    subjectNl: 'Verhuis',
    notes: [
      'Signale un déménagement le {date} au {address}. Transfert de la ligne programmé, nouvelle adresse d’installation enregistrée.',
    ],
    followUpNotes: [
      'Ligne activée à la nouvelle adresse, test de tonalité OK.',
      'Confirmation du transfert de ligne envoyée par courriel.',
    ],
    chatSummaries: ['Déménagement : transfert de ligne programmé au {address}.'],
    emailsFr: ['Bonjour, je déménage le {date}. Pouvez-vous transférer ma ligne à ma nouvelle adresse : {address} ?'],
    emailsNl: ['Goedendag, ik verhuis op {date}. Kunnen jullie mijn lijn overzetten naar {address}?'],
    replies: ['Transfert de ligne programmé à la nouvelle adresse.'],
    dispositions: ['resolved'],
  },
};

/** How often each topic comes up in an ordinary contact. */
export const TOPIC_WEIGHTS: [TopicKey, number][] = [
  ['billing', 34], ['technical', 26], ['general', 26], ['sales', 8], ['complaint', 6],
];

export const TRANSFER_REASONS = [
  'Diagnostic technique approfondi nécessaire',
  'Réclamation : relève du service réclamations',
  'Demande de geste commercial au-delà du seuil N1',
  'Deux rappels déjà faits sans solution',
  'Intervention sur la ligne à programmer',
];

export const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
