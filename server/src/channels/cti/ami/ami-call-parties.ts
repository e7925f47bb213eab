import { amiField, type AmiMessage } from './ami-message';

/** How the tracker tells an agent's phone from the outside world. */
export interface PartyRules {
  /**
   * Dialplan contexts that internal phones start their calls in (e.g. `from-internal`). When the
   * list is not empty it alone decides a call's direction: a first channel in one of these
   * contexts makes an outgoing call, any other context an incoming one.
   */
  internalContexts: readonly string[];
  /** What an internal extension looks like; used when no contexts are configured. */
  extensionPattern: RegExp;
}

/** Two to six digits: extensions, never a national or E.164 number (those are 8+ digits). */
export const DEFAULT_EXTENSION_PATTERN = /^\d{2,6}$/;

/** What the tracker keeps of one channel (one leg). */
export interface ChannelInfo {
  uniqueid: string;
  name: string;
  callerIdNum: string;
  exten: string;
  context: string;
}

/** Asterisk writes `<unknown>` (or nothing) where it has no number. */
export function cleanNumber(value: string | undefined): string {
  const text = (value ?? '').trim();
  return text === '<unknown>' || text === '<Unknown>' ? '' : text;
}

/** Channel technology: `PJSIP`, `SIP`, `Local`, `DAHDI`... */
export function channelTech(name: string): string {
  return name.split('/')[0] ?? '';
}

/**
 * The endpoint part of a channel name: `PJSIP/1001-0000002a` -> `1001`,
 * `SIP/1001-00000001` -> `1001`, `Local/1001@from-queue-00000003;1` -> `1001`.
 * Asterisk appends `-<hex sequence>` (and `;1`/`;2` for Local), so the last dash group is cut.
 */
export function channelEndpoint(name: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) return '';
  const rest = name.slice(slash + 1).replace(/<[A-Z]+>$/, '');
  const at = rest.indexOf('@');
  if (at >= 0) return rest.slice(0, at);
  return rest.replace(/;\d$/, '').replace(/-[0-9a-f]+$/i, '');
}

/** Channel details from an event, with an optional field prefix (`Dest`, `Transferer`...). */
export function channelFrom(message: AmiMessage, prefix = ''): ChannelInfo | null {
  const uniqueid = amiField(message, `${prefix}Uniqueid`);
  if (!uniqueid) return null;
  return {
    uniqueid,
    name: amiField(message, `${prefix}Channel`) ?? '',
    callerIdNum: cleanNumber(amiField(message, `${prefix}CallerIDNum`)),
    exten: cleanNumber(amiField(message, `${prefix}Exten`)),
    context: amiField(message, `${prefix}Context`) ?? '',
  };
}

/**
 * The rule for direction: a call is outgoing when its first channel is internal, that is
 * - a `Local/` channel (the PBX itself placed it: Originate, click-to-call), or
 * - its context is one of `internalContexts` (when configured), or, without that list,
 * - its caller number looks like an extension (`extensionPattern`).
 * Everything else (a trunk, a caller with a real phone number) is an incoming call.
 */
export function isInternal(channel: ChannelInfo, rules: PartyRules): boolean {
  if (channelTech(channel.name).toLowerCase() === 'local') return true;
  if (rules.internalContexts.length > 0) return rules.internalContexts.includes(channel.context);
  return rules.extensionPattern.test(channel.callerIdNum);
}

/**
 * Which extension a dialled leg rings: its caller id when it looks like an extension (Asterisk
 * gives an outgoing leg the callee's number), else the endpoint in the channel name, else
 * whatever number the event has.
 */
export function ringingExtension(channel: ChannelInfo, rules: PartyRules): string {
  const endpoint = channelEndpoint(channel.name);
  if (rules.extensionPattern.test(channel.callerIdNum)) return channel.callerIdNum;
  if (rules.extensionPattern.test(endpoint)) return endpoint;
  return channel.callerIdNum || channel.exten || endpoint;
}
