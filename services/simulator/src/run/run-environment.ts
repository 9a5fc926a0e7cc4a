import type { ServiceName } from '../scenario/scenario.types';
import type { SubjectPools } from './subject-pools';

/**
 * The business clock the runner moves: the services' shared VirtualClock in the embedded mode (changes take effect
 * at once), the SharedClockController of @d06/platform across processes (a change resolves once every service
 * follows it). The runner awaits every change.
 */
export interface RunClock {
  now(): Date;
  set(date: Date): void | Promise<void>;
  pause(): void | Promise<void>;
  resume(): void | Promise<void>;
  setSpeed(speed: number): void | Promise<void>;
}

/**
 * What the runner acts on: where each service answers and, where the infrastructure allows it, the clock and the
 * levers of the faults (kill, restart, broker restart). `d06` provides it for each --infra mode.
 */
export interface RunEnvironment {
  /** Base URL per service (direct, or the gateway's X-Road route when GATEWAY_URL is set). */
  readonly urls: Readonly<Partial<Record<ServiceName, string>>>;
  readonly clock?: RunClock;
  /** The people the actions are about, when the seeds already sorted them (else the runner generates them). */
  readonly pools?: SubjectPools;
  /** Report figures the seeds produced (e.g. accounts already linked), part of what the run caused. */
  readonly seeded?: Readonly<Record<string, number>>;
  /**
   * How long (real ms) the report may take, after the settle wait, to catch up with the ledger: processes that
   * restarted and consumer groups that rebalanced lag behind for a while. Default 0: the report is read once.
   */
  readonly settleTimeoutMs?: number;
  kill?(service: ServiceName): Promise<void>;
  restart?(service: ServiceName): Promise<void>;
  restartBroker?(): Promise<void>;
}

export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly businessTime: string;
  readonly phase: 'seed' | 'actions' | 'settle' | 'report';
}
