import { MESSAGING_ENTITIES } from '@d06/messaging';
import { LinkedStepRecord } from '@d06/service-kit';
import { Claim } from './claims/claim.entity';
import { Facility } from './facilities/facility.entity';
import { HouseholdRenewal } from './household-renewals/household-renewal.entity';
import { Card } from './registry/card.entity';
import { Participant } from './registry/participant.entity';

/** Every table of the bhyt schema. */
export const BHYT_ENTITIES = [
  Participant,
  Card,
  Facility,
  Claim,
  HouseholdRenewal,
  LinkedStepRecord,
  ...MESSAGING_ENTITIES,
];
