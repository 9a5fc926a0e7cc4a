import { parseRoute, parseRouteGenerally } from './route-parser';

describe('parseRoute', () => {
  it('splits a service call into the service id, the path below it and the query', () => {
    expect(parseRoute('/r1/VN/GOV/000.00.00.G01/POPULATION/citizens/038090001234?x=1')).toEqual({
      kind: 'service',
      serviceId: 'VN/GOV/000.00.00.G01/POPULATION/citizens',
      path: '/038090001234',
      query: '?x=1',
    });
  });

  it('gives a call to the service itself the path "/"', () => {
    expect(parseRoute('/r1/VN/GOV/000.00.00.G02/BHYT/card-checks')).toMatchObject({ path: '/', query: '' });
  });

  it('recognises the metaservices and listClients', () => {
    expect(parseRoute('/r1/listClients')).toEqual({ kind: 'listClients' });
    expect(parseRoute('/r1/VN/GOV/000.00.00.G02/BHYT/allowedMethods')).toEqual({
      kind: 'meta',
      provider: 'VN/GOV/000.00.00.G02/BHYT',
      meta: 'allowedMethods',
    });
  });

  it('percent-decodes identifier parts and refuses short or broken routes', () => {
    expect(parseRoute('/r1/VN/GOV/000.00.00.H38/ONE%20STOP/x')).toMatchObject({
      serviceId: 'VN/GOV/000.00.00.H38/ONE STOP/x',
    });
    expect(parseRoute('/r1/VN/GOV/H38').kind).toBe('malformed');
    expect(parseRoute('/r1/VN/GOV/%E0%A4/S/x').kind).toBe('malformed');
    expect(parseRoute('/r1/VN//M/S/x').kind).toBe('malformed');
  });
});

describe('parseRoute on plain paths', () => {
  it('gives what the general parser gives, for every shape of path', () => {
    const parts = [
      'VN',
      'GOV',
      '000.00.00.G02',
      'BHYT',
      'card-checks',
      'listMethods',
      'allowedMethods',
      '',
      'x',
    ];
    const tails = ['', '/', '/038090001234', '/a/b', '//', '/a/', '?q=1'];
    const paths: string[] = ['/r1/', '/r1/listClients', '/r1/VN/GOV/M/S/svc%2Fx/y'];
    for (let n = 1; n <= 6; n++) {
      for (let k = 0; k < 40; k++) {
        const segments = Array.from({ length: n }, (_, i) => parts[(k * 7 + i * 3 + n) % parts.length]);
        for (const tail of tails) paths.push(`/r1/${segments.join('/')}${tail}`);
      }
    }
    for (const url of paths) {
      const q = url.indexOf('?');
      const pathname = q === -1 ? url : url.slice(0, q);
      expect([url, parseRoute(url)]).toEqual([
        url,
        parseRouteGenerally(pathname, q === -1 ? '' : url.slice(q)),
      ]);
    }
  });
});
