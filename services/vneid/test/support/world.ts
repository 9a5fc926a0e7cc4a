import { EVENT_TYPES } from '@d06/contracts';
import { PopulationStub, type StubCitizen } from './population-stub';
import {
  GATEWAY_SECRET,
  PORTAL_REDIRECT,
  PORTAL_SECRET,
  RelyingParty,
  TEST_RP_OTHER_REDIRECT,
  TEST_RP_REDIRECT,
  type Credentials,
} from './oidc-driver';
import { VneidHarness } from './vneid-harness';

const HOUR = 3_600_000;
const PASSWORD = 'Vneid-Mat-Khau-7';
const OTP = '111111';

/** Synthetic citizens of Thanh Hóa (038); each test owns its own. */
export function citizen(n: number, sex: 'male' | 'female' = 'male'): StubCitizen {
  return {
    idNumber: `038${sex === 'male' ? '0' : '1'}90${String(700_000 + n).padStart(6, '0')}`,
    fullName: `Nguyễn Văn Thử ${n}`,
    birthDate: '1990-05-01',
    sex,
  };
}

export function level1Body(person: StubCitizen) {
  return {
    ...person,
    phone: `09${person.idNumber.slice(-8)}`,
    provinceCode: '038',
    communeCode: '14758',
    password: PASSWORD,
  };
}

export const creds = (person: StubCitizen, overrides: Partial<Credentials> = {}): Credentials => ({
  idNumber: person.idNumber,
  password: PASSWORD,
  otp: OTP,
  ...overrides,
});

/** A running VNeID plus the population stub it verifies against, and helpers to make active accounts. */
export interface VneidWorld {
  vneid: VneidHarness;
  population: PopulationStub;
  /** Level-1 request → approval (clock advanced past the delay) → activation. */
  activeLevel1(person: StubCitizen): Promise<void>;
  testRp(): Promise<RelyingParty>;
  portal(): Promise<RelyingParty>;
}

export async function startWorld(env: Record<string, string>): Promise<VneidWorld> {
  const population = new PopulationStub();
  await population.start();
  const vneid = await VneidHarness.start({
    ...env,
    POPULATION_URL: population.url,
    VNEID_L1_APPROVAL_DELAY_HOURS: '24',
    VNEID_ONESTOP_SECRET: PORTAL_SECRET,
    VNEID_GATEWAY_SECRET: GATEWAY_SECRET,
    VNEID_RATE_LIMIT_PER_ACCOUNT: '12',
    VNEID_ACTIVATION_TARGETS: '038:1000,040:500',
  });
  const world: VneidWorld = {
    vneid,
    population,
    async activeLevel1(person) {
      population.add(person);
      const requested = await vneid.call('POST', '/v1/accounts/level1-requests', 'app', level1Body(person));
      if (requested.status !== 201)
        throw new Error(`request answered ${requested.status}: ${JSON.stringify(requested.body)}`);
      await vneid.advance(25 * HOUR);
      await vneid.eventsOf(EVENT_TYPES.EID_ACCOUNT_APPROVED, person.idNumber, 1);
      const activated = await vneid.call('POST', `/v1/accounts/${person.idNumber}/activation`, 'app', {
        phone: level1Body(person).phone,
        otp: OTP,
      });
      if (activated.status !== 200) throw new Error(`activation answered ${activated.status}`);
    },
    testRp: () => RelyingParty.discover(vneid.url, { client_id: 'test-rp', redirect_uri: TEST_RP_REDIRECT }),
    portal: () =>
      RelyingParty.discover(vneid.url, {
        client_id: 'onestop-portal',
        client_secret: PORTAL_SECRET,
        redirect_uri: PORTAL_REDIRECT,
      }),
  };
  return world;
}

export { TEST_RP_OTHER_REDIRECT, HOUR, PASSWORD, OTP };
