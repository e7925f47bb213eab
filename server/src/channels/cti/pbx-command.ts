/**
 * What a PBX must do to a call after a transfer decision, as the channel adapter receives it from
 * the outbox (`pbx_commands`). Pure data; the call-move service writes and records them.
 */
export interface PbxCommand {
  id: string;
  pbxCallId: string;
  kind: 'redirect' | 'attended' | 'attended_complete' | 'attended_cancel';
  /** The sending agent's extension: finds their leg of the call. */
  fromExtension: string | null;
  /** The receiving agent's extension: where the caller goes. */
  targetExtension: string | null;
  attempts: number;
  /** The PBX already reported the call's hang-up. */
  callEnded: boolean;
  /** For the end of a consultation: the state of the `attended` command that started it. */
  consultState: 'pending' | 'sent' | 'failed' | 'done' | null;
}

/** Where an adapter with a control channel takes commands from and records what became of them. */
export interface PbxCommandSource {
  claimNext(pbxId: string): Promise<PbxCommand | null>;
  recordSent(commandId: string): Promise<void>;
  recordDone(commandId: string): Promise<void>;
  /** `retryable`: the PBX did not answer (it may next time); otherwise it refused, for good. */
  recordFailure(
    command: Pick<PbxCommand, 'id' | 'attempts'>,
    reason: string,
    retryable: boolean,
  ): Promise<'retry' | 'failed'>;
}
