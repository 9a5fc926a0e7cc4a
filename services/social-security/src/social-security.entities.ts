import { MESSAGING_ENTITIES } from '@d06/messaging';
import { LinkedStepRecord } from '@d06/service-kit';
import { AccountLink } from './accounts/account-link.entity';
import { Beneficiary } from './beneficiaries/beneficiary.entity';
import { Death } from './deaths/death.entity';
import { FuneralAllowance } from './funeral/funeral-allowance.entity';
import { PaymentBatch } from './payments/payment-batch.entity';
import { Payment } from './payments/payment.entity';

/** Every table of the social-security schema (the bank rail's ledger has a schema of its own). */
export const SOCIAL_SECURITY_ENTITIES = [
  Beneficiary,
  AccountLink,
  PaymentBatch,
  Payment,
  Death,
  FuneralAllowance,
  LinkedStepRecord,
  ...MESSAGING_ENTITIES,
];
