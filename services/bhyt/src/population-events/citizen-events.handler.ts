import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from 'cloudevents';
import { EVENT_TYPES, type CitizenDeceasedV1, type CitizenRegisteredV1 } from '@d06/contracts';
import { BhytError, type BhytErrorCode } from '../bhyt.errors';
import { ChildCardService } from '../child-cards/child-card.service';
import { BHYT_CONFIG } from '../config/bhyt-config.token';
import type { BhytConfig } from '../config/bhyt.config';
import { HolderDeathService } from '../registry/holder-death.service';

const SETTLED: ReadonlySet<BhytErrorCode> = new Set(['NOT_UNDER_SIX', 'ALREADY_INSURED']);

/**
 * Population events BHXH follows. Both handlers are idempotent by state (a card already reduced, a child's card
 * already issued), so a redelivered event changes nothing and needs no processed-event mark.
 */
@Controller()
export class CitizenEventsHandler {
  constructor(
    private readonly deaths: HolderDeathService,
    private readonly childCards: ChildCardService,
    @Inject(BHYT_CONFIG) private readonly config: BhytConfig,
  ) {}

  @EventPattern(EVENT_TYPES.CITIZEN_DECEASED)
  async onDeceased(@Payload() event: CloudEvent<CitizenDeceasedV1>): Promise<void> {
    const { idNumber, dateOfDeath } = event.data!;
    await this.deaths.recordDeath(idNumber, dateOfDeath);
  }

  /**
   * A birth gives the child its TE card at once when BHYT_AUTO_ISSUE_CHILD_CARDS is on; by default the linked
   * procedure's saga asks for it (its bhyt-child-card step) after the residence step, as the procedure orders it.
   */
  @EventPattern(EVENT_TYPES.CITIZEN_REGISTERED)
  async onRegistered(@Payload() event: CloudEvent<CitizenRegisteredV1>): Promise<void> {
    const citizen = event.data!;
    if (!this.config.BHYT_AUTO_ISSUE_CHILD_CARDS || citizen.registrationKind !== 'birth') return;
    try {
      await this.childCards.issue({
        idNumber: citizen.idNumber,
        fullName: citizen.fullName,
        birthDate: citizen.birthDate,
        sex: citizen.sex,
        provinceCode: citizen.provinceCode,
        householdId: citizen.householdId,
      });
    } catch (error) {
      // A birth registered late (the child is 6 already) or a child insured otherwise: nothing to issue, no retry.
      if (!(error instanceof BhytError && SETTLED.has(error.code))) throw error;
    }
  }
}
