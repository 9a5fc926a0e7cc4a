import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import {
  EVENT_TYPES,
  type BhytCardIssuedV1,
  type CitizenDeceasedV1,
  type IdCardIssuedV1,
} from '@d06/contracts';
import { IdempotentConsumer } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { AccountLifecycleService } from '../accounts/account-lifecycle.service';
import { IntegratedDocument } from './integrated-document.entity';

/**
 * Events VNeID follows: a death revokes the account (no token is issued for it afterwards); an issued CCCD card
 * (population) or BHYT card (bhyt) becomes an integrated document. Each event is applied once (IdempotentConsumer).
 */
@Controller()
export class CitizenEventsHandler {
  private readonly consumer: IdempotentConsumer;

  constructor(
    dataSource: DataSource,
    private readonly lifecycle: AccountLifecycleService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.consumer = new IdempotentConsumer(dataSource, 'vneid-population-events');
  }

  @EventPattern(EVENT_TYPES.CITIZEN_DECEASED)
  async onDeceased(@Payload() event: CloudEvent<CitizenDeceasedV1>): Promise<void> {
    const { idNumber } = event.data!;
    await this.consumer.once(event.id, async (manager) => {
      await this.lifecycle.revoke(idNumber, 'deceased', manager);
    });
  }

  @EventPattern(EVENT_TYPES.IDCARD_ISSUED)
  async onIdCardIssued(@Payload() event: CloudEvent<IdCardIssuedV1>): Promise<void> {
    const card = event.data!;
    await this.consumer.once(event.id, async (manager) => {
      await manager.upsert(
        IntegratedDocument,
        {
          idNumber: card.idNumber,
          kind: 'cccd',
          documentNumber: card.cardNumber,
          issuedOn: card.issuedOn,
          expiresOn: card.expiresOn,
          details: { chip: card.chip, provinceCode: card.provinceCode },
          updatedAt: this.clock.now(),
        },
        ['idNumber', 'kind'],
      );
    });
  }

  @EventPattern(EVENT_TYPES.BHYT_CARD_ISSUED)
  async onBhytCardIssued(@Payload() event: CloudEvent<BhytCardIssuedV1>): Promise<void> {
    const card = event.data!;
    await this.consumer.once(event.id, async (manager) => {
      await manager.upsert(
        IntegratedDocument,
        {
          idNumber: card.idNumber,
          kind: 'bhyt',
          documentNumber: card.cardCode,
          issuedOn: card.validFrom,
          expiresOn: card.validTo,
          details: { group: card.group, benefitLevel: card.benefitLevel, provinceCode: card.provinceCode },
          updatedAt: this.clock.now(),
        },
        ['idNumber', 'kind'],
      );
    });
  }
}
