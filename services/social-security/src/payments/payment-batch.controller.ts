import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiZodBody, ZodValidationPipe } from '@d06/platform';
import { ApiCallerHeaders } from '../caller/api-caller-headers.decorator';
import { Caller } from '../caller/caller.decorator';
import type { CallerContext } from '../caller/caller-context';
import { PAYMENT_STATUSES } from './payment-status';
import {
  batchRequest,
  paymentListQuery,
  type BatchRequest,
  type PaymentListQuery,
} from './payment-batch.requests';
import { PaymentBatchService } from './payment-batch.service';
import { ReconciliationService } from './reconciliation.service';

@ApiTags('Payments')
@ApiCallerHeaders()
@Controller('v1')
export class PaymentBatchController {
  constructor(
    private readonly batches: PaymentBatchService,
    private readonly reconciliations: ReconciliationService,
  ) {}

  /** Makes up the province's batch for a month: 201 the first time, 200 with the same batch afterwards. */
  @Post('payment-batches')
  @ApiZodBody(batchRequest)
  async create(
    @Caller(['social']) _caller: CallerContext,
    @Body(new ZodValidationPipe(batchRequest)) body: BatchRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, batch } = await this.batches.create(body);
    response.status(created ? 201 : 200);
    return batch;
  }

  @Get('payment-batches/:batchId')
  get(@Caller(['social']) _caller: CallerContext, @Param('batchId') batchId: string) {
    return this.batches.get(batchId);
  }

  /** Starts sending the batch to the bank rail (202); repeating it is harmless. Follow it with GET. */
  @Post('payment-batches/:batchId/disbursement')
  @HttpCode(202)
  disburse(@Caller(['social']) _caller: CallerContext, @Param('batchId') batchId: string) {
    return this.batches.disburse(batchId);
  }

  /** Matches the batch with the bank statement up to today, applying the reversals found on it. */
  @Post('payment-batches/:batchId/reconciliation')
  @HttpCode(200)
  reconcile(@Caller(['social']) _caller: CallerContext, @Param('batchId') batchId: string) {
    return this.reconciliations.reconcile(batchId);
  }

  @Get('payment-batches/:batchId/payments')
  @ApiQuery({ name: 'status', required: false, enum: [...PAYMENT_STATUSES] })
  @ApiQuery({ name: 'after', required: false, description: 'The last reference of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 100' })
  payments(
    @Caller(['social']) _caller: CallerContext,
    @Param('batchId') batchId: string,
    @Query(new ZodValidationPipe(paymentListQuery)) query: PaymentListQuery,
  ) {
    return this.batches.payments(batchId, query);
  }

  @Get('payments/:reference')
  payment(@Caller(['social', 'one-stop']) _caller: CallerContext, @Param('reference') reference: string) {
    return this.batches.payment(reference);
  }
}
