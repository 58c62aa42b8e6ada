/**
 * The icon composer: a logo on a brand-colour square, to Microsoft's spec (230 px, ~160 px logo, opaque, brand colour
 * = background), with live checks, small-size previews and colour help. Apply writes icon.png, iconBrandColor and
 * the composer settings (with the source logo, for re-editing) as one undo step.
 */
import { useEffect, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import type { IconCheckMode, LogoFile } from '../../../../preload/contract';
import { contrastReadout, ICON_SIZE, LOGO_BOX, reviewBackground, type IconSettings } from '../../../../main/core/model/icon';
import { connector } from '../../../bridge';
import { useStudio } from '../../../store';
import { colorAt, drawIcon, drawSmallIcons } from './logo-canvas';
import { logoFromFile } from './read-logo';
import { useComposition } from './use-composition';
import { SpecChecks } from './SpecChecks';
import { SMALL_PREVIEW_CLASS, SmallPreviews } from './SmallPreviews';
import { ColorControls } from './ColorControls';
import '../../../styles/icon.css';

interface Props {
  color: string;
  title: string;
  mode: IconCheckMode;
  onClose(): void;
}

export function IconComposer({ color, title, mode, onClose }: Props) {
  const sidecarIcon = useStudio((s) => s.project?.sidecar.icon) as { logo?: LogoFile; settings?: Partial<IconSettings> } | undefined;
  const applyIcon = useStudio((s) => s.applyIcon);
  const toast = useStudio((s) => s.toast);
  const composition = useComposition({ logo: sidecarIcon?.logo ?? null, settings: sidecarIcon?.settings ?? {}, color }, mode);
  const { logo, image, settings, rendered, pending, error, update } = composition;
  const canvas = useRef<HTMLCanvasElement>(null);
  const previewColumn = useRef<HTMLDivElement>(null);
  const [guides, setGuides] = useState(true);
  const [dropping, setDropping] = useState(false);

  // A layout effect: the redraw lands in the same frame as the slider move, before the browser paints. It only fills
  // and scales bitmaps (logo-canvas caches the rasterised logo per canvas size), so it keeps up with the display.
  useLayoutEffect(() => {
    if (!canvas.current) return;
    drawIcon(canvas.current, image, settings, 2);
    if (previewColumn.current) drawSmallIcons(previewColumn.current.querySelectorAll<HTMLCanvasElement>(`canvas.${SMALL_PREVIEW_CLASS}`), image, settings);
    // Which size the canvas shows now: lets a benchmark tell the frame that carries a slider change.
    canvas.current.dataset.drawnSize = String(settings.size);
  }, [image, settings]);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = event.clipboardData?.files?.[0];
      if (file) void acceptFile(file);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  });

  const acceptFile = async (file: File) => {
    try {
      composition.setLogo(await logoFromFile(file));
    } catch (e) {
      toast('error', (e as Error).message);
    }
  };
  const pick = async () => {
    const result = await connector.pickLogo();
    if (!result) return;
    if (result.ok) composition.setLogo(result.value);
    else toast('error', result.error.message);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file) void acceptFile(file);
  };
  const eyedrop = (event: React.MouseEvent<HTMLCanvasElement>) => {
    if (!image || settings.white) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = ICON_SIZE / rect.width;
    const x = (event.clientX - rect.left) * scale - ((ICON_SIZE - settings.size) / 2 + settings.offsetX);
    const y = (event.clientY - rect.top) * scale - ((ICON_SIZE - settings.size) / 2 + settings.offsetY);
    if (x < 0 || y < 0 || x >= settings.size || y >= settings.size) return;
    const picked = colorAt(image, x, y, settings.size);
    if (picked) update({ color: picked });
  };
  const apply = () => {
    if (!rendered || !logo) return;
    applyIcon(
      { iconBase64: mode === 'independent-publisher' ? undefined : rendered.iconBase64, color: settings.color, sidecarIcon: { logo, settings } },
      'Compose the connector icon',
    );
    toast('success', mode === 'independent-publisher' ? 'Brand colour saved. Independent-publisher connectors submit no icon.' : 'icon.png and the brand colour are updated.');
    onClose();
  };
  const logoInk = settings.white ? '#ffffff' : null;
  const contrast = logoInk && /^#[0-9a-f]{6}$/i.test(settings.color) ? contrastReadout(logoInk, settings.color) : null;
  const review = reviewBackground(settings.color);

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal icon-composer" role="dialog" aria-modal="true" aria-label="Icon composer" data-testid="icon-composer"
        onDragOver={(e) => { e.preventDefault(); setDropping(true); }} onDragLeave={() => setDropping(false)} onDrop={onDrop}>
        <header className="composer-header">
          <h2>Icon composer</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close">×</button>
        </header>
        {mode === 'independent-publisher' && (
          <div className="banner info">Independent-publisher connectors submit no icon: Microsoft shows its own. Only the brand colour #da3b01 is used.</div>
        )}
        <div className="composer-body">
          <div className="composer-preview" ref={previewColumn}>
            <div className={`preview-frame ${dropping ? 'dropping' : ''}`}>
              <canvas ref={canvas} className={`icon-canvas ${!settings.white && image ? 'eyedropper' : ''}`} onClick={eyedrop} data-testid="icon-canvas"
                title={!settings.white && image ? 'Click the logo to use its colour as the brand colour' : undefined} />
              {guides && <div className="guide" style={{ inset: `${((ICON_SIZE - LOGO_BOX) / 2 / ICON_SIZE) * 100}%` }} aria-hidden />}
              {!logo && (
                <div className="preview-empty">
                  <p>Drop your logo here, paste it, or</p>
                  <button type="button" className="button primary" onClick={() => void pick()} data-testid="icon-pick">Choose a logo…</button>
                  <p className="muted">SVG, PNG, JPEG or WebP. A white logo on your brand colour is preferred.</p>
                </div>
              )}
            </div>
            <div className="preview-actions">
              {logo && <button type="button" className="button" onClick={() => void pick()}>Replace logo…</button>}
              <label className="checkbox"><input type="checkbox" checked={guides} onChange={(e) => setGuides(e.target.checked)} /> <span>Padding guide ({LOGO_BOX} px box)</span></label>
            </div>
            <SmallPreviews shown={logo !== null && image !== null} title={title} />
          </div>
          <div className="composer-controls">
            <ColorControls color={settings.color} review={review} logo={logo} onColor={(c) => update({ color: c })} />
            <div className="field">
              <div className="field-label-row">
                <label className="field-label" htmlFor="logo-size">Logo size</label>
                <span className="counter">{settings.size} px of {ICON_SIZE}</span>
              </div>
              <input id="logo-size" type="range" min={32} max={ICON_SIZE} value={settings.size} onChange={(e) => update({ size: Number(e.target.value) })} data-testid="icon-size" />
            </div>
            <div className="field">
              <span className="field-label">Position</span>
              <div className="nudges" role="group" aria-label="Nudge the logo">
                <button type="button" className="button" onClick={() => update({ offsetX: settings.offsetX - 1 })} aria-label="Left">←</button>
                <button type="button" className="button" onClick={() => update({ offsetY: settings.offsetY - 1 })} aria-label="Up">↑</button>
                <button type="button" className="button" onClick={() => update({ offsetY: settings.offsetY + 1 })} aria-label="Down">↓</button>
                <button type="button" className="button" onClick={() => update({ offsetX: settings.offsetX + 1 })} aria-label="Right">→</button>
                <button type="button" className="link-button" onClick={() => update({ offsetX: 0, offsetY: 0 })}>Centre</button>
                <span className="muted">{settings.offsetX}, {settings.offsetY}</span>
              </div>
            </div>
            <label className="checkbox">
              <input type="checkbox" checked={settings.white} onChange={(e) => update({ white: e.target.checked })} data-testid="icon-white" />
              <span>Make the logo white (keeps its shape)</span>
            </label>
            {contrast && <div className={`contrast ${contrast.readable ? 'ok' : 'bad'}`} data-testid="icon-contrast">Contrast {contrast.text}</div>}
            <h3 className="checks-title">Certification checks {pending && <span className="spinner" aria-label="checking" />}</h3>
            {error && <div className="inline-finding error" role="alert">{error}</div>}
            {rendered ? <SpecChecks checks={rendered.checks} pending={pending} /> : !error && <p className="muted">{logo ? 'Rendering…' : 'Choose a logo to see the checks.'}</p>}
          </div>
        </div>
        <footer className="modal-actions">
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="button" className="button primary" onClick={apply} disabled={!rendered || pending} data-testid="icon-apply">
            {mode === 'independent-publisher' ? 'Use this colour' : 'Save icon'}
          </button>
        </footer>
      </div>
    </div>
  );
}
