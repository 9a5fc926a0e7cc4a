import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  type ArgumentsHost,
  type INestApplication,
} from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { configureHttpApp } from './configure-http-app';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ZodValidationPipe } from './zod-validation.pipe';

const CITIZEN_ERRORS = {
  CITIZEN_NOT_FOUND: { status: 404, title: 'Citizen not found' },
  CITIZEN_DECEASED: { status: 409, title: 'Citizen is deceased' },
} as const;
class CitizenError extends DomainError.of(CITIZEN_ERRORS) {}

const SECRET = 'db password is hunter2 for 001234567890';

const registrationSchema = z.object({
  fullName: z.string().min(1),
  birthDate: z.string().date(),
});

@Controller('citizens')
class CitizenController {
  @Get('deceased')
  deceased(): never {
    throw new CitizenError('CITIZEN_DECEASED', {
      detail: 'The citizen was recorded as deceased.',
      errors: [{ field: 'id', message: 'belongs to a deceased citizen' }],
    });
  }

  @Get('missing')
  missing(): never {
    throw new CitizenError('CITIZEN_NOT_FOUND');
  }

  @Get('crash/:id')
  crash(@Param('id') _id: string): never {
    throw new Error(SECRET);
  }

  @Get('nest-not-found')
  nestNotFound(): never {
    throw new NotFoundException('No such household');
  }

  @Post()
  @HttpCode(201)
  register(@Body(new ZodValidationPipe(registrationSchema)) body: z.infer<typeof registrationSchema>) {
    return { registered: body.fullName };
  }
}

describe('ProblemDetailsFilter', () => {
  let app: INestApplication;
  const logged: string[] = [];

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [CitizenController] }).compile();
    app = moduleRef.createNestApplication({ bodyParser: true });
    app.useLogger({
      log: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    });
    configureHttpApp(app); // installs ProblemDetailsFilter globally
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    logged.length = 0;
  });

  it('maps a DomainError subclass to its status, code, type and field errors', async () => {
    const res = await request(app.getHttpServer()).get('/citizens/deceased?token=abc');

    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(res.text)).toEqual({
      type: 'https://d06.example/problems/citizen-deceased',
      title: 'Citizen is deceased',
      status: 409,
      detail: 'The citizen was recorded as deceased.',
      instance: '/citizens/deceased',
      code: 'CITIZEN_DECEASED',
      errors: [{ field: 'id', message: 'belongs to a deceased citizen' }],
    });
    expect(logged).toEqual([]);
  });

  it('omits detail and errors when the DomainError has none', async () => {
    const res = await request(app.getHttpServer()).get('/citizens/missing');

    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual({
      type: 'https://d06.example/problems/citizen-not-found',
      title: 'Citizen not found',
      status: 404,
      instance: '/citizens/missing',
      code: 'CITIZEN_NOT_FOUND',
    });
  });

  it('maps malformed JSON to a 400 problem+json', async () => {
    const res = await request(app.getHttpServer())
      .post('/citizens')
      .set('Content-Type', 'application/json')
      .send('{"fullName": "Nguyễn Văn A", 001234567890');

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(res.text)).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining('JSON at position 29'),
      instance: '/citizens',
    });
    expect(logged).toEqual([]);
  });

  it('maps a body over the size limit to 413', async () => {
    const res = await request(app.getHttpServer())
      .post('/citizens')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ fullName: 'x'.repeat(200_000), birthDate: '2000-01-01' }));

    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(res.text)).toEqual({
      type: 'about:blank',
      title: 'Payload Too Large',
      status: 413,
      detail: 'request entity too large',
      instance: '/citizens',
    });
  });

  it('maps a Nest HttpException to about:blank with its message as detail', async () => {
    const res = await request(app.getHttpServer()).get('/citizens/nest-not-found');

    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No such household',
      instance: '/citizens/nest-not-found',
    });
  });

  it('maps an unknown route to 404 problem+json', async () => {
    const res = await request(app.getHttpServer()).get('/nowhere');

    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(res.text)).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

  it('maps an unknown error to 500 without leaking its message, and logs it without the URL', async () => {
    const res = await request(app.getHttpServer()).get('/citizens/crash/001234567890');

    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = JSON.parse(res.text);
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred. It has been logged.',
      instance: '/citizens/crash/001234567890',
    });
    expect(res.text).not.toContain('hunter2');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('GET /citizens/crash/:id failed: Error: db password is hunter2');
  });

  it('turns ZodValidationPipe failures into a 400 naming each invalid field', async () => {
    const res = await request(app.getHttpServer())
      .post('/citizens')
      .send({ fullName: '', birthDate: '31/02/1990' });

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = JSON.parse(res.text) as { errors: { field: string; message: string }[] };
    expect(body).toMatchObject({
      type: 'https://d06.example/problems/validation-failed',
      title: 'Request validation failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Invalid request body: fullName, birthDate.',
    });
    expect(body.errors.map((e) => e.field)).toEqual(['fullName', 'birthDate']);
    expect(body.errors[1].message).toBe('Invalid date');
  });

  it('passes valid bodies through to the handler', async () => {
    const res = await request(app.getHttpServer())
      .post('/citizens')
      .send({ fullName: 'Trần Thị B', birthDate: '1990-02-28' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ registered: 'Trần Thị B' });
  });
});

describe('ProblemDetailsFilter outside a fresh HTTP reply', () => {
  const writes: string[] = [];
  const adapter = {
    getRequestUrl: () => '/x',
    isHeadersSent: () => true,
    end: (_res: unknown, body?: string) => void writes.push(`end:${body ?? ''}`),
    status: () => void writes.push('status'),
    setHeader: () => void writes.push('header'),
  };
  const filter = new ProblemDetailsFilter({ httpAdapter: adapter } as unknown as HttpAdapterHost);

  function host(type: string): ArgumentsHost {
    return {
      getType: () => type,
      switchToHttp: () => ({ getRequest: () => ({ method: 'GET' }), getResponse: () => ({}) }),
    } as unknown as ArgumentsHost;
  }

  it('rethrows in non-HTTP contexts, which have their own error path', () => {
    const error = new Error('consumer failed');

    expect(() => filter.catch(error, host('rpc'))).toThrow(error);
  });

  it('only ends a response whose headers were already sent', () => {
    writes.length = 0;
    filter.catch(new Error('late failure'), host('http'));

    expect(writes).toEqual(['end:']);
  });
});
