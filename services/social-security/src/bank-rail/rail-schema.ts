import { CreateRailLedger1763800000510 } from './rail-ledger.migration';
import { RailRequest } from './rail-request.entity';
import { RailTransfer } from './rail-transfer.entity';

/** The tables and migrations of the simulated bank's own schema. */
export const RAIL_ENTITIES = [RailTransfer, RailRequest];
export const RAIL_MIGRATIONS = [CreateRailLedger1763800000510];
