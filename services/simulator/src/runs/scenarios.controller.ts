import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { basename } from 'node:path';
import { listScenarios } from '../scenario/load-scenario';

@ApiTags('Runs')
@Controller('v1/scenarios')
export class ScenariosController {
  @Get()
  @ApiOperation({ summary: 'The shipped scenarios and fault drills, by the name POST /v1/runs takes' })
  list() {
    // the file's name only: where this machine keeps it is none of the caller's business
    return {
      scenarios: listScenarios().map(({ name, kind, description, file }) => ({
        name,
        kind,
        description,
        file: basename(file),
      })),
    };
  }
}
