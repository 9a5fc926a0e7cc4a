/** A record as it travels on a topic, independent of the broker: Kafka's key, value and string headers. */
export interface WireMessage {
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
}

/** A wire message read back from a partition, with its position. */
export interface ConsumedRecord extends WireMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}
