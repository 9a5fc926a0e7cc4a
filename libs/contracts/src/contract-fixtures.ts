// Valid data per contract and ways to break it, for the contract tests. Typed against the generated interfaces,
// so a new event type without a fixture fails the typecheck and a fixture that drifts from the schema fails the test.
import type { DeadLetterData, EventDataMap, EventType } from './generated/events';
import { EXCHANGE_BREAKAGES, EXCHANGE_VALID_DATA } from './exchange-contract-fixtures';
import { ONESTOP_BREAKAGES, ONESTOP_VALID_DATA } from './onestop-contract-fixtures';
import { SSA_BREAKAGES, SSA_VALID_DATA } from './ssa-contract-fixtures';

export interface Breakage {
  readonly name: string;
  readonly data: unknown;
  /** The instancePath ajv must report: the schema rejects the data for this reason and not another one. */
  readonly path: string;
}

export const VALID_DATA: { readonly [T in EventType]: EventDataMap[T] } = {
  'vn.d06.population.citizen.registered.v1': {
    idNumber: '038324001234',
    fullName: 'Lê Thị Bình An',
    birthDate: '2024-08-28',
    sex: 'female',
    provinceCode: '038',
    registeredAt: '2024-09-03T08:15:00+07:00',
  },
  'vn.d06.population.citizen.deceased.v1': {
    idNumber: '038052001987',
    dateOfDeath: '2024-09-01',
    provinceCode: '038',
    recordedAt: '2024-09-03T09:30:00+07:00',
  },
  'vn.d06.population.residence.registered.v1': {
    idNumber: '040095004321',
    kind: 'temporary',
    provinceCode: '038',
    districtCode: '391',
    communeCode: '39101',
    address: 'Phòng 204, nhà trọ 18 đường Nguyễn Trãi',
    validUntil: '2025-09-03',
    occurredAt: '2024-09-04T14:20:00+07:00',
  },
  'vn.d06.population.residence.removed.v1': {
    idNumber: '038052001987',
    kind: 'permanent',
    provinceCode: '038',
    reason: 'death',
    occurredAt: '2024-09-04T08:45:00+07:00',
    dossierCode: '000.00.38.H56-240903-0012',
  },
  'vn.d06.population.residence.absence-declared.v1': {
    idNumber: '038095004321',
    provinceCode: '038',
    from: '2024-09-10',
    until: '2025-03-10',
    destination: 'Khu công nghiệp VSIP, Thuận An, Bình Dương',
    occurredAt: '2024-09-05T15:10:00+07:00',
  },
  'vn.d06.population.idcard.applied.v1': {
    idNumber: '038211004455',
    applicationId: '5b0f1e3a-8c2d-4f6e-9a7b-1c2d3e4f5a6b',
    ageBand: '6-14',
    channel: 'counter',
    provinceCode: '038',
    occurredAt: '2024-09-06T09:00:00+07:00',
  },
  'vn.d06.population.idcard.issued.v1': {
    idNumber: '038060001122',
    applicationId: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
    cardNumber: '038060001122',
    issuedOn: '2024-09-20',
    expiresOn: null,
    chip: true,
    provinceCode: '038',
    occurredAt: '2024-09-20T16:05:00+07:00',
  },
  'vn.d06.population.record.verified.v1': {
    recordRef: 'BHXH-3812345678',
    idNumber: '038185002233',
    sector: 'insurance',
    result: 'match',
    mismatchedFields: [],
    batchId: 'bhxh-038-2024-09-10',
    provinceCode: '038',
    occurredAt: '2024-09-10T02:00:00+07:00',
  },
  'vn.d06.vneid.eid.account.requested.v1': {
    idNumber: '038190004321',
    level: 1,
    channel: 'app',
    provinceCode: '038',
    communeCode: '14758',
    dueAt: '2024-09-04T08:15:00+07:00',
    occurredAt: '2024-09-03T08:15:00+07:00',
  },
  'vn.d06.vneid.eid.account.approved.v1': {
    idNumber: '038190004321',
    level: 1,
    channel: 'app',
    provinceCode: '038',
    requestedAt: '2024-09-03T08:15:00+07:00',
    occurredAt: '2024-09-06T10:00:00+07:00',
  },
  'vn.d06.vneid.eid.account.activated.v1': {
    idNumber: '038190004321',
    level: 1,
    channel: 'app',
    provinceCode: '038',
    occurredAt: '2024-09-06T19:30:00+07:00',
  },
  'vn.d06.vneid.eid.account.upgraded.v1': {
    idNumber: '038190004321',
    level: 2,
    previousLevel: 1,
    provinceCode: '038',
    occurredAt: '2024-09-20T09:00:00+07:00',
  },
  'vn.d06.vneid.eid.account.locked.v1': {
    idNumber: '038190004321',
    level: 1,
    reason: 'failed-logins',
    lockedUntil: '2024-09-07T08:30:00+07:00',
    provinceCode: '038',
    occurredAt: '2024-09-07T08:00:00+07:00',
  },
  'vn.d06.vneid.eid.account.unlocked.v1': {
    idNumber: '038190004321',
    level: 1,
    provinceCode: '038',
    occurredAt: '2024-09-08T08:00:00+07:00',
  },
  'vn.d06.vneid.eid.account.revoked.v1': {
    idNumber: '038052001987',
    level: 2,
    reason: 'deceased',
    previousStatus: 'active',
    provinceCode: '038',
    occurredAt: '2024-09-03T09:30:05+07:00',
  },
  'vn.d06.vneid.eid.login.succeeded.v1': {
    idNumber: '038190004321',
    level: 2,
    acr: 'vneid:loa2',
    clientId: 'onestop-portal',
    provinceCode: '038',
    occurredAt: '2024-09-21T10:00:00+07:00',
  },
  'vn.d06.vneid.eid.login.failed.v1': {
    idNumber: '038190004321',
    reason: 'acr-not-met',
    level: 1,
    clientId: 'onestop-portal',
    provinceCode: '038',
    occurredAt: '2024-09-21T10:00:00+07:00',
  },
  'vn.d06.vneid.eid.verification.performed.v1': {
    idNumber: '038190004321',
    result: 'match',
    mismatchedFields: [],
    chipRead: true,
    level: 2,
    verifier: 'G12.38.BANK01',
    provinceCode: '038',
    occurredAt: '2024-09-21T11:00:00+07:00',
  },
  'vn.d06.vneid.eid.activation-target.set.v1': {
    provinceCode: '038',
    target: 2_500_000,
    occurredAt: '2024-01-02T08:00:00+07:00',
  },
  ...SSA_VALID_DATA,
  ...ONESTOP_VALID_DATA,
  ...EXCHANGE_VALID_DATA,
  'vn.d06.bhyt.lookup.performed.v1': {
    subjectKey: '038190004321',
    method: 'cccd',
    idNumber: '038190004321',
    cardCode: 'GD4380123456789',
    facilityCode: '38012',
    provinceCode: '038',
    resultCode: '000',
    success: true,
    refused: false,
    occurredAt: '2023-09-12T08:05:00+07:00',
  },
  'vn.d06.bhyt.card.issued.v1': {
    idNumber: '038324001234',
    socialInsuranceNumber: '3800123456',
    cardCode: 'TE1383800123456',
    group: 'TE',
    benefitLevel: 1,
    provinceCode: '038',
    validFrom: '2024-08-28',
    validTo: '2030-08-27',
    reason: 'child-under-6',
    occurredAt: '2024-09-05T10:00:00+07:00',
  },
  'vn.d06.bhyt.card.reduced.v1': {
    idNumber: '038052001987',
    socialInsuranceNumber: '3800987654',
    cardCode: 'HT3383800987654',
    provinceCode: '038',
    reason: 'deceased',
    effectiveOn: '2024-09-01',
    occurredAt: '2024-09-03T09:30:02+07:00',
  },
  'vn.d06.bhyt.participant.synced.v1': {
    idNumber: '038185002233',
    socialInsuranceNumber: '3812345678',
    cardCode: 'DN4383812345678',
    provinceCode: '038',
    cardValid: true,
    syncId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b01',
    occurredAt: '2024-09-10T02:00:05+07:00',
  },
  'vn.d06.bhyt.household.renewed.v1': {
    householdRef: 'HH038a1b2c3d4e5f6',
    renewalId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b02',
    attempt: 1,
    provinceCode: '038',
    members: 3,
    newCards: 0,
    months: 12,
    baseSalaryVnd: 1_800_000,
    premiumTotalVnd: 2_235_600,
    occurredAt: '2023-09-12T10:00:00+07:00',
  },
  'vn.d06.bhyt.household.renewal-failed.v1': {
    householdRef: 'HH038a1b2c3d4e5f6',
    renewalId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b03',
    attempt: 1,
    provinceCode: '038',
    members: 3,
    step: 'premium-confirmation',
    premiumTotalVnd: 2_235_600,
    occurredAt: '2023-09-12T09:58:00+07:00',
  },
  'vn.d06.bhyt.claim.submitted.v1': {
    claimId: '0191b7a2-3c4d-7e5f-8a6b-7c8d9e0f1b04',
    claimRef: 'BV38012-2023-000123',
    cardCode: 'GD4380123456789',
    facilityCode: '38012',
    provinceCode: '038',
    kind: 'outpatient',
    visitDate: '2023-09-12',
    amountVnd: 285_000,
    occurredAt: '2023-09-12T16:00:00+07:00',
  },
  'vn.d06.bhyt.facility.updated.v1': {
    facilityCode: '38412',
    provinceCode: '038',
    districtCode: '399',
    name: 'Trạm Y tế Xã Hoằng Xuân (synthetic)',
    kind: 'commune-health-station',
    acceptsIdCard: true,
    created: false,
    occurredAt: '2023-09-01T08:00:00+07:00',
  },
  'vn.d06.bhyt.registry.seeded.v1': {
    provinceCode: '038',
    facilities: 677,
    facilitiesAcceptingIdCard: 677,
    participants: 3_209_000,
    cardsSyncedWithIdCard: 3_045_000,
    validCardsSyncedWithIdCard: 2_956_000,
    seed: 42,
    size: 3_600_000,
    referenceDate: '2023-09-15',
    occurredAt: '2023-09-15T00:00:00+07:00',
  },
};

