import { compileEndpoint, endpointAllows } from './endpoint-matcher';

describe('endpoint rules', () => {
  const rules = [
    compileEndpoint({ method: 'GET', path: '/*/resolve' }),
    compileEndpoint({ method: 'POST', path: '/' }),
    compileEndpoint({ method: '*', path: '/files/**' }),
  ];

  it.each([
    ['GET', '/038090001234/resolve', true],
    ['GET', '/038090001234', false],
    ['GET', '/a/b/resolve', false],
    ['POST', '/', true],
    ['GET', '/', false],
    ['DELETE', '/files', true],
    ['PUT', '/files/a/b', true],
    ['PUT', '/filesx', false],
  ])('%s %s → %s', (method, path, allowed) => {
    expect(endpointAllows(rules, method, path)).toBe(allowed);
  });

  it('treats regular-expression characters in paths literally', () => {
    expect(endpointAllows([compileEndpoint({ method: 'GET', path: '/a.b' })], 'GET', '/axb')).toBe(false);
  });
});
