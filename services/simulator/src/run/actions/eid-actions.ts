import type { GeneratedPerson } from '@d06/synthetic';
import type { Ledger } from '../../ledger/ledger';
import { callerHeaders, type ServiceClient } from '../service-client';
import { nth, type SubjectPools } from '../subject-pools';
import { SIMULATED_PASSWORD } from '../vneid-login';
import { DONE, failed, ok, pause, skipped, type StepOutcome } from './step-outcome';

/** VNeID applications (level 1 in the app, level 2 at the police) and their activations. */
export class EidActions {
  /** Who made each application, for its activation. */
  private readonly applicants = new Map<string, GeneratedPerson>();

  constructor(
    private readonly pools: SubjectPools,
    private readonly ledger: Ledger,
    private readonly provinceCode: string,
  ) {}

  async apply(
    client: ServiceClient,
    id: string,
    level: 1 | 2,
    index: number,
    now: Date,
  ): Promise<StepOutcome> {
    const person = nth(this.pools.eid, index, 'VNeID applicant');
    this.applicants.set(id, person);
    const identity = {
      idNumber: person.idNumber,
      fullName: person.fullName,
      birthDate: person.birthDate,
      sex: person.sex,
      phone: person.eid.phoneNumber!,
      provinceCode: this.provinceCode,
      password: SIMULATED_PASSWORD,
    };
    const result =
      level === 1
        ? await client.call('POST', '/v1/accounts/level1-requests', {
            body: identity,
            headers: callerHeaders('app'),
            businessTime: now,
          })
        : await client.call('POST', '/v1/accounts/level2-registrations', {
            body: { ...identity, fingerprintVerified: true },
            headers: callerHeaders('police'),
            businessTime: now,
          });
    if (!ok(result)) return failed(result);
    this.ledger.eidApplied();
    return DONE;
  }

  async activate(client: ServiceClient, application: string, now: Date): Promise<StepOutcome> {
    const person = this.applicants.get(application);
    if (!person) return skipped('its application was not made');
    const path = `/v1/accounts/${person.idNumber}/activation`;
    // a level-1 approval is made by the service's scheduler; give it a moment after the clock's jump
    for (let attempt = 0; ; attempt += 1) {
      const result = await client.call('POST', path, {
        body: { phone: person.eid.phoneNumber, otp: '111111' },
        headers: callerHeaders('app'),
        businessTime: now,
      });
      if (ok(result)) {
        this.ledger.eidActivated();
        return DONE;
      }
      if (result.status !== 409 || attempt >= 40) return failed(result);
      await pause(100);
    }
  }
}
