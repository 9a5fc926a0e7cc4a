// Valid data and breakages of population.events.v1 (citizens, residence, ID cards, verification), spread into
// contract-fixtures.ts.
import { without, type Breakage } from './contract-breakage';
import type { EventDataMap, EventType } from './generated/events';

// The answer to a linked step is the saga's contract: it lives with the one-stop fixtures.
type PopulationEventType = Exclude<
  Extract<EventType, `vn.d06.population.${string}`>,
  'vn.d06.population.linked-step.replied.v1'
>;

export const POPULATION_VALID_DATA: { readonly [T in PopulationEventType]: EventDataMap[T] } = {
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
};

const citizen = POPULATION_VALID_DATA['vn.d06.population.citizen.registered.v1'];
const deceased = POPULATION_VALID_DATA['vn.d06.population.citizen.deceased.v1'];
const residence = POPULATION_VALID_DATA['vn.d06.population.residence.registered.v1'];
const removal = POPULATION_VALID_DATA['vn.d06.population.residence.removed.v1'];
const absence = POPULATION_VALID_DATA['vn.d06.population.residence.absence-declared.v1'];
const application = POPULATION_VALID_DATA['vn.d06.population.idcard.applied.v1'];
const card = POPULATION_VALID_DATA['vn.d06.population.idcard.issued.v1'];
const check = POPULATION_VALID_DATA['vn.d06.population.record.verified.v1'];
const mismatch = { ...check, result: 'mismatch', mismatchedFields: ['fullName'] };

export const POPULATION_BREAKAGES: { readonly [T in PopulationEventType]: readonly Breakage[] } = {
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
};
