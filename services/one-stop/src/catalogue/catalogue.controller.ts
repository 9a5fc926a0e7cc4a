import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { OneStopError } from '../one-stop.errors';
import { CATALOGUE, catalogueEntry, publicEntry } from './catalogue';

@ApiTags('Catalogue')
@Controller('v1/services')
export class CatalogueController {
  @Get()
  @ApiOperation({
    summary: 'The 25 + 28 essential services: agency, level, legal days, VNeID level, portal, form',
  })
  @ApiQuery({ name: 'catalogue', required: false, enum: ['decision06', 'decision422'] })
  @ApiOkResponse({ description: 'The catalogue entries' })
  list(@Query('catalogue') catalogue?: string) {
    if (catalogue !== undefined && catalogue !== 'decision06' && catalogue !== 'decision422') {
      throw new OneStopError('INVALID_REQUEST', {
        detail: 'catalogue must be decision06 or decision422',
        errors: [{ field: 'catalogue', message: 'expected decision06 or decision422' }],
      });
    }
    const entries = CATALOGUE.filter((entry) => !catalogue || entry.catalogue === catalogue);
    return entries.map(publicEntry);
  }

  @Get(':key')
  @ApiOperation({ summary: 'One essential service' })
  @ApiNotFoundResponse({ description: 'No service with this key' })
  one(@Param('key') key: string) {
    const entry = catalogueEntry(key);
    if (!entry) throw new OneStopError('SERVICE_NOT_FOUND', { detail: `no essential service ${key}` });
    return publicEntry(entry);
  }
}
