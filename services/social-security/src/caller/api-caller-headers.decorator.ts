import { ApiCallerHeaders as documentCallerHeaders } from '@d06/platform';
import { CALLER_POLICY } from './caller-context';

/** The caller headers of this service's endpoints, in its OpenAPI document. */
export const ApiCallerHeaders = (): ReturnType<typeof documentCallerHeaders> =>
  documentCallerHeaders(CALLER_POLICY);
