import { Controller, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EventPattern, Payload, Ctx } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { configureHttpApp } from '@d06/platform';
import { waitFor } from '@d06/testing';
import {
  DEAD_LETTER_TYPE,
  decodeCloudEvent,
  deadLetterTopicOf,
  EVENT_BUS,
  InMemoryBroker,
  MessagingModule,
  startEventHandlers,
  type DeadLetterData,
  type DeliveredEvent,
  type EventBus,
} from '../src';
import { testContracts, THING_HAPPENED, type Thing } from './test-catalog';

const seen: { n: number; attempt: number; topic: string }[] = [];

@Controller()
class ThingHandlers {
  @EventPattern(THING_HAPPENED)
  async onThing(@Payload() event: CloudEvent<Thing>, @Ctx() delivery: DeliveredEvent): Promise<void> {
    seen.push({ n: event.data!.n, attempt: delivery.attempt, topic: delivery.topic });
    if (event.data!.n === 13) throw new Error('unlucky number');
  }
}

// A service declares handlers with @EventPattern; the bus transport delivers, retries and dead-letters for it.
describe('@EventPattern handlers over the event bus', () => {
  let app: INestApplication;
  let broker: InMemoryBroker;
  const { contracts, topic } = testContracts();

  beforeAll(async () => {
    broker = InMemoryBroker.shared();
    @Module({
      imports: [MessagingModule.forRoot({ source: 'd06/test', contracts })],
      controllers: [ThingHandlers],
    })
    class TestServiceModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestServiceModule] }).compile();
    app = configureHttpApp(moduleRef.createNestApplication());
    await startEventHandlers(app, {
      group: 'test-service',
      retry: { maxAttempts: 2, initialDelayMs: 5, maxDelayMs: 5 },
    });
    await app.init();
  });

  afterAll(() => app.close());

  it('calls the handler of the event type with the CloudEvent and its delivery', async () => {
    const bus = app.get<EventBus>(EVENT_BUS);
    await bus.publish([
      { type: THING_HAPPENED, data: { key: 'a', n: 1 } },
      { type: THING_HAPPENED, data: { key: 'a', n: 2 } },
    ]);
    await waitFor(() => seen.filter((s) => s.n <= 2).length === 2, {
      timeoutMs: 5_000,
      message: 'two handled',
    });

    expect(seen.filter((s) => s.n <= 2)).toEqual([
      { n: 1, attempt: 1, topic },
      { n: 2, attempt: 1, topic },
    ]);
  });

  it('retries a throwing handler, then dead-letters the event with the reason', async () => {
    const bus = app.get<EventBus>(EVENT_BUS);
    await bus.publish([{ type: THING_HAPPENED, data: { key: 'b', n: 13 } }]);
    const dlq = deadLetterTopicOf(topic);
    const letters = await waitFor(
      () => {
        const records = Array.from({ length: broker.partitionCount(dlq) }, (_, p) =>
          broker.read(dlq, p, 0, 10),
        ).flat();
        return records.length > 0 ? records : undefined;
      },
      { timeoutMs: 5_000, message: 'a dead letter' },
    );
    const letter = decodeCloudEvent(letters[0]);
    expect(letter.type).toBe(DEAD_LETTER_TYPE);
    expect((letter.data as DeadLetterData).reason).toBe('handler failed after 2 attempts: unlucky number');
    expect(seen.filter((s) => s.n === 13).map((s) => s.attempt)).toEqual([1, 2]);
  });
});