export const VALID_DEAD_LETTER: DeadLetterData = {
  topic: 'population.events.v1',
  partition: 2,
  offset: '4711',
  key: null,
  keyEncoding: 'utf8',
  headers: [
    { name: 'ce_type', value: 'vn.d06.population.citizen.registered.v1', encoding: 'utf8' },
    { name: 'x-raw', value: '/w==', encoding: 'base64' },
  ],
  value: 'eyJpZE51bWJlciI6',
  valueEncoding: 'base64',
  reasonCode: 'malformed-message',
  reason: 'value is not JSON',
  failedAt: '2024-09-03T01:15:02.120Z',
  attempts: 1,
  consumerGroup: 'metrics',
};

const citizen = VALID_DATA['vn.d06.population.citizen.registered.v1'];
const deceased = VALID_DATA['vn.d06.population.citizen.deceased.v1'];
const residence = VALID_DATA['vn.d06.population.residence.registered.v1'];
const removal = VALID_DATA['vn.d06.population.residence.removed.v1'];
const absence = VALID_DATA['vn.d06.population.residence.absence-declared.v1'];
const application = VALID_DATA['vn.d06.population.idcard.applied.v1'];
const card = VALID_DATA['vn.d06.population.idcard.issued.v1'];
const check = VALID_DATA['vn.d06.population.record.verified.v1'];
const mismatch = { ...check, result: 'mismatch', mismatchedFields: ['fullName'] };
const eid = <T extends EventType>(type: T): EventDataMap[T] => VALID_DATA[type];
const bhyt = {
  lookup: VALID_DATA['vn.d06.bhyt.lookup.performed.v1'],
  issued: VALID_DATA['vn.d06.bhyt.card.issued.v1'],
  reduced: VALID_DATA['vn.d06.bhyt.card.reduced.v1'],
  synced: VALID_DATA['vn.d06.bhyt.participant.synced.v1'],
  renewed: VALID_DATA['vn.d06.bhyt.household.renewed.v1'],
  renewalFailed: VALID_DATA['vn.d06.bhyt.household.renewal-failed.v1'],
  claim: VALID_DATA['vn.d06.bhyt.claim.submitted.v1'],
  facility: VALID_DATA['vn.d06.bhyt.facility.updated.v1'],
  seeded: VALID_DATA['vn.d06.bhyt.registry.seeded.v1'],
};

