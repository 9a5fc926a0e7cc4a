import { MESSAGING_ENTITIES } from '@d06/messaging';
import { LinkedStepRecord } from '@d06/service-kit';
import { AuditEntry } from './audit/audit-entry.entity';
import { Citizen } from './citizens/citizen.entity';
import { DataDefect } from './citizens/data-defect.entity';
import { Household } from './households/household.entity';
import { IdCardApplication } from './idcards/idcard-application.entity';
import { IdCard } from './idcards/idcard.entity';
import { TemporaryAbsence } from './residence/temporary-absence.entity';

/** Every table of the population schema. */
export const POPULATION_ENTITIES = [
  Citizen,
  Household,
  IdCard,
  IdCardApplication,
  TemporaryAbsence,
  AuditEntry,
  DataDefect,
  LinkedStepRecord,
  ...MESSAGING_ENTITIES,
];
