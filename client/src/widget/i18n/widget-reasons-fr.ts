import type { widgetReasonsEn } from './widget-reasons-en';

/** The visitor's messages per error reason, in French (same keys as `widget-reasons-en.ts`). */
export const widgetReasonsFr: Record<keyof typeof widgetReasonsEn, string> = {
  'reason.invalid_input': 'Certains champs ne sont pas valides. Vérifiez-les et réessayez.',
  'reason.unsupported_encoding': 'Votre message n’a pas pu être lu. Rechargez la page et réessayez.',
  'reason.malformed_json': 'Votre demande n’a pas pu être lue. Rechargez la page et réessayez.',
  'reason.payload_too_large': 'C’est trop long pour être envoyé. Raccourcissez et réessayez.',
  'reason.unsupported_media_type': 'Votre demande n’a pas pu être lue. Rechargez la page et réessayez.',
  'reason.topic_unknown': 'Ce sujet n’est plus proposé. Choisissez-en un autre.',
  'reason.phone_not_callable':
    'Nous ne pouvons pas appeler ce numéro. Saisissez un numéro complet, par exemple 06 12 34 56 78 ou +32 2 123 45 67.',
  'reason.chat_link_expired': 'Cette discussion n’est plus disponible. Vous pouvez en démarrer une nouvelle.',
  'reason.origin_not_allowed': 'La discussion ne peut pas s’ouvrir depuis cette page.',
  'reason.conversation_not_found': 'Cette discussion n’est plus disponible. Vous pouvez en démarrer une nouvelle.',
  'reason.route_not_found': 'La discussion n’a pas pu traiter cette demande. Rechargez la page.',
  'reason.chat_ended': 'Cette discussion est terminée. Démarrez-en une nouvelle pour nous écrire à nouveau.',
  'reason.chat_not_ended': 'La transcription peut être envoyée une fois la discussion terminée.',
  'reason.chat_start_throttled':
    'Trop de discussions ont été ouvertes depuis votre réseau au cours de la dernière heure. Réessayez plus tard.',
  'reason.chat_messages_throttled': 'Vous envoyez des messages trop vite. Patientez quelques secondes, puis réessayez.',
  'reason.internal': 'Une erreur s’est produite de notre côté. Réessayez.',
  'reason.service_unavailable': 'La discussion est momentanément indisponible. Réessayez dans un instant.',
};
