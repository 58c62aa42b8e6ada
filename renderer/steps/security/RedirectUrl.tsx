/** The OAuth redirect (callback) URL, read-only, with a copy button: the author registers it with the identity provider. */
import { useCopyText } from '../../hooks/useCopyText';

export function RedirectUrl({ url, mode, testId }: { url: string | undefined; mode: string | undefined; testId: string }) {
  const copyText = useCopyText();
  const perConnector = mode === 'GlobalPerConnector';
  const shown = url ?? '';
  const copy = () => copyText(shown, 'Redirect URL copied.', 'The redirect URL could not be copied: select it and copy it by hand.');
  return (
    <div className="redirect-url">
      <div className="secret-row">
        <input className="input mono" readOnly value={shown} placeholder="(none in the file)" data-testid={testId} aria-label="Redirect URL" />
        <button type="button" className="button" disabled={!shown} onClick={() => void copy()} data-testid={`${testId}-copy`}>
          Copy
        </button>
      </div>
      <div className="field-hint">
        {perConnector
          ? 'Per-connector redirect: Power Platform generates a unique redirect URL for this connector when it is created; register that one with your identity provider.'
          : 'Register this URL as the redirect (callback) URL of your app with the identity provider.'}
      </div>
    </div>
  );
}
