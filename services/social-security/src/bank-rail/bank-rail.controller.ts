import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { SocialSecurityError } from '../social-security.errors';
import { railSettingsRequest, statementDate, type RailSettingsRequest } from './bank-rail.requests';
import type { StatementEntry } from './bank-rail.port';
import type { RailSettings } from './rail-settings';
import { SimulatedBankRail } from './simulated-bank-rail';

/** The simulated bank's own desk: the paying agency's daily statement, and the fault injection of rehearsals. */
@ApiTags('Bank rail (simulated)')
@ApiCallerHeaders()
@Controller('v1/bank-rail')
export class BankRailController {
  constructor(private readonly rail: SimulatedBankRail) {}

  /** Credits and reversals of one day; a day after the bank's today has no statement yet (409). */
  @Get('statements/:date')
  async statement(
    @Caller(['social']) _caller: CallerContext,
    @Param('date', new ZodValidationPipe(statementDate)) date: string,
  ): Promise<{ date: string; entries: StatementEntry[]; credited: Tally; reversed: Tally }> {
    if (date > this.rail.today()) {
      throw new SocialSecurityError('STATEMENT_NOT_AVAILABLE', {
        detail: `the bank's today is ${this.rail.today()}`,
      });
    }
    const entries = await this.rail.statement({ from: date, to: date });
    return {
      date,
      entries,
      credited: tally(entries.filter((e) => e.kind === 'credit')),
      reversed: tally(entries.filter((e) => e.kind === 'reversal')),
    };
  }

  @Get('settings')
  settings(@Caller(['social']) _caller: CallerContext): RailSettings {
    return this.rail.settings;
  }

  /** Applies to references the bank has not seen yet; known ones keep their answer. */
  @Put('settings')
  @ApiZodBody(railSettingsRequest)
  configure(
    @Caller(['social']) _caller: CallerContext,
    @Body(new ZodValidationPipe(railSettingsRequest)) body: RailSettingsRequest,
  ): RailSettings {
    return this.rail.configure(body);
  }
}

interface Tally {
  count: number;
  amountVnd: number;
}

function tally(entries: StatementEntry[]): Tally {
  return { count: entries.length, amountVnd: entries.reduce((sum, e) => sum + e.amountVnd, 0) };
}
