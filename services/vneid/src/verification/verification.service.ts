import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES } from '@d06/contracts';
import { TransactionalOutbox } from '@d06/messaging';
import { CLOCK, type Clock } from '@d06/platform';
import { EidAccount } from '../accounts/eid-account.entity';
import { ACR_OF_LEVEL } from '../oidc/acr-levels';
import type { VerificationRequest } from './verification.requests';

export interface VerificationResult {
  result: 'match' | 'mismatch';
  mismatchedFields: ('account' | 'fullName' | 'birthDate')[];
  /** The level of an active account, when there is one. */
  level: 1 | 2 | null;
  /**
   * The assurance the check gives: loa2 only for a level-2 account with the chip read (as good as showing the
   * card to the police), loa1 for any other match, none for a mismatch.
   */
  assurance: string | null;
}

/** Checks an identity presented at a counter against the holder's e-ID account, with an event per check. */
@Injectable()
export class VerificationService {
  constructor(
    private readonly outbox: TransactionalOutbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  verify(agency: string, request: VerificationRequest): Promise<VerificationResult> {
    return this.outbox.run(async ({ manager, publish }) => {
      const now = this.clock.now();
      const account = await manager.findOneBy(EidAccount, { idNumber: request.idNumber });
      const active = account && account.status === 'active' ? account : null;
      const mismatched: VerificationResult['mismatchedFields'] = [];
      if (!active) mismatched.push('account');
      else {
        if (normalise(active.fullName) !== normalise(request.fullName)) mismatched.push('fullName');
        if (active.birthDate !== request.birthDate) mismatched.push('birthDate');
      }
      const level = active ? (Number(active.level) as 1 | 2) : null;
      const result = mismatched.length === 0 ? 'match' : 'mismatch';
      await publish([
        {
          type: EVENT_TYPES.EID_VERIFICATION_PERFORMED,
          time: now,
          data: {
            idNumber: request.idNumber,
            result,
            mismatchedFields: mismatched,
            chipRead: request.chipRead,
            ...(level ? { level } : {}),
            verifier: agency,
            provinceCode: request.provinceCode,
            occurredAt: now.toISOString(),
          },
        },
      ]);
      const assurance =
        result === 'match' && level ? ACR_OF_LEVEL[level === 2 && request.chipRead ? 2 : 1] : null;
      return { result, mismatchedFields: mismatched, level, assurance };
    });
  }
}

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
