import type { reasonsEn } from './reasons-en';

/** The French message of each error reason (same keys as `reasons-en.ts`, checked by the compiler). */
export const reasonsFr: Record<keyof typeof reasonsEn, string> = {
  'reason.invalid_input': 'Certains champs ne sont pas valides. Vérifiez les champs signalés.',
  'reason.unsupported_encoding':
    'La requête utilise un encodage de texte que le serveur n’accepte pas. Rechargez la page et réessayez.',
  'reason.transfer_to_self': 'Vous ne pouvez pas vous transférer un contact. Choisissez un autre agent ou une file.',
  'reason.queue_channel_mismatch': 'Cette file ne traite pas ce canal. Choisissez une autre file.',
  'reason.timeline_cursor_invalid':
    'L’historique ne peut pas reprendre à cet endroit. Rechargez l’historique du client.',
  'reason.case_not_open':
    'Ce dossier est clos ou appartient à un autre client. Choisissez l’un des dossiers ouverts du client.',
  'reason.disposition_unknown':
    'Cette issue ne fait pas partie des issues configurées. Choisissez-en une dans la liste.',
  'reason.phone_withheld':
    'Un numéro masqué ne peut pas être enregistré. Laissez le champ téléphone vide ou saisissez un vrai numéro.',
  'reason.withheld_number_not_blockable': 'Un numéro masqué ne peut pas être bloqué.',
  'reason.topic_unknown': 'Ce sujet de chat n’existe plus. Choisissez l’un des sujets proposés.',
  'reason.phone_not_callable': 'Ce numéro ne permet pas de rappeler. Saisissez un numéro complet.',
  'reason.malformed_json': 'La requête n’a pas été comprise. Rechargez la page et réessayez.',
  'reason.payload_too_large': 'C’est trop volumineux pour être envoyé. Raccourcissez et réessayez.',
  'reason.unsupported_media_type':
    'La requête a été envoyée dans un format que le serveur n’accepte pas. Rechargez la page et réessayez.',

  'reason.sign_in_required': 'Votre session a pris fin. Reconnectez-vous.',
  'reason.chat_link_expired': 'Ce lien de chat n’est plus valable.',
  'reason.cti_token_invalid': 'La liaison téléphonique a été refusée : son jeton est inconnu ou révoqué.',
  'reason.cti_signature_invalid': 'La liaison téléphonique a été refusée : sa signature est absente ou fausse.',
  'reason.invalid_credentials': 'E-mail ou mot de passe incorrect',
  'reason.role_required':
    'Votre rôle ne permet pas cette action. Adressez-vous à un superviseur ou à un administrateur.',
  'reason.origin_not_allowed':
    'Cette page n’est pas autorisée à se connecter au poste. Ouvrez le poste depuis sa propre adresse.',
  'reason.call_wrap_up_not_yours': 'Seul l’agent qui a pris cet appel, ou un superviseur, peut le clôturer.',
  'reason.case_close_not_allowed': 'Seul le responsable du dossier ou un superviseur peut clore ce dossier.',

  'reason.agent_not_found': 'Cet agent n’existe plus.',
  'reason.offer_not_found': 'Cette proposition n’existe plus ou était destinée à un autre agent.',
  'reason.contact_not_found': 'Ce contact n’existe plus.',
  'reason.queue_not_found': 'Cette file n’existe plus.',
  'reason.customer_not_found': 'Ce client n’existe plus.',
  'reason.case_not_found': 'Ce dossier n’existe plus.',
  'reason.call_not_found': 'Cet appel n’existe plus, ou il n’est pas le vôtre.',
  'reason.chat_not_found': 'Ce chat n’existe plus, ou il n’est pas le vôtre.',
  'reason.conversation_not_found': 'Cette conversation n’existe plus.',
  'reason.canned_reply_not_found': 'Cette réponse type n’existe plus.',
  'reason.blocked_number_not_found': 'Ce numéro n’est plus bloqué.',
  'reason.disposition_not_found': 'Cette issue n’existe plus.',
  'reason.pbx_not_found': 'Ce PBX n’existe pas ou a déjà été révoqué.',
  'reason.route_not_found': 'Le serveur ne connaît pas cette requête. Rechargez la page.',

  'reason.offer_already_decided': 'Cette proposition a déjà été acceptée, refusée ou retirée.',
  'reason.offer_expired': 'Cette proposition a expiré avant que vous ne l’acceptiez.',
  'reason.agent_at_capacity': 'Vous êtes déjà à pleine capacité sur ce canal. Terminez d’abord un contact.',
  'reason.contact_not_transferable':
    'Seul l’agent qui traite un contact en cours peut le transférer. Ce contact n’est plus en cours ou n’est plus le vôtre.',
  'reason.contact_state_conflict':
    'Ce contact a changé d’état entre-temps (pris, transféré ou terminé). L’écran montre où il en est.',
  'reason.transfer_already_pending': 'Un transfert de ce contact attend déjà d’être accepté.',
  'reason.queue_closed': 'Cette file est fermée en ce moment. Choisissez une autre file ou un agent.',
  'reason.queue_name_taken': 'Une file porte déjà ce nom.',
  'reason.call_not_in_wrap_up': 'Cet appel n’est pas en clôture : il est encore en cours ou déjà clôturé.',
  'reason.call_not_missed': 'Cet appel n’a pas été manqué : il ne peut pas être marqué comme traité.',
  'reason.chat_not_active': 'Ce chat n’est pas en cours : aucun message ne peut plus être envoyé.',
  'reason.chat_not_closable': 'Ce chat ne peut pas être clos : il n’est ni en cours ni en clôture.',
  'reason.chat_ended': 'Ce chat est terminé : aucun message ne peut plus être envoyé.',
  'reason.chat_not_ended': 'La transcription peut être envoyée une fois le chat terminé.',
  'reason.case_already_closed': 'Ce dossier est déjà clos.',
  'reason.case_has_open_contacts': 'Ce dossier a encore un contact ouvert. Terminez-le avant de clore le dossier.',
  'reason.canned_reply_title_taken': 'Une réponse en service porte déjà ce titre dans cette langue.',
  'reason.pbx_name_taken': 'Un PBX porte déjà ce nom.',

  'reason.sign_in_throttled': 'Trop d’échecs de connexion. Patientez quelques minutes avant de réessayer.',
  'reason.chat_start_throttled': 'Trop de chats ont été ouverts depuis ce réseau. Réessayez plus tard.',
  'reason.chat_messages_throttled': 'Trop de messages en peu de temps. Patientez quelques secondes et renvoyez.',

  'reason.internal': 'Une erreur s’est produite sur le serveur. Elle a été consignée ; réessayez.',
  'reason.service_unavailable': 'Le service est momentanément indisponible. Réessayez dans un instant.',
};
