import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CostLedger } from './cost-ledger';

@ApiTags('Costs')
@Controller('v1/costs')
export class CostController {
  constructor(private readonly ledger: CostLedger) {}

  @Get()
  @ApiOperation({
    summary: 'What the exchange cost: VND and charged calls, in total, per client and per service',
  })
  @ApiOkResponse({
    description: 'Sums of the registry prices of successful calls (e.g. 550 đồng per lookup)',
  })
  figures() {
    return this.ledger.figures();
  }
}
