import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { EventCatalog } from '../catalog/event-catalog';
import type { DeliveredEvent, EventBus, SubscriptionHandle } from '../bus/event-bus.port';
import type { RetryPolicy } from '../bus/retry-policy';

export interface EventBusServerOptions {
  /** Consumer group of this service's handlers. */
  readonly group: string;
  readonly retry?: Partial<RetryPolicy>;
}

/**
 * A @nestjs/microservices transport over the event bus: a service declares `@EventPattern('<event type>')`
 * handlers (payload: the CloudEvent; `@Ctx()`: the delivery) and this server subscribes its consumer group to the
 * topics of those types, asking for those types only. A handler that throws is retried, then dead-lettered, by the
 * bus.
 */
export class EventBusServer extends Server implements CustomTransportStrategy {
  private subscription: SubscriptionHandle | undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly catalog: EventCatalog,
    private readonly options: EventBusServerOptions,
  ) {
    super();
  }

  listen(callback: (...optionalParams: unknown[]) => void): void {
    const types = [...this.messageHandlers.keys()];
    const topics = [...new Set(types.map((type) => this.catalog.contract(type).topic))];
    if (topics.length === 0) {
      callback();
      return;
    }
    this.bus
      .subscribe({
        group: this.options.group,
        topics,
        types,
        retry: this.options.retry,
        handler: (delivered) => this.dispatch(delivered),
      })
      .then((subscription) => {
        this.subscription = subscription;
        callback();
      })
      .catch((error: unknown) => callback(error));
  }

  async close(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  on(): never {
    throw new Error('EventBusServer has no transport events to listen to');
  }

  unwrap<T>(): T {
    return this.bus as T;
  }

  private async dispatch(delivered: DeliveredEvent): Promise<void> {
    const handler = this.getHandlerByPattern(delivered.event.type);
    if (!handler) return; // another type on the same topic: not this service's business
    const result: unknown = await handler(delivered.event, delivered);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
