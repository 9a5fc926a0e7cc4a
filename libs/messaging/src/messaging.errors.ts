/** Errors the messaging library raises to its callers. */
export class MessagingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnknownEventTypeError extends MessagingError {
  constructor(readonly type: string) {
    super(`unknown event type ${type}: it has no contract in the catalog`);
  }
}

/** A producer tried to publish data that breaks its contract: nothing is published. */
export class EventValidationError extends MessagingError {
  constructor(
    readonly type: string,
    readonly violations: string[],
  ) {
    super(`event ${type} breaks its contract: ${violations.join('; ')}`);
  }
}

export class MissingPartitionKeyError extends MessagingError {
  constructor(readonly type: string) {
    super(`event ${type} has no partition key: give one or set the contract's keyField`);
  }
}
