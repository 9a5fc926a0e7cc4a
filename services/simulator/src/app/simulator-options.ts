import type { RunEnvironment } from '../run/run-environment';

/** What the simulator service acts on: given by main.ts (from env) or by `d06 up` (the embedded services). */
export interface SimulatorOptions {
  readonly environment: RunEnvironment;
  /** The gateway whose admin API the faults go to; default the environment's gateway URL. */
  readonly gatewayUrl?: string;
  /** Its admin key; default GATEWAY_ADMIN_KEY or the gateway's own default. */
  readonly gatewayAdminKey?: string;
  /** Finished runs kept (default 20). */
  readonly runsKept?: number;
  /** Called when the app closes: releases what its creator made for it alone (main.ts: the shared clock). */
  readonly onClose?: () => Promise<void>;
}

export const SIMULATOR_OPTIONS = Symbol('SIMULATOR_OPTIONS');

export const DEFAULT_GATEWAY_ADMIN_KEY = 'gateway-admin-simulator-key';
