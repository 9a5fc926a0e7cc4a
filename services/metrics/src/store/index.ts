import { CountedEvent } from './counted-event.entity';
import { FacilityChangeRow } from './facility-change.entity';
import { FacilityLookupDay } from './facility-lookup-day.entity';
import { MetricDaily } from './metric-daily.entity';
import { OpeningBalance } from './opening-balance.entity';
import { SnapshotRow } from './snapshot.entity';

export { CountedEvent, FacilityChangeRow, FacilityLookupDay, MetricDaily, OpeningBalance, SnapshotRow };

export const STORE_ENTITIES = [
  MetricDaily,
  CountedEvent,
  FacilityChangeRow,
  SnapshotRow,
  FacilityLookupDay,
  OpeningBalance,
];
