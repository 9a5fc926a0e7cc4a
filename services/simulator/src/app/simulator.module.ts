import { Module, type DynamicModule } from '@nestjs/common';
import { ObservabilityModule } from '@d06/observability';
import { ClockControl } from '../clock-control/clock-control.service';
import { ClockController } from '../clock-control/clock.controller';
import { FaultsController } from '../gateway-faults/faults.controller';
import { GatewayFaults } from '../gateway-faults/gateway-faults.service';
import { RunRegistry } from '../runs/run-registry.service';
import { RunsController } from '../runs/runs.controller';
import { ScenariosController } from '../runs/scenarios.controller';
import { listScenarios } from '../scenario/load-scenario';
import { SIMULATOR_OPTIONS, type SimulatorOptions } from './simulator-options';
import { SimulatorShutdown } from './simulator-shutdown';

/**
 * The simulator as a service: runs of scenarios, the business clock and the gateway's faults, for integration
 * testers. It has no database and no broker of its own: it acts on the services through their HTTP APIs.
 */
@Module({})
export class SimulatorModule {
  static forRoot(options: SimulatorOptions): DynamicModule {
    return {
      module: SimulatorModule,
      imports: [
        ObservabilityModule.forRoot({
          serviceName: 'simulator',
          // what a run needs of this process: the shipped scenarios readable and valid
          readiness: [{ name: 'scenarios', check: () => Promise.resolve(listScenarios().length > 0) }],
        }),
      ],
      controllers: [ScenariosController, RunsController, ClockController, FaultsController],
      providers: [
        { provide: SIMULATOR_OPTIONS, useValue: options },
        RunRegistry,
        ClockControl,
        GatewayFaults,
        SimulatorShutdown,
      ],
    };
  }
}
