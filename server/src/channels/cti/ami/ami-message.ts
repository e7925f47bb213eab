/**
 * One AMI message (event, response, or an action as seen in recorded sessions): `Key: Value`
 * lines. Keys are case-insensitive on the wire (Asterisk itself writes `UniqueID` in one event and
 * `Uniqueid` in the next), so lookups go through lower-cased keys; the lines keep the original
 * spelling and order for audit.
 */
export interface AmiMessage {
  /** Every `Key: Value` line in wire order, key as sent. */
  readonly lines: ReadonlyArray<readonly [key: string, value: string]>;
  /** Lower-cased key -> every value in order (repeated keys such as `Variable` keep them all). */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Lines that are not `Key: Value`: the output of `Response: Follows` (legacy `Command`). */
  readonly output: readonly string[];
}

/** First value of a field, case-insensitive; undefined when absent. */
export function amiField(message: AmiMessage, key: string): string | undefined {
  return message.fields.get(key.toLowerCase())?.[0];
}

/** Every value of a repeated field, case-insensitive. */
export function amiFieldAll(message: AmiMessage, key: string): readonly string[] {
  return message.fields.get(key.toLowerCase()) ?? [];
}

/** The event name (`Event:` header), or undefined for responses and actions. */
export function amiEventName(message: AmiMessage): string | undefined {
  return amiField(message, 'Event');
}

/**
 * Fields as a plain object for `CallSignal.raw` and logs: original key spelling, a repeated key
 * becomes an array. Null prototype so a hostile `__proto__:` line cannot reach Object.prototype.
 */
export function amiToRecord(message: AmiMessage): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of message.lines) {
    const previous = record[key];
    if (previous === undefined) record[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else record[key] = [previous, value];
  }
  if (message.output.length > 0) record.Output = [...message.output];
  return record;
}

/** Builds a message from lines (used by the parser and by tests that write AMI by hand). */
export function buildAmiMessage(
  lines: ReadonlyArray<readonly [string, string]>,
  output: readonly string[] = [],
): AmiMessage {
  const fields = new Map<string, string[]>();
  for (const [key, value] of lines) {
    const lower = key.toLowerCase();
    const values = fields.get(lower);
    if (values) values.push(value);
    else fields.set(lower, [value]);
  }
  return { lines, fields, output };
}

/** Serialises an action for the wire: CRLF line ends, blank line at the end. */
export function formatAmiAction(fields: ReadonlyArray<readonly [string, string]>): string {
  // A CR or LF inside a value would let a caller inject extra headers or a second action.
  const clean = (text: string) => text.replace(/[\r\n]+/g, ' ');
  const lines = fields.map(([key, value]) => `${clean(key)}: ${clean(value)}\r\n`).join('');
  return `${lines}\r\n`;
}
