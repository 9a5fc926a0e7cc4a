import { MESSAGING_ENTITIES } from '@d06/messaging';
import { DossierHistory } from './dossiers/dossier-history.entity';
import { DossierSequence } from './dossiers/dossier-sequence.entity';
import { Dossier } from './dossiers/dossier.entity';
import { LinkedRun } from './linked/linked-run.entity';
import { LinkedStep } from './linked/linked-step.entity';
import { PortalSync } from './portal/portal-sync.entity';

/** Every table of the one_stop schema. */
export const ONE_STOP_ENTITIES = [
  Dossier,
  DossierHistory,
  DossierSequence,
  LinkedRun,
  LinkedStep,
  PortalSync,
  ...MESSAGING_ENTITIES,
];
