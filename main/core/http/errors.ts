/** Network and TLS failures in plain words: the user sees these instead of Node's error codes. */

export type SendErrorCode = 'timeout' | 'connect-timeout' | 'tls' | 'network' | 'invalid-url';

export class SendError extends Error {
  constructor(
    readonly code: SendErrorCode,
    message: string,
    readonly nodeCode?: string,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

const TLS_MESSAGES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT:
    'The server uses a self-signed certificate, so its identity cannot be verified. Use a certificate from a trusted authority (Power Platform will refuse this server too).',
  SELF_SIGNED_CERT_IN_CHAIN:
    "The server's certificate chain ends in a self-signed certificate that is not trusted on this computer.",
  CERT_HAS_EXPIRED: "The server's certificate has expired. The API owner needs to renew it.",
  CERT_NOT_YET_VALID: "The server's certificate is not valid yet (check this computer's clock, or the certificate's start date).",
  ERR_TLS_CERT_ALTNAME_INVALID:
    "The server's certificate was issued for a different host name than the one in the connector's URL.",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    "The server's certificate was signed by an authority this computer does not know (an incomplete certificate chain on the server is the usual cause).",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    "The server's certificate was signed by an authority this computer does not know (a company proxy or an incomplete chain is the usual cause).",
  CERT_REVOKED: "The server's certificate has been revoked.",
  ERR_SSL_WRONG_VERSION_NUMBER: 'The server did not answer with HTTPS. Check the scheme (https/http) and the port.',
};

const NETWORK_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'The server refused the connection: nothing is listening at that address and port.',
  ENOTFOUND: 'The host name could not be found. Check the host in the connector (or your network connection).',
  EAI_AGAIN: 'The host name could not be looked up right now (DNS did not answer). Check your network connection.',
  ECONNRESET: 'The server closed the connection unexpectedly.',
  EHOSTUNREACH: 'The host cannot be reached from this computer.',
  ENETUNREACH: 'The network is unreachable from this computer.',
  EPIPE: 'The server closed the connection while the request was being sent.',
};

/** Maps a Node error (err.code) to a SendError with a plain message. */
export function explainError(error: unknown, host: string): SendError {
  if (error instanceof SendError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  if (code && TLS_MESSAGES[code]) return new SendError('tls', `${TLS_MESSAGES[code]} (${host})`, code);
  if (code && (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT'))) {
    return new SendError('tls', `The secure (TLS) connection to ${host} failed: ${(error as Error).message}`, code);
  }
  if (code && NETWORK_MESSAGES[code]) return new SendError('network', `${NETWORK_MESSAGES[code]} (${host})`, code);
  const detail = error instanceof Error ? error.message : String(error);
  return new SendError('network', `The request to ${host} failed: ${detail}`, code);
}
