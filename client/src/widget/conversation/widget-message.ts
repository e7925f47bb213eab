/** What the visitor sees of their own message: from "sending" (not yet acknowledged) to "read". */
export type DeliveryState = 'sending' | 'sent' | 'delivered' | 'read' | 'failed';

/** One line of the conversation as the widget shows it, whatever the wire format. */
export interface WidgetMessage {
  /** The clientMessageId for the visitor's messages (stable from "sending" to "read"), else the server id. */
  key: string;
  author: 'visitor' | 'agent' | 'system';
  authorName: string | null;
  /** Untrusted text: rendered as a text node, never as HTML. */
  body: string;
  at: string;
  /** Only on the visitor's own messages. */
  delivery: DeliveryState | null;
}
