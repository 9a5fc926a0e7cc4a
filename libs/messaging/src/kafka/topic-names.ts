/**
 * Logical topic names (from the contracts) ↔ the names on the cluster. A prefix lets several simulations — or
 * parallel test runs — share one Kafka cluster without seeing each other's events.
 */
export class TopicNames {
  constructor(private readonly prefix = '') {}

  physical(topic: string): string {
    return `${this.prefix}${topic}`;
  }

  logical(topic: string): string {
    return this.prefix && topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic;
  }
}
