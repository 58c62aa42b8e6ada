/**
 * The composer's state: the logo, the settings, the live canvas image and sharp's rendering with its spec checks.
 * sharp runs a moment after the last change (the canvas follows every change at once).
 */
import { useEffect, useRef, useState } from 'react';
import type { ComposedIcon, IconCheckMode, LogoFile } from '../../../../preload/contract';
import { DEFAULT_ICON_SETTINGS, normaliseIconSettings, type IconSettings } from '../../../../main/core/model/icon';
import { connector } from '../../../bridge';
import { loadLogoImage } from './logo-canvas';

const SHARP_DELAY_MS = 200;

export interface Composition {
  logo: LogoFile | null;
  image: HTMLImageElement | null;
  settings: IconSettings;
  rendered: ComposedIcon | null;
  pending: boolean;
  error: string | null;
  setLogo(logo: LogoFile): void;
  update(patch: Partial<IconSettings>): void;
}

export function useComposition(initial: { logo: LogoFile | null; settings: Partial<IconSettings>; color: string }, mode: IconCheckMode): Composition {
  const [logo, setLogoState] = useState<LogoFile | null>(initial.logo);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [settings, setSettings] = useState<IconSettings>(() => normaliseIconSettings({ ...DEFAULT_ICON_SETTINGS, ...initial.settings, color: initial.color }));
  const [rendered, setRendered] = useState<ComposedIcon | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    if (!logo) return;
    let live = true;
    loadLogoImage(logo.mediaType, logo.base64).then(
      (img) => live && setImage(img),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [logo]);

  useEffect(() => {
    if (!logo || !/^#[0-9a-f]{6}$/i.test(settings.color)) return;
    const mine = ++generation.current;
    setPending(true);
    const timer = setTimeout(async () => {
      const result = await connector.composeIcon(logo, settings, mode);
      if (mine !== generation.current) return;
      setPending(false);
      if (result.ok) {
        setRendered(result.value);
        setError(null);
      } else {
        setRendered(null);
        setError(result.error.message);
      }
    }, SHARP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [logo, settings, mode]);

  return {
    logo,
    image,
    settings,
    rendered,
    pending,
    error,
    setLogo: (next) => {
      setError(null);
      setLogoState(next);
    },
    update: (patch) => setSettings((current) => ({ ...normaliseIconSettings({ ...current, ...patch }), color: patch.color ?? current.color })),
  };
}
