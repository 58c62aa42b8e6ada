/**
 * OAuth 2.0 settings of a `token` oauthSetting parameter (top level or inside a parameter set): identity provider,
 * client id, the client SECRET (secret store only), the provider's URLs, scopes and the redirect.
 */
import { Field } from '../../components/Field';
import { Checkbox, Segmented, TextInput } from '../../components/inputs';
import { useStudio } from '../../store';
import { defaultOAuth2, GLOBAL_REDIRECT_URL, type OAuth2Auth } from '../../../main/core/model/security';
import type { SecretScope } from '../../../preload/contract';
import { findingsAt } from '../findings-for';
import { PROPERTIES, at, hostFor } from './useAuth';
import { ScopesEditor } from './ScopesEditor';
import { RedirectUrl } from './RedirectUrl';
import { SecretInput } from './SecretInput';

export const PROVIDERS: { value: string; label: string }[] = [
  { value: 'oauth2', label: 'Generic OAuth 2' },
  { value: 'aad', label: 'Azure Active Directory (Microsoft Entra ID)' },
  { value: 'oauth2generic', label: 'Generic OAuth 2 with URL templates (oauth2generic)' },
  { value: 'aadcertificate', label: 'Azure AD certificate (aadcertificate, first-party only)' },
];

type UrlKey = 'authorizationUrl' | 'tokenUrl' | 'refreshUrl' | 'loginUri' | 'tenantId' | 'resourceUri' | 'authorizationUrlTemplate' | 'tokenUrlTemplate' | 'refreshUrlTemplate';

const URL_FIELDS: Record<UrlKey, { label: string; hint?: string; placeholder?: string }> = {
  authorizationUrl: { label: 'Authorization URL', placeholder: 'https://login.contoso.com/oauth/authorize' },
  tokenUrl: { label: 'Token URL', placeholder: 'https://login.contoso.com/oauth/token' },
  refreshUrl: { label: 'Refresh URL', placeholder: 'https://login.contoso.com/oauth/token' },
  loginUri: { label: 'Login URL', placeholder: 'https://login.windows.net' },
  tenantId: { label: 'Tenant ID', hint: '"common" lets users of any organisation sign in.', placeholder: 'common' },
  resourceUri: { label: 'Resource URL', hint: 'The application ID URI (or app id) of the API, required for Azure AD.', placeholder: 'https://graph.microsoft.com' },
  authorizationUrlTemplate: { label: 'Authorization URL template', hint: 'Placeholders such as {CustomHost} are filled from connection parameters (token:customHost).', placeholder: 'https://{CustomHost}/oauth/authorize' },
  tokenUrlTemplate: { label: 'Token URL template', placeholder: 'https://{CustomHost}/oauth/token' },
  refreshUrlTemplate: { label: 'Refresh URL template', placeholder: 'https://{CustomHost}/oauth/token' },
};

function urlKeysFor(oauth: OAuth2Auth): UrlKey[] {
  switch (oauth.identityProvider) {
    case 'aad':
    case 'aadcertificate':
      return ['loginUri', 'tenantId', 'resourceUri'];
    case 'oauth2generic':
      return ['authorizationUrlTemplate', 'tokenUrlTemplate', 'refreshUrlTemplate'];
    case 'oauth2':
      return ['authorizationUrl', 'tokenUrl', 'refreshUrl'];
    default: {
      // Another provider, kept verbatim: the custom parameters it has, else the generic ones.
      const present = (Object.keys(URL_FIELDS) as UrlKey[]).filter((k) => oauth[k] !== undefined);
      return present.length > 0 ? present : ['authorizationUrl', 'tokenUrl', 'refreshUrl'];
    }
  }
}

/** Where the client secret is sent: the token endpoint (or the Azure AD login host). */
export function clientSecretHost(oauth: OAuth2Auth, apiHost: string): string {
  return hostFor(oauth.tokenUrl ?? oauth.loginUri ?? oauth.tokenUrlTemplate ?? oauth.definition?.tokenUrl, apiHost);
}

/** Keeps what the author typed that the new provider also has (client id, scopes, redirect). */
export function switchProvider(oauth: OAuth2Auth, provider: string): OAuth2Auth {
  const next = defaultOAuth2(provider);
  // A top-level token has its swagger securityDefinition (kept under its name); a set's token has none.
  const definition = oauth.definition && next.definition ? { ...next.definition, name: oauth.definition.name } : undefined;
  return {
    ...next,
    clientId: oauth.clientId ?? next.clientId,
    scopes: oauth.scopes,
    redirectMode: provider === 'aadcertificate' ? next.redirectMode : (oauth.redirectMode ?? next.redirectMode),
    definition,
  };
}

interface Props {
  oauth: OAuth2Auth;
  onChange(next: OAuth2Auth, label: string, coalesceKey?: string): void;
  /** apiProperties pointer of the object holding `token` (connectionParameters, or a set's parameters). */
  container: string;
  scope: SecretScope;
  secretField: string;
  apiHost: string;
  testId: string;
}

