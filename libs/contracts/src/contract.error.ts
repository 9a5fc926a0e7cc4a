export enum ContractErrorCode {
  UnknownEventType = 'UNKNOWN_EVENT_TYPE',
  InvalidTopic = 'INVALID_TOPIC',
}

/** A lookup in the contracts failed: a bug in the caller or a record from outside the contracts. */
export class ContractError extends Error {
  override readonly name = 'ContractError';

  constructor(
    readonly code: ContractErrorCode,
    message: string,
  ) {
    super(message);
  }
}
