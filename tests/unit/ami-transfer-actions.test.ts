import type { PbxCommand } from '../../server/src/channels/cti/pbx-command';
import { planTransferAction, type CallLegs } from '../../server/src/channels/cti/ami/ami-transfer-actions';

const leg = (name: string, callerIdNum: string, uniqueid: string) => ({
  name,
  callerIdNum,
  uniqueid,
  exten: '',
  context: '',
});
const trunk = leg('PJSIP/trunk-0000000a', '+33612345678', '1.1');
const sender = leg('PJSIP/1001-0000000b', '1001', '1.2');
const receiver = leg('PJSIP/1002-0000000c', '1002', '1.3');
const inbound: CallLegs = { origin: trunk, open: [trunk, sender] };

const command = (overrides: Partial<PbxCommand>): PbxCommand => ({
  id: 'c1',
  pbxCallId: '1.1',
  kind: 'redirect',
  fromExtension: '1001',
  targetExtension: '1002',
  attempts: 1,
  callEnded: false,
  consultState: null,
  ...overrides,
});

describe('AMI actions for transfer commands', () => {
  it('redirects the caller of an incoming call, not the agent, to the receiver in the transfer context', () => {
    expect(planTransferAction(command({}), inbound, 'from-internal')).toEqual({
      kind: 'send',
      action: [
        ['Action', 'Redirect'],
        ['Channel', 'PJSIP/trunk-0000000a'],
        ['Exten', '1002'],
        ['Context', 'from-internal'],
        ['Priority', '1'],
      ],
      expectExtension: '1002',
    });
  });

  it('on a call the agent placed, the customer is the leg they dialled', () => {
    const placed: CallLegs = { origin: sender, open: [sender, trunk] };
    expect(planTransferAction(command({}), placed, 'ctx')).toMatchObject({
      kind: 'send',
      action: expect.arrayContaining([['Channel', 'PJSIP/trunk-0000000a']]),
    });
  });

  it("starts a consultation from the sender's phone with Atxfer", () => {
    expect(planTransferAction(command({ kind: 'attended' }), inbound, 'ctx')).toMatchObject({
      kind: 'send',
      action: [
        ['Action', 'Atxfer'],
        ['Channel', 'PJSIP/1001-0000000b'],
        ['Exten', '1002'],
        ['Context', 'ctx'],
      ],
    });
  });

  it('completes a consultation only while it is going on: hanging the sender up otherwise would hang up on the caller', () => {
    const consulting: CallLegs = { origin: trunk, open: [trunk, sender, receiver] };
    expect(
      planTransferAction(command({ kind: 'attended_complete', consultState: 'done' }), consulting, 'ctx'),
    ).toMatchObject({
      kind: 'send',
      action: [
        ['Action', 'Hangup'],
        ['Channel', 'PJSIP/1001-0000000b'],
      ],
    });
    expect(
      planTransferAction(command({ kind: 'attended_complete', consultState: 'done' }), inbound, 'ctx'),
    ).toMatchObject({ kind: 'refuse' });
    expect(
      planTransferAction(command({ kind: 'attended_complete', consultState: 'failed' }), consulting, 'ctx'),
    ).toMatchObject({ kind: 'refuse' });
  });

  it('cancels a consultation by hanging up the consulted phone, or does nothing when it has already hung up', () => {
    const consulting: CallLegs = { origin: trunk, open: [trunk, sender, receiver] };
    expect(
      planTransferAction(command({ kind: 'attended_cancel', consultState: 'sent' }), consulting, 'ctx'),
    ).toMatchObject({
      kind: 'send',
      action: [
        ['Action', 'Hangup'],
        ['Channel', 'PJSIP/1002-0000000c'],
      ],
    });
    expect(
      planTransferAction(command({ kind: 'attended_cancel', consultState: 'sent' }), inbound, 'ctx'),
    ).toMatchObject({ kind: 'nothing' });
  });

  it('refuses a call that has ended or that this link does not follow', () => {
    expect(planTransferAction(command({ callEnded: true }), inbound, 'ctx')).toEqual({
      kind: 'refuse',
      reason: expect.stringMatching(/the call has ended/),
    });
    expect(planTransferAction(command({}), null, 'ctx')).toMatchObject({ kind: 'refuse' });
    expect(planTransferAction(command({ targetExtension: null }), inbound, 'ctx')).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/no extension/),
    });
  });
});
