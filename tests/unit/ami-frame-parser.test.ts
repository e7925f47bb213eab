import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AmiFrameParser, type AmiFrame } from '../../server/src/channels/cti/ami/ami-frame-parser';
import { type AmiMessage, amiField, amiFieldAll, amiToRecord } from '../../server/src/channels/cti/ami/ami-message';
import { SeededRandom } from '@shared/utils/seeded-random';

const fixtureDir = path.resolve(__dirname, '../../../shared/fixtures/ami/panoramisk');
const fixtureNames = readdirSync(fixtureDir).filter((name) => name.endsWith('.yaml'));
const fixture = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');

function parseChunks(chunks: Array<string | Buffer>, max?: number): AmiFrame[] {
  const parser = new AmiFrameParser(max);
  return chunks.flatMap((chunk) => parser.feed(chunk));
}

/** The message at an index; fails the test if that frame is not a message. */
function messageAt(frames: AmiFrame[], index: number): AmiMessage {
  const frame = frames[index];
  if (frame?.type !== 'message') throw new Error(`frame ${index} is ${frame?.type ?? 'missing'}, not a message`);
  return frame.message;
}

/** Frames as plain data, so two parses can be compared with toEqual. */
function plain(frames: AmiFrame[]) {
  return frames.map((frame) =>
    frame.type === 'message' ? { type: 'message', lines: frame.message.lines, output: frame.message.output } : frame,
  );
}

function randomChunks(text: string, seed: number): string[] {
  // Seeded: a failing chunking can be replayed.
  const random = new SeededRandom(seed);
  const next = () => random.next();
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    const size = 1 + Math.floor(next() * 40);
    chunks.push(text.slice(i, i + size));
    i += size;
  }
  return chunks;
}

describe('AMI frame parser', () => {
  it('reads the greeting, then a login action, its response and the FullyBooted event', () => {
    const frames = parseChunks([fixture('login_ok.yaml')]);
    expect(frames.map((f) => f.type)).toEqual(['greeting', 'message', 'message', 'message']);
    expect(frames[0]).toMatchObject({ type: 'greeting', version: '1.3' });
    expect(amiField(messageAt(frames, 2), 'response')).toBe('Success');
    expect(amiField(messageAt(frames, 2), 'ACTIONID')).toBe('action/transaction_uid/1/1');
    expect(amiField(messageAt(frames, 3), 'Event')).toBe('FullyBooted');
  });

  it.each(fixtureNames)('parses %s the same whole, in random chunks, as bytes and with CRLF', (name) => {
    const text = fixture(name);
    const whole = plain(parseChunks([text]));
    expect(whole.filter((f) => f.type === 'message').length).toBeGreaterThan(0);
    expect(whole.some((f) => f.type === 'oversized')).toBe(false);
    for (let seed = 1; seed <= 5; seed++) expect(plain(parseChunks(randomChunks(text, seed)))).toEqual(whole);
    // Byte chunks of one byte each: nothing depends on receiving whole characters.
    const bytes = Buffer.from(text, 'utf8');
    expect(plain(parseChunks([...bytes].map((b) => Buffer.from([b]))))).toEqual(whole);
    expect(plain(parseChunks(randomChunks(text.replace(/\n/g, '\r\n'), 7)))).toEqual(whole);
  });

  it('gives the same frames for every split point of a message', () => {
    const text = `Asterisk Call Manager/5.0.1\r\n${fixture('login_failed.yaml').replace(/\n/g, '\r\n').split('\r\n').slice(1).join('\r\n')}`;
    const whole = plain(parseChunks([text]));
    expect(whole.map((f) => f.type)).toEqual(['greeting', 'message', 'message']);
    for (let split = 0; split <= text.length; split++) {
      expect(plain(parseChunks([text.slice(0, split), text.slice(split)]))).toEqual(whole);
    }
  });

  it('splits a UTF-8 character across chunks without mangling it', () => {
    const bytes = Buffer.from('Event: NewCallerid\r\nCallerIDName: Hélène Müller\r\n\r\n', 'utf8');
    for (let split = 0; split <= bytes.length; split++) {
      const frames = parseChunks([bytes.subarray(0, split), bytes.subarray(split)]);
      expect(amiField(messageAt(frames, 0), 'CallerIDName')).toBe('Hélène Müller');
    }
  });

  it('keeps repeated keys in order', () => {
    const frames = parseChunks([fixture('sip_notify.yaml')]);
    const action = messageAt(frames, 0);
    expect(amiFieldAll(action, 'variable')).toHaveLength(7);
    expect(amiToRecord(action).Variable).toEqual(amiFieldAll(action, 'Variable'));
  });

  it('collects the output of Response: Follows up to --END COMMAND--, blank lines included', () => {
    const version = parseChunks([fixture('command_core_show_version.yaml')]);
    const follows = version.find((f) => f.type === 'message' && amiField(f.message, 'Response') === 'Follows');
    expect(follows?.type === 'message' && follows.message.output).toEqual([
      expect.stringMatching(/^Asterisk 11\.11\.0/),
    ]);
    const text =
      'Response: Follows\r\nPrivilege: Command\r\nActionID: 7\r\nline one\r\n\r\nline: three\r\n--END COMMAND--\r\n\r\nEvent: Ping\r\n\r\n';
    const frames = parseChunks([text]);
    expect(frames).toHaveLength(2);
    expect(messageAt(frames, 0).output).toEqual(['line one', '', 'line: three']);
    expect(amiField(messageAt(frames, 0), 'ActionID')).toBe('7');
    const rasterisk = parseChunks([fixture('rasterisk_command.yaml')]);
    const output = rasterisk.flatMap((f) => (f.type === 'message' ? f.message.output : []));
    expect(output).toContain('0 active channels');
  });

  it('refuses a message over the cap, reports it once, and carries on with the next one', () => {
    const huge = `Event: VarSet\r\nValue: ${'x'.repeat(70 * 1024)}\r\n\r\n`;
    const next = 'Event: Hangup\r\nUniqueid: 1.2\r\n\r\n';
    for (const chunks of [[huge + next], randomChunks(huge + next, 3)]) {
      const frames = parseChunks(chunks);
      expect(frames.map((f) => f.type)).toEqual(['oversized', 'message']);
      expect(amiField(messageAt(frames, 1), 'Event')).toBe('Hangup');
    }
    // Many short lines add up too.
    const many = `Event: Big\r\n${'Key: value\r\n'.repeat(10_000)}\r\n${next}`;
    expect(parseChunks([many]).map((f) => f.type)).toEqual(['oversized', 'message']);
  });

  it('does not let an endless line grow the buffer', () => {
    const parser = new AmiFrameParser(1024);
    const frames: AmiFrame[] = [];
    for (let i = 0; i < 100; i++) frames.push(...parser.feed('y'.repeat(1000)));
    frames.push(...parser.feed('\r\n\r\nEvent: Hangup\r\n\r\n'));
    expect(frames.map((f) => f.type)).toEqual(['oversized', 'message']);
  });

  it('reads a message of exactly the cap', () => {
    const message = `Event: A\r\nB: ${'z'.repeat(100)}\r\n\r\n`;
    const cap = message.length - 2;
    expect(parseChunks([message], cap).map((f) => f.type)).toEqual(['message']);
    expect(parseChunks(message.split(''), cap).map((f) => f.type)).toEqual(['message']);
  });
});