export function OAuthForm({ oauth, onChange, container, scope, secretField, apiHost, testId }: Props) {
  const findings = useStudio((s) => s.findings);
  const settings = `${at(container, 'token')}/oAuthSettings`;
  const here = (pointer: string) => findingsAt(findings, PROPERTIES, pointer);
  const known = PROVIDERS.some((p) => p.value === oauth.identityProvider);
  const providers = known ? PROVIDERS : [...PROVIDERS, { value: oauth.identityProvider, label: `${oauth.identityProvider} (as in the file)` }];
  const set = <K extends keyof OAuth2Auth>(key: K, value: OAuth2Auth[K], label: string) => onChange({ ...oauth, [key]: value }, label, `${testId}:${String(key)}`);
  const isAad = oauth.identityProvider === 'aad' || oauth.identityProvider === 'aadcertificate';

  return (
    <div className="oauth-form" data-testid={testId}>
      <Field label="Identity provider" pointer={`${PROPERTIES}#${settings}/identityProvider`} findings={here(`${settings}/identityProvider`)}>
        {(id) => (
          <select id={id} className="input" value={oauth.identityProvider} data-testid={`${testId}-provider`}
            onChange={(e) => onChange(switchProvider(oauth, e.target.value), 'Change identity provider')}>
            {providers.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Client ID" pointer={`${PROPERTIES}#${settings}/clientId`} findings={here(`${settings}/clientId`)} hint="Kept in apiProperties.json: certified connectors keep a placeholder or a public id.">
        {(id) => <TextInput id={id} testId={`${testId}-client-id`} value={oauth.clientId ?? ''} spellCheck={false}
          onValue={(v) => set('clientId', v, 'Edit client ID')} />}
      </Field>
      <Field label="Client secret">
        {(id) => <SecretInput id={id} scope={scope} field={secretField} host={clientSecretHost(oauth, apiHost)} testId={`${testId}-client-secret`} />}
      </Field>
      {oauth.clientSecretInFile && (
        <p className="security-note warning" data-testid={`${testId}-secret-in-file`}>
          apiProperties.json carries a clientSecret value: make sure it is a placeholder, never a real secret.
        </p>
      )}
      {urlKeysFor(oauth).map((key) => (
        <Field key={key} label={URL_FIELDS[key].label} hint={URL_FIELDS[key].hint}
          pointer={`${PROPERTIES}#${settings}/customParameters/${key}`} findings={here(`${settings}/customParameters/${key}`)}>
          {(id) => <TextInput id={id} testId={`${testId}-${key}`} value={oauth[key] ?? ''} spellCheck={false} placeholder={URL_FIELDS[key].placeholder}
            onValue={(v) => set(key, v, `Edit ${URL_FIELDS[key].label.toLowerCase()}`)} />}
        </Field>
      ))}
      {oauth.identityProvider === 'aad' && (
        <div className="field" data-pointer={`${PROPERTIES}#${settings}/customParameters/enableOnbehalfOfLogin`}>
          <Checkbox label="Enable on-behalf-of login" testId={`${testId}-obo`} checked={oauth.enableOnbehalfOfLogin === true}
            onChange={(v) => onChange({ ...oauth, enableOnbehalfOfLogin: v, ...(oauth.onBehalfOfLoginSupported !== undefined && { onBehalfOfLoginSupported: v }) }, v ? 'Enable on-behalf-of login' : 'Disable on-behalf-of login')} />
        </div>
      )}
      {isAad && oauth.isFirstParty === 'True' && oauth.identityProvider === 'aadcertificate' && (
        <p className="security-note">Certificate sign-in (aadcertificate) is for first-party Microsoft connectors only (IsFirstParty "True").</p>
      )}
      <Field label="Scopes" pointer={`${PROPERTIES}#${settings}/scopes`} findings={here(`${settings}/scopes`)}>
        {(id) => <ScopesEditor id={id} scopes={oauth.scopes} testId={`${testId}-scopes`} onChange={(next) => onChange({ ...oauth, scopes: next }, 'Edit scopes')} />}
      </Field>
      {oauth.identityProvider !== 'aadcertificate' && (
        <>
          <Field label="Redirect mode" pointer={`${PROPERTIES}#${settings}/redirectMode`} findings={here(`${settings}/redirectMode`)}>
            {() => (
              <Segmented label="Redirect mode" testId={`${testId}-redirect-mode`} value={oauth.redirectMode ?? ''}
                options={[
                  { value: 'Global', label: 'Global' },
                  { value: 'GlobalPerConnector', label: 'Unique per connector' },
                  ...(oauth.redirectMode && !['Global', 'GlobalPerConnector'].includes(oauth.redirectMode) ? [{ value: oauth.redirectMode, label: oauth.redirectMode }] : []),
                ]}
                onChange={(mode) => onChange({ ...oauth, redirectMode: mode, ...(mode === 'Global' && { redirectUrl: GLOBAL_REDIRECT_URL }) }, 'Change redirect mode')} />
            )}
          </Field>
          <Field label="Redirect URL" pointer={`${PROPERTIES}#${settings}/redirectUrl`} findings={here(`${settings}/redirectUrl`)}>
            {() => <RedirectUrl url={oauth.redirectUrl} mode={oauth.redirectMode} testId={`${testId}-redirect-url`} />}
          </Field>
        </>
      )}
    </div>
  );
}
