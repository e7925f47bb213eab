import { StringDecoder } from 'node:string_decoder';
import { buildAmiMessage, type AmiMessage } from './ami-message';

/** What the parser found in the bytes fed so far. */
export type AmiFrame =
  | { type: 'greeting'; version: string; line: string }
  | { type: 'message'; message: AmiMessage }
  /** A message larger than the cap: dropped whole, reported so the client can log it. */
  | { type: 'oversized'; bytes: number };

/** Big enough for any event or `PJSIPShowEndpoint` detail; small enough that a peer cannot exhaust memory. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

const GREETING = /^(.*Call Manager(?: Proxy)?)\/(\S+)\s*$/i;
const END_COMMAND = '--END COMMAND--';
const HEADER_LINE = /^[A-Za-z0-9_-]+:/;

/**
 * Incremental parser of the AMI wire protocol. Feed it chunks as they come off the socket (split
 * anywhere, even inside a line or a UTF-8 character); it returns the frames completed so far.
 *
 * - The first line may be the greeting (`Asterisk Call Manager/5.0.1`), which has no blank line after it.
 * - A message is `Key: Value` lines ended by a blank line; CRLF or LF; blank lines between messages are skipped.
 * - `Response: Follows` (Asterisk <= 13 `Command`) is followed by free text, blank lines included, up to
 *   `--END COMMAND--`: header lines before the first free line stay headers, the rest is `output`.
 * - A message over `maxMessageBytes` is dropped to its end and reported once as `oversized`.
 */
export class AmiFrameParser {
  private readonly decoder = new StringDecoder('utf8');
  private buffer = '';
  private atStreamStart = true;
  private lines: Array<[string, string]> = [];
  private output: string[] = [];
  private messageChars = 0;
  private follows = false;
  /** Dropping an oversized message until its end. */
  private discarding = false;
  private discardedChars = 0;
  /** The start of the current line was thrown away: its end must not be mistaken for a blank line. */
  private skippingLine = false;

  constructor(private readonly maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES) {}

  feed(chunk: Buffer | string): AmiFrame[] {
    const frames: AmiFrame[] = [];
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const newline = this.buffer.indexOf('\n', start);
      if (newline < 0) break;
      let line = this.buffer.slice(start, newline);
      start = newline + 1;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.acceptLine(line, frames);
    }
    this.buffer = this.buffer.slice(start);
    // An endless line (no newline ever) must not grow the buffer past the cap either.
    // (2 chars of slack: a pending CR of the terminating blank line must not tip a full message over.)
    const pending = this.discarding ? this.buffer.length : this.messageChars + this.buffer.length;
    if (this.buffer.length > 2 && pending > this.maxMessageBytes + 2) {
      if (!this.discarding) this.startDiscarding(frames);
      this.discardedChars += this.buffer.length;
      this.buffer = '';
      this.skippingLine = true;
    }
    return frames;
  }

  private acceptLine(line: string, frames: AmiFrame[]): void {
    if (this.skippingLine) {
      this.skippingLine = false;
      this.discardedChars += line.length;
      return;
    }
    if (this.atStreamStart) {
      this.atStreamStart = false;
      const greeting = GREETING.exec(line);
      if (greeting) {
        frames.push({ type: 'greeting', version: greeting[2] ?? '', line });
        return;
      }
    }
    if (this.discarding) {
      this.discardedChars += line.length + 1;
      const ended = this.follows ? line.endsWith(END_COMMAND) : line.trim() === '';
      if (ended) this.reset();
      return;
    }
    if (this.follows) {
      this.acceptFollowsLine(line, frames);
      return;
    }
    if (line.trim() === '') {
      if (this.lines.length > 0 || this.output.length > 0) this.emit(frames);
      return;
    }
    this.messageChars += line.length + 2;
    if (this.messageChars > this.maxMessageBytes) {
      this.startDiscarding(frames);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      this.output.push(line);
      return;
    }
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).replace(/^ /, '');
    this.lines.push([key, value]);
    if (key.toLowerCase() === 'response' && value.trim().toLowerCase() === 'follows') this.follows = true;
  }

  private acceptFollowsLine(line: string, frames: AmiFrame[]): void {
    this.messageChars += line.length + 2;
    if (this.messageChars > this.maxMessageBytes) {
      this.startDiscarding(frames);
      return;
    }
    if (line.endsWith(END_COMMAND)) {
      // Asterisk writes the marker on its own line, or glued to the last line of output.
      const rest = line.slice(0, -END_COMMAND.length);
      if (rest.trim() !== '') this.output.push(rest.replace(/\s+$/, ''));
      this.emit(frames);
      return;
    }
    if (this.output.length === 0 && HEADER_LINE.test(line)) {
      const colon = line.indexOf(':');
      this.lines.push([line.slice(0, colon).trim(), line.slice(colon + 1).replace(/^ /, '')]);
      return;
    }
    this.output.push(line);
  }

  private startDiscarding(frames: AmiFrame[]): void {
    this.discarding = true;
    this.discardedChars = this.messageChars;
    this.messageChars = 0;
    this.lines = [];
    this.output = [];
    // Reported as soon as it is known, so a log line appears even if the end never comes.
    frames.push({ type: 'oversized', bytes: this.discardedChars });
  }

  private emit(frames: AmiFrame[]): void {
    frames.push({ type: 'message', message: buildAmiMessage(this.lines, this.output) });
    this.reset();
  }

  private reset(): void {
    this.lines = [];
    this.output = [];
    this.messageChars = 0;
    this.follows = false;
    this.discarding = false;
    this.discardedChars = 0;
  }
}
