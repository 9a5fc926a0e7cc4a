import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import type { CallerContext } from '../caller/caller-context';
import { requireIdNumber } from '../citizens/id-number';
import { RegisterWriter } from '../citizens/register-writer';
import { PopulationError } from '../population.errors';
import { ageBandOn, cardExpiry } from './card-validity';
import { IdCardApplication } from './idcard-application.entity';
import { IdCard } from './idcard.entity';
import type { IdCardApplicationRequest } from './idcard.requests';
import { formatVietnamDate } from '@d06/domain';

/** CCCD cards: applications (by age band) and issuance, with validity by renewal age. */
@Injectable()
export class IdCardService {
  constructor(private readonly writer: RegisterWriter) {}

  apply(
    caller: CallerContext,
    request: IdCardApplicationRequest,
  ): Promise<{ applicationId: string; ageBand: string }> {
    const idNumber = requireIdNumber(request.idNumber);
    return this.writer.change(caller, 'idcard.apply', async ({ manager, publish, now, lockCitizen }) => {
      const citizen = await lockCitizen(idNumber);
      if (citizen.status === 'deceased') throw new PopulationError('CITIZEN_DECEASED');
      const applicationId = randomUUID();
      const ageBand = ageBandOn(citizen.birthDate, formatVietnamDate(now));
      await manager.insert(IdCardApplication, {
        applicationId,
        idNumber,
        ageBand,
        channel: request.channel,
        status: 'applied',
        appliedAt: now,
        issuedAt: null,
      });
      await publish([
        {
          type: EVENT_TYPES.IDCARD_APPLIED,
          time: now,
          data: {
            idNumber,
            applicationId,
            ageBand,
            channel: request.channel,
            provinceCode: citizen.permanentProvince ?? citizen.birthplaceProvince,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return { result: { applicationId, ageBand }, touched: [idNumber] };
    });
  }

  issue(
    caller: CallerContext,
    applicationId: string,
  ): Promise<{ idNumber: string; issuedOn: string; expiresOn: string | null }> {
    return this.writer.change(caller, 'idcard.issue', async ({ manager, publish, now, lockCitizen }) => {
      const application = await manager.findOne(IdCardApplication, {
        where: { applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw new PopulationError('APPLICATION_NOT_FOUND');
      if (application.status !== 'applied') throw new PopulationError('APPLICATION_ALREADY_DECIDED');
      const citizen = await lockCitizen(application.idNumber);
      const issuedOn = formatVietnamDate(now);
      const expiresOn = cardExpiry(citizen.birthDate, issuedOn);
      await manager.upsert(
        IdCard,
        { idNumber: citizen.idNumber, issuedOn, expiresOn, chip: true, status: 'valid' },
        ['idNumber'],
      );
      await manager.update(IdCardApplication, { applicationId }, { status: 'issued', issuedAt: now });
      await publish([
        {
          type: EVENT_TYPES.IDCARD_ISSUED,
          time: now,
          data: {
            idNumber: citizen.idNumber,
            applicationId,
            cardNumber: citizen.idNumber,
            issuedOn,
            expiresOn,
            chip: true,
            provinceCode: citizen.permanentProvince ?? citizen.birthplaceProvince,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return { result: { idNumber: citizen.idNumber, issuedOn, expiresOn }, touched: [citizen.idNumber] };
    });
  }
}
