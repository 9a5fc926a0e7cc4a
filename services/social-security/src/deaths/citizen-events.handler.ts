import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, type CitizenDeceasedV1 } from '@d06/contracts';
import { IdempotentConsumer, TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { endedEvent } from '../beneficiaries/beneficiary.events';
import { Death } from './death.entity';

/**
 * Deaths from the population database: the death is recorded (the funeral allowance needs it) and a
 * beneficiary's allowance stops, with beneficiary.ended. Each event is applied once (IdempotentConsumer).
 */
@Controller()
export class CitizenEventsHandler {
  private readonly consumer: IdempotentConsumer;

  constructor(
    dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.consumer = new IdempotentConsumer(dataSource, 'social-security-population-events');
  }

  @EventPattern(EVENT_TYPES.CITIZEN_DECEASED)
  async onDeceased(@Payload() event: CloudEvent<CitizenDeceasedV1>): Promise<void> {
    const death = event.data!;
    await this.consumer.once(event.id, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Death)
        .values({
          idNumber: death.idNumber,
          dateOfDeath: death.dateOfDeath,
          provinceCode: death.provinceCode,
          recordedAt: new Date(death.recordedAt),
        })
        .orIgnore()
        .execute();
      const beneficiary = await manager.findOne(Beneficiary, {
        where: { idNumber: death.idNumber, status: 'active' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!beneficiary) return;
      await manager.update(
        Beneficiary,
        { idNumber: death.idNumber },
        { status: 'ended', endedReason: 'deceased' },
      );
      await this.outbox.add(manager, [endedEvent(beneficiary, death.dateOfDeath, this.clock.now())]);
    });
  }
}
