/** Contract area: the icon composer — sharp renders and measures in main; the renderer previews and decides. */
import type { IconSettings, SpecCheck } from '../../main/core/model/icon';
import type { BackgroundReview } from '../../main/core/model/icon/background';
import type { Result } from './result';

/** A logo the user picked, dropped or pasted (kept in the sidecar so the icon can be re-edited). */
export interface LogoFile {
  name: string;
  mediaType: string;
  base64: string;
}

export interface ComposedIcon {
  iconBase64: string;
  checks: SpecCheck[];
}

export type IconCheckMode = 'certified' | 'independent-publisher';

export interface IconApi {
  /** Shows the image picker and reads the chosen logo (SVG, PNG, JPEG or WebP). */
  pickLogo(): Promise<Result<LogoFile> | null>;
  /** Renders the 230×230 icon with sharp and measures it against the spec. */
  composeIcon(logo: LogoFile, settings: IconSettings, mode: IconCheckMode): Promise<Result<ComposedIcon>>;
  /** The spec checks of an existing icon.png against a brand colour. */
  checkIcon(iconBase64: string | null, brandColor: string, mode: IconCheckMode): Promise<SpecCheck[]>;
  /** Resizes a finished icon to 230×230 and flattens transparency onto the brand colour. */
  fixIcon(iconBase64: string, brandColor: string, mode: IconCheckMode): Promise<Result<ComposedIcon>>;
  /** The logo's own colours, each reviewed as a certification background. */
  suggestColors(logo: LogoFile): Promise<Result<(BackgroundReview & { share: number })[]>>;
}

export const ICON_METHODS = ['pickLogo', 'composeIcon', 'checkIcon', 'fixIcon', 'suggestColors'] as const satisfies readonly (keyof IconApi)[];
