import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@d06/platform';
import { ServiceFoundationModule } from '@d06/service-kit';
import { VneidTokenVerifier } from './auth/vneid-token-verifier';
import { CatalogueController } from './catalogue/catalogue.controller';
import { Sweeper } from './common/sweeper';
import { ONE_STOP_CONFIG } from './config/one-stop-config.token';
import type { OneStopConfig } from './config/one-stop.config';
import { DossierActionListService } from './dossiers/dossier-action-list.service';
import { DossierActionsService } from './dossiers/dossier-actions.service';
import { DossierSubmissionListService } from './dossiers/dossier-submission-list.service';
import { DossierController } from './dossiers/dossier.controller';
import { DossierService } from './dossiers/dossier.service';
import { DossierWriter } from './dossiers/dossier-writer';
import { LinkedRepliesHandler } from './linked/linked-replies.handler';
import { LinkedRunController } from './linked/linked-run.controller';
import { LinkedRunCoordinator } from './linked/linked-run.coordinator';
import { LinkedRunService } from './linked/linked-run.service';
import { ONE_STOP_MIGRATIONS } from './migrations';
import { ONE_STOP_ENTITIES } from './one-stop.entities';
import { NATIONAL_PORTAL, SimulatedNationalPortal } from './portal/national-portal';
import { PortalSyncService } from './portal/portal-sync.service';
import { PopulationClient } from './prefill/population-client';

export interface OneStopOptions {
  /** Business time; the system clock unless a simulation shares its virtual clock. */
  readonly clock?: Clock;
}

/** The provincial one-stop system: catalogue, dossiers with legal deadlines, linked runs, portal sync. */
@Module({})
export class OneStopModule {
  static forRoot(config: OneStopConfig, options: OneStopOptions = {}): DynamicModule {
    return {
      module: OneStopModule,
      imports: [
        ServiceFoundationModule.forRoot({
          name: 'one-stop',
          config,
          configToken: ONE_STOP_CONFIG,
          entities: ONE_STOP_ENTITIES,
          migrations: ONE_STOP_MIGRATIONS,
          clock: options.clock,
        }),
      ],
      controllers: [CatalogueController, DossierController, LinkedRunController, LinkedRepliesHandler],
      providers: [
        VneidTokenVerifier,
        PopulationClient,
        { provide: NATIONAL_PORTAL, useClass: SimulatedNationalPortal },
        PortalSyncService,
        DossierWriter,
        DossierService,
        DossierActionsService,
        DossierActionListService,
        DossierSubmissionListService,
        LinkedRunService,
        LinkedRunCoordinator,
        Sweeper,
      ],
    };
  }
}
