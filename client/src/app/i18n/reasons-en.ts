/**
 * One message per error reason of `@shared/errors`, in English. Spread into `en.ts`; `fr.ts`
 * gets `reasons-fr.ts`. Written for the agent or admin who meets the error: what happened and
 * what to do next. The compiler and `tests/unit/error-reason-messages.test.ts` refuse a missing one.
 */
export const reasonsEn = {
  'reason.invalid_input': 'Some fields are not valid. Check the highlighted fields.',
  'reason.unsupported_encoding':
    'The request used a text encoding the server does not accept. Reload the page and try again.',
  'reason.transfer_to_self': 'You cannot transfer a contact to yourself. Choose another agent or a queue.',
  'reason.queue_channel_mismatch': 'This queue does not handle this channel. Choose another queue.',
  'reason.timeline_cursor_invalid': 'The history could not be continued from here. Reload the customer’s history.',
  'reason.case_not_open': 'This case is closed or belongs to another customer. Pick one of the customer’s open cases.',
  'reason.disposition_unknown': 'This outcome is not one of the configured outcomes. Choose one from the list.',
  'reason.phone_withheld': 'A withheld number cannot be stored. Leave the phone field empty or enter a real number.',
  'reason.withheld_number_not_blockable': 'A withheld number cannot be blocked.',
  'reason.topic_unknown': 'This chat topic no longer exists. Choose one of the topics offered.',
  'reason.phone_not_callable': 'This is not a phone number we can call back. Enter a full number.',
  'reason.malformed_json': 'The request was not understood. Reload the page and try again.',
  'reason.payload_too_large': 'This is too large to send. Shorten it and try again.',
  'reason.unsupported_media_type':
    'The request was sent in a format the server does not accept. Reload the page and try again.',

  'reason.sign_in_required': 'Your session has ended. Sign in again.',
  'reason.chat_link_expired': 'This chat link is no longer valid.',
  'reason.cti_token_invalid': 'The telephony link was refused: its token is unknown or revoked.',
  'reason.cti_signature_invalid': 'The telephony link was refused: its signature is missing or wrong.',
  'reason.invalid_credentials': 'Wrong email or password',
  'reason.role_required': 'Your role does not allow this. Ask a supervisor or an administrator.',
  'reason.origin_not_allowed': 'This page is not allowed to connect to the desk. Open the desk from its own address.',
  'reason.call_wrap_up_not_yours': 'Only the agent who took this call, or a supervisor, can wrap it up.',
  'reason.case_close_not_allowed': 'Only the case owner or a supervisor can close this case.',

  'reason.agent_not_found': 'This agent no longer exists.',
  'reason.offer_not_found': 'This offer no longer exists or was meant for another agent.',
  'reason.contact_not_found': 'This contact no longer exists.',
  'reason.queue_not_found': 'This queue no longer exists.',
  'reason.customer_not_found': 'This customer no longer exists.',
  'reason.case_not_found': 'This case no longer exists.',
  'reason.call_not_found': 'This call no longer exists, or it is not yours.',
  'reason.chat_not_found': 'This chat no longer exists, or it is not yours.',
  'reason.conversation_not_found': 'This conversation no longer exists.',
  'reason.canned_reply_not_found': 'This canned reply no longer exists.',
  'reason.blocked_number_not_found': 'This number is no longer blocked.',
  'reason.disposition_not_found': 'This outcome no longer exists.',
  'reason.pbx_not_found': 'This PBX does not exist or was already revoked.',
  'reason.route_not_found': 'The server does not know this request. Reload the page.',

  'reason.offer_already_decided': 'This offer was already accepted, declined or withdrawn.',
  'reason.offer_expired': 'This offer expired before you accepted it.',
  'reason.agent_at_capacity': 'You are already at capacity on this channel. Finish a contact first.',
  'reason.contact_not_transferable':
    'Only the agent handling an active contact can transfer it. This contact is not active or not yours any more.',
  'reason.contact_state_conflict':
    'This contact has moved on in the meantime (answered, transferred or ended). The screen shows where it is now.',
  'reason.transfer_already_pending': 'A transfer of this contact is already waiting to be accepted.',
  'reason.queue_closed': 'This queue is closed now. Choose another queue or an agent.',
  'reason.queue_name_taken': 'A queue with this name exists already.',
  'reason.call_not_in_wrap_up': 'This call is not in wrap-up: it is still in progress or already wrapped up.',
  'reason.call_not_missed': 'This call was not missed, so it cannot be marked as handled.',
  'reason.chat_not_active': 'This chat is not in progress: no more messages can be sent.',
  'reason.chat_not_closable': 'This chat cannot be closed: it is not in progress or in wrap-up.',
  'reason.chat_ended': 'This chat has ended: no more messages can be sent.',
  'reason.chat_not_ended': 'The transcript can be sent once the chat has ended.',
  'reason.case_already_closed': 'This case is already closed.',
  'reason.case_has_open_contacts': 'This case still has an open contact. Finish it before closing the case.',
  'reason.canned_reply_title_taken': 'A reply in use has this title in this language already.',
  'reason.pbx_name_taken': 'A PBX with this name exists already.',

  'reason.sign_in_throttled': 'Too many failed sign-ins. Wait a few minutes before trying again.',
  'reason.chat_start_throttled': 'Too many chats were started from this network. Try again later.',
  'reason.chat_messages_throttled': 'Too many messages in a short time. Wait a few seconds and send again.',

  'reason.internal': 'Something went wrong on the server. It has been logged; try again.',
  'reason.service_unavailable': 'The service is temporarily unavailable. Try again shortly.',
} as const;
