import { parseRoute } from './route-parser';

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
