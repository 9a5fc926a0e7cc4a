import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { Card } from './card.entity';
import { currentCard } from './enrolment';
import { Participant } from './participant.entity';
import { RegistryWriter } from './registry-writer';

/**
 * A death recorded in the population register reduces the holder's card (báo giảm, reason deceased): a later
 * lookup answers 120. Only participants linked to the ID number are touched (an unverified claim of the number
 * proves nothing). Idempotent: a card already reduced for the death is left alone and nothing is published.
 */
@Injectable()
export class HolderDeathService {
  constructor(private readonly writer: RegistryWriter) {}

  recordDeath(idNumber: string, dateOfDeath: string): Promise<number> {
    return this.writer.change(async ({ manager, publish, now }) => {
      const participants = await manager.find(Participant, {
        where: { idNumber, idSynced: true },
        lock: { mode: 'pessimistic_write' },
      });
      const touched = [];
      for (const participant of participants) {
        const card = await currentCard(manager, participant.socialInsuranceNumber);
        if (!card || (card.status === 'reduced' && card.reduction === 'deceased')) continue;
        await manager.update(Card, { cardCode: card.cardCode }, { status: 'reduced', reduction: 'deceased' });
        await manager.update(
          Participant,
          { socialInsuranceNumber: participant.socialInsuranceNumber },
          { deceasedOn: dateOfDeath, updatedAt: now },
        );
        await publish([
          {
            type: EVENT_TYPES.BHYT_CARD_REDUCED,
            time: now,
            data: {
              idNumber,
              socialInsuranceNumber: participant.socialInsuranceNumber,
              cardCode: card.cardCode,
              provinceCode: participant.province,
              reason: 'deceased',
              effectiveOn: dateOfDeath,
              occurredAt: now.toISOString(),
            },
          },
        ]);
        touched.push({ socialInsuranceNumber: participant.socialInsuranceNumber, idNumber });
      }
      return { result: touched.length, touched };
    });
  }
}
