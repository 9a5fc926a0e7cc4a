import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { provinceByCode } from '@d06/domain';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { DataSource } from 'typeorm';
import { BhytError } from '../bhyt.errors';
import { FacilityDirectory } from './facility-directory';
import { Facility } from './facility.entity';
import type { FacilityQuery, FacilityRequest } from './facility.requests';

export interface FacilityView {
  facilityCode: string;
  name: string;
  kind: Facility['kind'];
  provinceCode: string;
  districtCode: string | null;
  acceptsIdCard: boolean;
}

export interface FacilityListing {
  total: number;
  acceptingIdCard: number;
  facilities: FacilityView[];
}

/** The facility registry: list with the report's counts, register or change one (with an event when it changes). */
@Injectable()
export class FacilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: TransactionalOutbox,
    private readonly directory: FacilityDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: FacilityQuery): Promise<FacilityListing> {
    const facilities = await this.dataSource.getRepository(Facility).find({
      where: query.provinceCode ? { province: query.provinceCode } : {},
      order: { facilityCode: 'ASC' },
    });
    return {
      total: facilities.length,
      acceptingIdCard: facilities.filter((f) => f.acceptsIdCard).length,
      facilities: facilities.map(viewOf),
    };
  }

  /** Registers or changes the facility; `created` tells which. Publishes facility.updated only on a change. */
  async put(code: string, request: FacilityRequest): Promise<{ facility: FacilityView; created: boolean }> {
    const province = provinceByCode(request.provinceCode);
    if (!province || code.slice(0, 2) !== province.bhytCode) {
      throw new BhytError('FACILITY_PROVINCE_MISMATCH', {
        detail: province
          ? `facility codes of province ${request.provinceCode} start with ${province.bhytCode}`
          : `${request.provinceCode} is not a province code`,
        errors: [{ field: province ? 'facilityCode' : 'provinceCode', message: 'does not fit the province' }],
      });
    }
    const now = this.clock.now();
    const outcome = await this.outbox.run(async ({ manager, publish }) => {
      const before = await manager.findOne(Facility, {
        where: { facilityCode: code },
        lock: { mode: 'pessimistic_write' },
      });
      const facility = manager.create(Facility, {
        facilityCode: code,
        name: request.name,
        kind: request.kind,
        province: request.provinceCode,
        districtCode: request.districtCode ?? null,
        acceptsIdCard: request.acceptsIdCard,
        updatedAt: now,
      });
      if (before && sameRecord(before, facility)) return { facility: before, created: false };
      await manager.save(Facility, facility, { reload: false });
      await publish([
        {
          type: EVENT_TYPES.BHYT_FACILITY_UPDATED,
          time: now,
          data: {
            facilityCode: code,
            provinceCode: facility.province,
            ...(facility.districtCode ? { districtCode: facility.districtCode } : {}),
            name: facility.name,
            kind: facility.kind,
            acceptsIdCard: facility.acceptsIdCard,
            created: !before,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      return { facility, created: !before };
    });
    this.directory.put(outcome.facility);
    return { facility: viewOf(outcome.facility), created: outcome.created };
  }
}

function viewOf(f: Facility): FacilityView {
  return {
    facilityCode: f.facilityCode,
    name: f.name,
    kind: f.kind,
    provinceCode: f.province,
    districtCode: f.districtCode,
    acceptsIdCard: f.acceptsIdCard,
  };
}

function sameRecord(a: Facility, b: Facility): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.province === b.province &&
    a.districtCode === b.districtCode &&
    a.acceptsIdCard === b.acceptsIdCard
  );
}
