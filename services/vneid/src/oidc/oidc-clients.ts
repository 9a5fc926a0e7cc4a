import type { VneidConfig } from '../config/vneid.config';
import { ACR_VALUES } from './acr-levels';

/** Client metadata as oidc-provider takes it (RFC 7591 names). */
export type ClientMetadata = Record<string, unknown> & { client_id: string };

/**
 * The relying parties registered with VNeID, checked in here (redirect URIs and secrets from the environment):
 * - onestop-portal: the provincial one-stop portal; confidential, code + PKCE, may read the personal ID number;
 * - lgsp-gateway: the LGSP/NDXP gateway; client credentials for system calls (scope vneid.verify);
 * - test-rp: for testers; public (no secret), code + PKCE, name and birth date but not the ID number.
 * Code-flow clients default to acr_values "vneid:loa1 vneid:loa2", so every ID token carries the level achieved.
 */
export function registeredClients(config: VneidConfig): ClientMetadata[] {
  return [
    {
      client_id: 'onestop-portal',
      client_name: 'Cổng dịch vụ công một cửa (simulated)',
      client_secret: config.VNEID_ONESTOP_SECRET,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: config.VNEID_ONESTOP_REDIRECT_URIS,
      post_logout_redirect_uris: config.VNEID_ONESTOP_POST_LOGOUT_URIS,
      scope: 'openid profile vneid_id',
      default_acr_values: ACR_VALUES,
    },
    {
      client_id: 'lgsp-gateway',
      client_name: 'LGSP/NDXP data-exchange gateway (simulated)',
      client_secret: config.VNEID_GATEWAY_SECRET,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      scope: 'vneid.verify',
    },
    {
      client_id: 'test-rp',
      client_name: 'Relying party for integration testers',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: config.VNEID_TEST_RP_REDIRECT_URIS,
      post_logout_redirect_uris: config.VNEID_TEST_RP_POST_LOGOUT_URIS,
      scope: 'openid profile',
      default_acr_values: ACR_VALUES,
    },
  ];
}
