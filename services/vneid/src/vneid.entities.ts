import { MESSAGING_ENTITIES } from '@d06/messaging';
import { EidAccount } from './accounts/eid-account.entity';
import { IntegratedDocument } from './documents/integrated-document.entity';
import { SigningKeySet } from './oidc/signing-key-set.entity';
import { ActivationTarget } from './targets/activation-target.entity';

/** Every table of the vneid schema. */
export const VNEID_ENTITIES = [
  EidAccount,
  ActivationTarget,
  IntegratedDocument,
  SigningKeySet,
  ...MESSAGING_ENTITIES,
];
