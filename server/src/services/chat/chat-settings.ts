/** The chat's tunable limits (CHAT_* settings in config.ts). */
export interface ChatSettings {
  /** Messages a visitor may send per minute in one conversation. */
  visitorMessagesPerMinute: number;
  /** Conversations (and left messages / callback requests) per hour from one IP address. */
  conversationsPerHourPerIp: number;
  /** Key for hashing client addresses (the session secret). */
  addressSecret: string;
  /** Time zone of transcripts' clock times. */
  timeZone: string;
}

export const DEFAULT_CHAT_SETTINGS: Omit<ChatSettings, 'addressSecret'> = {
  visitorMessagesPerMinute: 20,
  conversationsPerHourPerIp: 10,
  timeZone: 'Europe/Paris',
};