function without<D extends object>(data: D, field: keyof D): Partial<D> {
  const copy: Partial<D> = { ...data };
  delete copy[field];
  return copy;
}

export const BREAKAGES: { readonly [T in EventType]: readonly Breakage[] } = {
  'vn.d06.population.citizen.registered.v1': [
    { name: '11-digit idNumber', data: { ...citizen, idNumber: '03832400123' }, path: '/idNumber' },
    { name: 'idNumber with a letter', data: { ...citizen, idNumber: '03832400123A' }, path: '/idNumber' },
    { name: 'numeric idNumber', data: { ...citizen, idNumber: 38324001234 }, path: '/idNumber' },
    { name: 'impossible birthDate', data: { ...citizen, birthDate: '2024-02-30' }, path: '/birthDate' },
    {
      name: 'birthDate with a time',
      data: { ...citizen, birthDate: '2024-08-28T00:00:00Z' },
      path: '/birthDate',
    },
    { name: 'unknown sex', data: { ...citizen, sex: 'F' }, path: '/sex' },
    { name: '2-digit provinceCode', data: { ...citizen, provinceCode: '38' }, path: '/provinceCode' },
    {
      name: 'registeredAt without zone',
      data: { ...citizen, registeredAt: '2024-09-03 08:15' },
      path: '/registeredAt',
    },
    { name: 'empty fullName', data: { ...citizen, fullName: '' }, path: '/fullName' },
    { name: 'missing fullName', data: without(citizen, 'fullName'), path: '' },
    { name: 'an extra field', data: { ...citizen, ethnicity: 'Kinh' }, path: '' },
    {
      name: 'unknown registrationKind',
      data: { ...citizen, registrationKind: 'adoption' },
      path: '/registrationKind',
    },
    {
      name: '11-digit fatherIdNumber',
      data: { ...citizen, fatherIdNumber: '03809200345' },
      path: '/fatherIdNumber',
    },
    { name: '4-digit communeCode', data: { ...citizen, communeCode: '1475' }, path: '/communeCode' },
    { name: 'householdId with a space', data: { ...citizen, householdId: 'HH 038' }, path: '/householdId' },
  ],
  'vn.d06.population.citizen.deceased.v1': [
    { name: '11-digit idNumber', data: { ...deceased, idNumber: '03805200198' }, path: '/idNumber' },
    {
      name: 'dateOfDeath with a time',
      data: { ...deceased, dateOfDeath: '2024-09-01T10:00:00Z' },
      path: '/dateOfDeath',
    },
    { name: '2-digit provinceCode', data: { ...deceased, provinceCode: '38' }, path: '/provinceCode' },
    { name: 'empty dossierCode', data: { ...deceased, dossierCode: '' }, path: '/dossierCode' },
    { name: 'missing recordedAt', data: without(deceased, 'recordedAt'), path: '' },
  ],
  'vn.d06.population.residence.registered.v1': [
    { name: 'unknown kind', data: { ...residence, kind: 'holiday' }, path: '/kind' },
    { name: '2-digit districtCode', data: { ...residence, districtCode: '39' }, path: '/districtCode' },
    { name: '4-digit communeCode', data: { ...residence, communeCode: '1582' }, path: '/communeCode' },
    { name: 'empty address', data: { ...residence, address: '' }, path: '/address' },
    { name: 'impossible validUntil', data: { ...residence, validUntil: '2025-02-30' }, path: '/validUntil' },
    {
      name: 'a permanent residence with an end date',
      data: { ...residence, kind: 'permanent' },
      path: '/validUntil',
    },
    { name: 'missing occurredAt', data: without(residence, 'occurredAt'), path: '' },
  ],
  'vn.d06.population.residence.removed.v1': [
    { name: 'unknown reason', data: { ...removal, reason: 'emigrated' }, path: '/reason' },
    { name: 'an expired permanent residence', data: { ...removal, reason: 'expired' }, path: '/reason' },
    {
      name: 'dossierCode with edge spaces',
      data: { ...removal, dossierCode: ' H56-1 ' },
      path: '/dossierCode',
    },
    { name: 'missing kind', data: without(removal, 'kind'), path: '' },
  ],
  'vn.d06.population.residence.absence-declared.v1': [
    { name: 'impossible until', data: { ...absence, until: '2025-02-30' }, path: '/until' },
    { name: 'empty destination', data: { ...absence, destination: '' }, path: '/destination' },
    { name: 'missing from', data: without(absence, 'from'), path: '' },
  ],
  'vn.d06.population.idcard.applied.v1': [
    { name: 'unknown ageBand', data: { ...application, ageBand: '14+' }, path: '/ageBand' },
    { name: 'unknown channel', data: { ...application, channel: 'vneid' }, path: '/channel' },
    {
      name: 'applicationId not a UUID',
      data: { ...application, applicationId: 'A-1' },
      path: '/applicationId',
    },
  ],
  'vn.d06.population.idcard.issued.v1': [
    { name: 'expiresOn left out (null means no expiry)', data: without(card, 'expiresOn'), path: '' },
    { name: 'empty expiresOn', data: { ...card, expiresOn: '' }, path: '/expiresOn' },
    { name: 'chip as a string', data: { ...card, chip: 'yes' }, path: '/chip' },
    { name: '11-digit cardNumber', data: { ...card, cardNumber: '03806000112' }, path: '/cardNumber' },
  ],
  'vn.d06.population.record.verified.v1': [
    {
      name: 'a match with mismatched fields',
      data: { ...check, mismatchedFields: ['sex'] },
      path: '/mismatchedFields',
    },
    {
      name: 'a mismatch without fields',
      data: { ...mismatch, mismatchedFields: [] },
      path: '/mismatchedFields',
    },
    { name: 'a match without idNumber', data: without(check, 'idNumber'), path: '' },
    {
      name: 'no idNumber, yet no mismatch on it',
      data: without(mismatch, 'idNumber'),
      path: '/mismatchedFields',
    },
    { name: 'an 11-digit idNumber', data: { ...mismatch, idNumber: '38090001234' }, path: '/idNumber' },
    { name: 'unknown sector', data: { ...check, sector: 'police' }, path: '/sector' },
    {
      name: 'a field name with a space',
      data: { ...mismatch, mismatchedFields: ['full name'] },
      path: '/mismatchedFields/0',
    },
    {
      name: 'a field named twice',
      data: { ...mismatch, mismatchedFields: ['sex', 'sex'] },
      path: '/mismatchedFields',
    },
    { name: 'missing recordRef', data: without(check, 'recordRef'), path: '' },
    { name: 'empty recordRef', data: { ...check, recordRef: '' }, path: '/recordRef' },
  ],
  'vn.d06.vneid.eid.account.requested.v1': [
    { name: 'level 3', data: { ...eid('vn.d06.vneid.eid.account.requested.v1'), level: 3 }, path: '/level' },
    {
      name: 'unknown channel',
      data: { ...eid('vn.d06.vneid.eid.account.requested.v1'), channel: 'web' },
      path: '/channel',
    },
  ],
  'vn.d06.vneid.eid.account.approved.v1': [
    {
      name: 'missing requestedAt',
      data: without(eid('vn.d06.vneid.eid.account.approved.v1'), 'requestedAt'),
      path: '',
    },
  ],
  'vn.d06.vneid.eid.account.activated.v1': [
    {
      name: '11-digit idNumber',
      data: { ...eid('vn.d06.vneid.eid.account.activated.v1'), idNumber: '03819000432' },
      path: '/idNumber',
    },
  ],
  'vn.d06.vneid.eid.account.upgraded.v1': [
    {
      name: 'an upgrade to level 1',
      data: { ...eid('vn.d06.vneid.eid.account.upgraded.v1'), level: 1 },
      path: '/level',
    },
  ],
  'vn.d06.vneid.eid.account.locked.v1': [
    {
      name: 'unknown reason',
      data: { ...eid('vn.d06.vneid.eid.account.locked.v1'), reason: 'bored' },
      path: '/reason',
    },
  ],
  'vn.d06.vneid.eid.account.unlocked.v1': [
    {
      name: 'an extra field',
      data: { ...eid('vn.d06.vneid.eid.account.unlocked.v1'), otp: '111111' },
      path: '',
    },
  ],
  'vn.d06.vneid.eid.account.revoked.v1': [
    {
      name: 'a revoked previous status',
      data: { ...eid('vn.d06.vneid.eid.account.revoked.v1'), previousStatus: 'revoked' },
      path: '/previousStatus',
    },
  ],
  'vn.d06.vneid.eid.login.succeeded.v1': [
    {
      name: 'unknown acr',
      data: { ...eid('vn.d06.vneid.eid.login.succeeded.v1'), acr: 'loa3' },
      path: '/acr',
    },
  ],
  'vn.d06.vneid.eid.login.failed.v1': [
    {
      name: 'unknown reason',
      data: { ...eid('vn.d06.vneid.eid.login.failed.v1'), reason: 'typo' },
      path: '/reason',
    },
    {
      name: 'clientId with a space',
      data: { ...eid('vn.d06.vneid.eid.login.failed.v1'), clientId: 'a b' },
      path: '/clientId',
    },
  ],
  'vn.d06.vneid.eid.verification.performed.v1': [
    {
      name: 'chipRead as a string',
      data: { ...eid('vn.d06.vneid.eid.verification.performed.v1'), chipRead: 'yes' },
      path: '/chipRead',
    },
    {
      name: 'an unknown mismatched field',
      data: { ...eid('vn.d06.vneid.eid.verification.performed.v1'), mismatchedFields: ['phone'] },
      path: '/mismatchedFields/0',
    },
  ],
  'vn.d06.vneid.eid.activation-target.set.v1': [
    {
      name: 'a negative target',
      data: { ...eid('vn.d06.vneid.eid.activation-target.set.v1'), target: -1 },
      path: '/target',
    },
  ],
  ...SSA_BREAKAGES,
  ...ONESTOP_BREAKAGES,
  ...EXCHANGE_BREAKAGES,
  'vn.d06.bhyt.lookup.performed.v1': [
    {
      name: 'a success without the card',
      data: without(bhyt.lookup, 'cardCode'),
      path: '',
    },
    {
      name: 'a success with a failure reason',
      data: { ...bhyt.lookup, reason: 'card-expired' },
      path: '/reason',
    },
    {
      name: 'a failure without a reason',
      data: { ...bhyt.lookup, resultCode: '010', success: false },
      path: '',
    },
    {
      name: 'an unknown result code',
      data: { ...bhyt.lookup, resultCode: '999' },
      path: '/resultCode',
    },
    {
      name: 'a 4-digit facility code',
      data: { ...bhyt.lookup, facilityCode: '3801' },
      path: '/facilityCode',
    },
    {
      name: 'a lower-case card code',
      data: { ...bhyt.lookup, cardCode: 'gd4380123456789' },
      path: '/cardCode',
    },
  ],
  'vn.d06.bhyt.card.issued.v1': [
    {
      name: 'benefit level 6',
      data: { ...bhyt.issued, benefitLevel: 6 },
      path: '/benefitLevel',
    },
    {
      name: 'an unknown reason',
      data: { ...bhyt.issued, reason: 'gift' },
      path: '/reason',
    },
    {
      name: 'a 9-digit social-insurance number',
      data: { ...bhyt.issued, socialInsuranceNumber: '380012345' },
      path: '/socialInsuranceNumber',
    },
  ],
  'vn.d06.bhyt.card.reduced.v1': [
    {
      name: 'an unknown reason',
      data: { ...bhyt.reduced, reason: 'bored' },
      path: '/reason',
    },
    {
      name: 'missing effectiveOn',
      data: without(bhyt.reduced, 'effectiveOn'),
      path: '',
    },
  ],
  'vn.d06.bhyt.participant.synced.v1': [
    {
      name: 'syncId not a UUID',
      data: { ...bhyt.synced, syncId: 'sync-1' },
      path: '/syncId',
    },
    {
      name: 'cardValid as a string',
      data: { ...bhyt.synced, cardValid: 'yes' },
      path: '/cardValid',
    },
  ],
  'vn.d06.bhyt.household.renewed.v1': [
    {
      name: 'months 5',
      data: { ...bhyt.renewed, months: 5 },
      path: '/months',
    },
    {
      name: 'attempt 0',
      data: { ...bhyt.renewed, attempt: 0 },
      path: '/attempt',
    },
  ],
  'vn.d06.bhyt.household.renewal-failed.v1': [
    {
      name: 'an unknown step',
      data: { ...bhyt.renewalFailed, step: 'payment' },
      path: '/step',
    },
    {
      name: 'a householdRef with a space',
      data: { ...bhyt.renewalFailed, householdRef: 'HH 038' },
      path: '/householdRef',
    },
  ],
  'vn.d06.bhyt.claim.submitted.v1': [
    {
      name: 'a zero amount',
      data: { ...bhyt.claim, amountVnd: 0 },
      path: '/amountVnd',
    },
    {
      name: 'an unknown kind',
      data: { ...bhyt.claim, kind: 'dental' },
      path: '/kind',
    },
  ],
  'vn.d06.bhyt.facility.updated.v1': [
    {
      name: 'an unknown kind',
      data: { ...bhyt.facility, kind: 'spa' },
      path: '/kind',
    },
    {
      name: 'missing acceptsIdCard',
      data: without(bhyt.facility, 'acceptsIdCard'),
      path: '',
    },
  ],
  'vn.d06.bhyt.registry.seeded.v1': [
    {
      name: 'a negative count',
      data: { ...bhyt.seeded, participants: -1 },
      path: '/participants',
    },
    {
      name: 'referenceDate with a time',
      data: { ...bhyt.seeded, referenceDate: '2023-09-15T00:00:00Z' },
      path: '/referenceDate',
    },
  ],
};

