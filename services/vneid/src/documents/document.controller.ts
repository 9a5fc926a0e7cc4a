import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AccountDirectory } from '../accounts/account-directory';
import { IdNumberPipe } from '../accounts/id-number.pipe';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { IntegratedDocument } from './integrated-document.entity';

@ApiTags('Integrated documents')
@ApiCallerHeaders()
@Controller('v1/accounts/:idNumber/documents')
export class DocumentController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: AccountDirectory,
  ) {}

  /** The documents integrated into the citizen's VNeID (the CCCD card, from population's idcard.issued). */
  @Get()
  async list(
    @Caller(['app', 'relying-party', 'police']) _caller: CallerContext,
    @Param('idNumber', new IdNumberPipe()) idNumber: string,
  ) {
    await this.directory.view(idNumber); // 404 without an account
    const documents = await this.dataSource
      .getRepository(IntegratedDocument)
      .find({ where: { idNumber }, order: { kind: 'ASC' } });
    return documents.map((d) => ({
      kind: d.kind,
      documentNumber: d.documentNumber,
      issuedOn: d.issuedOn,
      expiresOn: d.expiresOn,
      details: d.details,
    }));
  }
}
