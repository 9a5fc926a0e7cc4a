import { DedupeWindowBlock } from './dedupe-window.entity';
import { FacilityChangeRow } from './facility-change.entity';
import { FacilityLookupDay } from './facility-lookup-day.entity';
import { MetricDaily } from './metric-daily.entity';
import { OpeningBalance } from './opening-balance.entity';
import { SnapshotRow } from './snapshot.entity';

export { DedupeWindowBlock, FacilityChangeRow, FacilityLookupDay, MetricDaily, OpeningBalance, SnapshotRow };

export const STORE_ENTITIES = [
  MetricDaily,
  DedupeWindowBlock,
  FacilityChangeRow,
  SnapshotRow,
  FacilityLookupDay,
  OpeningBalance,
];
