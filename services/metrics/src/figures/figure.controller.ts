import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Figure } from './figure.entity';

@Controller('v1/figures')
export class FigureController {
  constructor(private readonly dataSource: DataSource) {}

  /** Every figure counted so far, by name. */
  @Get()
  async all(): Promise<Record<string, number>> {
    const rows = await this.dataSource.getRepository(Figure).find({ order: { figure: 'ASC' } });
    return Object.fromEntries(rows.map((row) => [row.figure, Number(row.value)]));
  }
}