export const DEAD_LETTER_BREAKAGES: readonly Breakage[] = [
  { name: 'negative partition', data: { ...VALID_DEAD_LETTER, partition: -1 }, path: '/partition' },
  { name: 'numeric offset', data: { ...VALID_DEAD_LETTER, offset: 4711 }, path: '/offset' },
  { name: 'offset with a sign', data: { ...VALID_DEAD_LETTER, offset: '-1' }, path: '/offset' },
  { name: 'zero attempts', data: { ...VALID_DEAD_LETTER, attempts: 0 }, path: '/attempts' },
  { name: 'unknown encoding', data: { ...VALID_DEAD_LETTER, valueEncoding: 'hex' }, path: '/valueEncoding' },
  { name: 'unknown reason code', data: { ...VALID_DEAD_LETTER, reasonCode: 'oops' }, path: '/reasonCode' },
  { name: 'headers as a map', data: { ...VALID_DEAD_LETTER, headers: { ce_type: 'x' } }, path: '/headers' },
  {
    name: 'header without encoding',
    data: { ...VALID_DEAD_LETTER, headers: [{ name: 'ce_type', value: 'x' }] },
    path: '/headers/0',
  },
  {
    name: 'failedAt not a date-time',
    data: { ...VALID_DEAD_LETTER, failedAt: 'yesterday' },
    path: '/failedAt',
  },
  { name: 'missing consumerGroup', data: without(VALID_DEAD_LETTER, 'consumerGroup'), path: '' },
];
