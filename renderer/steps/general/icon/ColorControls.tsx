/** Brand colour: picker, hex field, the logo's own colours as suggestions, and a compliant alternative when needed. */
import { useEffect, useState } from 'react';
import type { LogoFile } from '../../../../preload/contract';
import type { BackgroundReview } from '../../../../main/core/model/icon/background';
import { connector } from '../../../bridge';

interface Props {
  color: string;
  review: BackgroundReview;
  logo: LogoFile | null;
  onColor(color: string): void;
}

export function ColorControls({ color, review, logo, onColor }: Props) {
  const [text, setText] = useState(color);
  const [suggestions, setSuggestions] = useState<(BackgroundReview & { share: number })[]>([]);
  useEffect(() => setText(color), [color]);
  useEffect(() => {
    if (!logo) return;
    let live = true;
    void connector.suggestColors(logo).then((result) => live && result.ok && setSuggestions(result.value));
    return () => {
      live = false;
    };
  }, [logo]);
  const valid = /^#[0-9a-f]{6}$/i.test(text);
  return (
    <div className="field">
      <label className="field-label" htmlFor="composer-color">Brand colour (the icon background)</label>
      <div className="color-field">
        <input type="color" aria-label="Pick brand colour" value={/^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#000000'} onChange={(e) => onColor(e.target.value)} />
        <input id="composer-color" className={`input ${valid ? '' : 'invalid'}`} value={text} maxLength={7} spellCheck={false} data-testid="icon-color"
          onChange={(e) => {
            setText(e.target.value);
            if (/^#[0-9a-f]{6}$/i.test(e.target.value)) onColor(e.target.value.toLowerCase());
          }} />
      </div>
      {review.problems.map((p) => (
        <div key={p.code} className="inline-finding warning">{p.message}</div>
      ))}
      {review.suggestion && (
        <button type="button" className="link-button" onClick={() => onColor(review.suggestion!)} data-testid="icon-compliant">
          Use {review.suggestion} instead (same hue, certification-compliant)
        </button>
      )}
      {suggestions.length > 0 && (
        <div className="swatches" data-testid="icon-suggestions">
          <span className="muted">From your logo:</span>
          {suggestions.map((s) => (
            <button key={s.color} type="button" className={`swatch ${s.compliant ? '' : 'not-compliant'}`} style={{ background: s.color }}
              title={`${s.color}${s.compliant ? '' : ` — ${s.problems.map((p) => p.message).join('; ')}`}`}
              aria-label={`Use ${s.color}`} onClick={() => onColor(s.compliant ? s.color : (s.suggestion ?? s.color))} />
          ))}
        </div>
      )}
    </div>
  );
}
