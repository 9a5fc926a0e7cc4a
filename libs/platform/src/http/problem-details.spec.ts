import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { problemTypeUri } from './problem-details';
import { toProblemDetails } from './problem-mapper';

describe('problemTypeUri', () => {
  it.each([
    ['CITIZEN_NOT_FOUND', 'https://d06.example/problems/citizen-not-found'],
    ['citizenNotFound', 'https://d06.example/problems/citizen-not-found'],
    ['bhyt.card_expired', 'https://d06.example/problems/bhyt-card-expired'],
    ['ID2CardLost', 'https://d06.example/problems/id2-card-lost'],
  ])('turns %s into a kebab-case URI', (code, uri) => {
    expect(problemTypeUri(code)).toBe(uri);
  });
});

describe('toProblemDetails', () => {
  it('uses a 5xx DomainError detail, since the module chose to expose it', () => {
    class GatewayError extends DomainError.of({
      UPSTREAM_DOWN: { status: 503, title: 'Upstream unavailable' },
    }) {}

    expect(toProblemDetails(new GatewayError('UPSTREAM_DOWN', { detail: 'bhyt is down' }), '/r1/x')).toEqual({
      type: 'https://d06.example/problems/upstream-down',
      title: 'Upstream unavailable',
      status: 503,
      detail: 'bhyt is down',
      instance: '/r1/x',
      code: 'UPSTREAM_DOWN',
      errors: undefined,
    });
  });

  it('joins the message list of a Nest validation-style exception', () => {
    const problem = toProblemDetails(
      new BadRequestException(['name must be a string', 'age must be positive']),
    );

    expect(problem.detail).toBe('name must be a string; age must be positive');
    expect(problem.title).toBe('Bad Request');
  });

  it('uses the standard phrase as title for a custom status', () => {
    const problem = toProblemDetails(new HttpException('slow down', HttpStatus.TOO_MANY_REQUESTS));

    expect(problem).toMatchObject({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'slow down',
    });
  });

  it('does not treat an unexposed error carrying a status as a client error', () => {
    const internal = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), {
      status: 400,
      expose: false,
    });

    expect(toProblemDetails(internal)).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(toProblemDetails(internal).detail).not.toContain('ECONNREFUSED');
  });

  it('maps thrown non-Error values to 500', () => {
    expect(toProblemDetails('boom').status).toBe(500);
  });
});
