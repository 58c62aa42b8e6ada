/**
 * Shown above the forms while the swagger text does not parse (the author is mid-edit in the code view): where the
 * error is, in words, and a way to go there. The forms below show the last version that parsed, read-only.
 */
import { useStudio } from '../../../store';
import { revealWhenOpened } from '../code/CodeView';
import { SWAGGER } from './shared';

/** jsonc-parser's error codes, as a person would say them. */
const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a number is not written correctly',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing } is expected',
  CloseBracketExpected: 'a closing ] is expected',
  EndOfFileExpected: 'there is text after the end of the document',
  InvalidCommentToken: 'a comment is not written correctly',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'an invalid character in a string',
};

export function describeParseError(code: string): string {
  return PARSE_ERRORS[code] ?? code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function ReadOnlyBanner({ line, column, message, hasLastGood }: { line: number; column: number; message: string; hasLastGood: boolean }) {
  const goToError = () => {
    revealWhenOpened(SWAGGER, line, column);
    useStudio.getState().setDefinitionView('swagger');
  };
  return (
    <div className="syntax-banner def-banner" role="alert" data-testid="forms-readonly-banner">
      <span className="syntax-banner-icon" aria-hidden="true">!</span>
      <p>
        <strong>The definition has a syntax error at line {line}, column {column}:</strong> {describeParseError(message)} —{' '}
        {hasLastGood
          ? 'the forms show the last version that parsed and are read-only until it is fixed.'
          : 'the forms show what could be read and are read-only until it is fixed.'}
      </p>
      <button type="button" className="button" onClick={goToError} data-testid="forms-show-syntax-error">Go to the error</button>
    </div>
  );
}
