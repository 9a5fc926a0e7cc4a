import { EVENT_TYPES } from '@d06/contracts';
import type { NewEvent } from '@d06/messaging';
import type { PaymentChannel } from '../common/domain-types';
import type { FuneralAllowance } from './funeral-allowance.entity';

export function funeralAllowancePaidEvent(
  allowance: FuneralAllowance,
  paymentChannel: PaymentChannel,
  now: Date,
): NewEvent {
  return {
    type: EVENT_TYPES.SSA_FUNERAL_ALLOWANCE_PAID,
    subject: allowance.paymentReference,
    time: now,
    data: {
      idNumber: allowance.deceasedIdNumber,
      group: allowance.group,
      amountVnd: allowance.amountVnd,
      paymentChannel,
      reference: allowance.paymentReference,
      dateOfDeath: allowance.dateOfDeath,
      provinceCode: allowance.provinceCode,
      ...(allowance.communeCode ? { communeCode: allowance.communeCode } : {}),
      ...(allowance.dossierCode ? { dossierCode: allowance.dossierCode } : {}),
      occurredAt: now.toISOString(),
    },
  };
}
