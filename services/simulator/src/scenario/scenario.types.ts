/** A scenario as validated against contracts/scenario/scenario.schema.json (the schema is the authority). */
export type ServiceName =
  'population' | 'vneid' | 'one-stop' | 'bhyt' | 'social-security' | 'metrics' | 'gateway';

export interface EssentialServiceVolume {
  readonly dossiers: number;
  readonly online?: number;
  readonly onlineShare?: number;
  readonly onTime?: number;
  readonly onTimeShare?: number;
  readonly overdue?: number;
  readonly overdueShare?: number;
}

export interface LinkedProcedureVolume {
  readonly runs: number;
  readonly online?: number;
  readonly failStep?: { readonly count: number; readonly reason?: string };
}

export interface EidLevelVolume {
  readonly applications: number;
  readonly activations?: number;
  readonly activationShare?: number;
}

export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

export interface HttpFault {
  readonly service: ServiceName;
  readonly endpoint?: string;
  readonly latencyMs?: { readonly min: number; readonly max: number };
  readonly errorRate?: number;
  readonly window?: TimeWindow;
}

export interface ScenarioFaults {
  readonly serviceSettings?: Partial<Record<ServiceName, Record<string, string | number | boolean>>>;
  readonly http?: readonly HttpFault[];
  readonly outages?: readonly ({ readonly service: ServiceName } & TimeWindow)[];
  readonly bus?: {
    readonly duplicateRate?: number;
    readonly delay?: { readonly rate: number; readonly ms: number };
  };
  readonly kills?: readonly {
    readonly service: ServiceName;
    readonly at: string;
    readonly restartAfterMinutes?: number;
  }[];
  readonly brokerRestarts?: readonly { readonly at: string }[];
}

export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly province: string;
  readonly period: {
    readonly label?: string;
    readonly from: string;
    readonly to: string;
    readonly asOf?: string;
  };
  readonly population: {
    readonly size: number;
    readonly referenceDate?: string;
    readonly facilityIdCardShare?: number;
    readonly seedSectors?: readonly ('population' | 'bhyt' | 'social-security')[];
  };
  readonly seed: number;
  readonly clock?: { readonly speed?: number; readonly settleMs?: number };
  readonly essentialServices?: Readonly<Record<string, EssentialServiceVolume>>;
  readonly linkedProcedures?: {
    readonly births?: LinkedProcedureVolume;
    readonly deaths?: LinkedProcedureVolume;
  };
  readonly healthInsurance?: {
    readonly lookups?: {
      readonly total: number;
      readonly succeeded?: number;
      readonly successRate?: number;
      readonly facilities?: number;
    };
    readonly participantSyncs?: { readonly batches: number; readonly limit?: number };
  };
  readonly eid?: { readonly level1?: EidLevelVolume; readonly level2?: EidLevelVolume };
  readonly socialSecurity?: {
    readonly accounts?: { readonly socialAssistance?: number; readonly meritorious?: number };
    readonly payments?: { readonly cycle: string; readonly on?: string };
    readonly reviews?: boolean;
  };
  readonly verification?: {
    readonly batches?: readonly {
      readonly sector: 'insurance' | 'tax' | 'social-security';
      readonly records: number;
    }[];
  };
  readonly openingBalances?: Readonly<Record<string, number>>;
  readonly faults?: ScenarioFaults;
}
