// Valid data and breakages of vneid.events.v1 (e-ID accounts, logins, verifications, targets), spread into
// contract-fixtures.ts.
import { without, type Breakage } from './contract-breakage';
import type { EventDataMap, EventType } from './generated/events';

type VneidEventType = Extract<EventType, `vn.d06.vneid.${string}`>;

export const VNEID_VALID_DATA: { readonly [T in VneidEventType]: EventDataMap[T] } = {
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
};

const eid = <T extends VneidEventType>(type: T) => VNEID_VALID_DATA[type];

export const VNEID_BREAKAGES: { readonly [T in VneidEventType]: readonly Breakage[] } = {
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
};
