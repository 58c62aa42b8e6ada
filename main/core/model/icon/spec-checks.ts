/**
 * The icon's certification check list, computed from measured facts (CERTIFICATION.md §3F, rules 44–46,
 * and rule 5 for independent publishers). Pure: the renderer shows the same list live while designing.
 */
import type { IconFacts } from '../icon-facts';
import { INDEPENDENT_PUBLISHER_COLOR } from '../kind';
import { certificationProblems } from './background';
import { normaliseHex, parseHex } from './color';
import { ICON_SIZE, LOGO_BOX } from './settings';

export interface SpecCheck {
  id: SpecCheckId;
  label: string;
  pass: boolean;
  reason: string;
}

export type SpecCheckId =
  | 'png-230'
  | 'opaque'
  | 'not-white'
  | 'not-default'
  | 'border-matches'
  | 'logo-box'
  | 'under-1mb'
  | 'ip-color'
  | 'ip-no-icon';

export type IconMode = 'certified' | 'independent-publisher';

/** Bounding box of the logo (the pixels that differ from the background) in the finished icon. */
export interface LogoBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** `logoBox` undefined = not measured (no check); null = measured, nothing stands out from the background. */
export type MeasuredIcon = IconFacts & { logoBox?: LogoBox | null };

export const MAX_ICON_BYTES = 1024 * 1024;
/** "~160 px": a logo up to 10 % larger than the box, still centred within it, is accepted. */
export const LOGO_BOX_TOLERANCE = 16;
/** Border pixels and brand colour may differ by this much per channel (PNG is exact; this absorbs JPEG history). */
export const BORDER_TOLERANCE = 2;

const check = (id: SpecCheckId, label: string, pass: boolean, reason: string): SpecCheck => ({ id, label, pass, reason });

function colorsMatch(first: string, second: string): boolean {
  const a = parseHex(first);
  const b = parseHex(second);
  if (!a || !b) return false;
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)) <= BORDER_TOLERANCE;
}

function logoBoxCheck(box: LogoBox | null): SpecCheck {
  const label = `Logo within the ~${LOGO_BOX} px box`;
  if (!box) return check('logo-box', label, false, 'No logo stands out from the background');
  const half = (LOGO_BOX + LOGO_BOX_TOLERANCE) / 2;
  const [min, max] = [ICON_SIZE / 2 - half, ICON_SIZE / 2 + half];
  const inside = box.left >= min && box.top >= min && box.left + box.width <= max && box.top + box.height <= max;
  const where = `logo ${box.width}×${box.height} px at (${box.left}, ${box.top})`;
  return check(
    'logo-box',
    label,
    inside,
    inside ? where : `${where} reaches outside the centred ${max - min} px box (${min}..${max})`,
  );
}

function certifiedChecks(facts: MeasuredIcon, brandColor: string): SpecCheck[] {
  if (facts.error) {
    return [check('png-230', `${ICON_SIZE}×${ICON_SIZE} PNG`, false, facts.error)];
  }
  const brand = normaliseHex(brandColor);
  const problems = certificationProblems(brandColor);
  const whiteProblem = problems.find((p) => p.code === 'white' || p.code === 'near-white' || p.code === 'invalid');
  const defaultProblem = problems.find((p) => p.code === 'default' || p.code === 'near-default' || p.code === 'invalid');
  const isPng = facts.format === 'png';
  const square = facts.width === ICON_SIZE && facts.height === ICON_SIZE;
  const checks = [
    check(
      'png-230',
      `${ICON_SIZE}×${ICON_SIZE} PNG`,
      isPng && square,
      `${facts.format.toUpperCase()} ${facts.width}×${facts.height}`,
    ),
    check('opaque', 'No transparency', facts.opaque, facts.opaque ? 'Every pixel is opaque' : 'Some pixels are transparent'),
    check('not-white', 'Background not white or near-white', !whiteProblem, whiteProblem?.message ?? `${brand} is a colour`),
    check(
      'not-default',
      'Background not the default #007ee5 or near it',
      !defaultProblem,
      defaultProblem?.message ?? `${brand} is distinct from #007ee5`,
    ),
    check(
      'border-matches',
      'Brand colour equals the icon background',
      facts.borderColor !== null && brand !== null && colorsMatch(facts.borderColor, brand),
      facts.borderColor === null
        ? 'The 1 px border is not one uniform opaque colour'
        : `Border ${facts.borderColor}, brand colour ${brand ?? brandColor}`,
    ),
  ];
  if (facts.logoBox !== undefined) checks.push(logoBoxCheck(facts.logoBox));
  const kb = (facts.bytes / 1024).toFixed(1);
  checks.push(check('under-1mb', 'File under 1 MB', facts.bytes < MAX_ICON_BYTES, `${kb} KB`));
  return checks;
}

function independentPublisherChecks(facts: MeasuredIcon | null, brandColor: string): SpecCheck[] {
  const brand = normaliseHex(brandColor);
  return [
    check(
      'ip-color',
      `Brand colour is ${INDEPENDENT_PUBLISHER_COLOR}`,
      brand === INDEPENDENT_PUBLISHER_COLOR,
      `Independent-publisher connectors use ${INDEPENDENT_PUBLISHER_COLOR}; this one is ${brand ?? brandColor}`,
    ),
    check(
      'ip-no-icon',
      'No icon submitted',
      facts === null,
      facts === null
        ? 'No icon.png: Microsoft shows the independent-publisher icon'
        : 'Independent-publisher connectors must not submit an icon: leave icon.png out of the package',
    ),
  ];
}

/**
 * The check list for an icon. In independent-publisher mode only the colour and "no icon" rules apply,
 * so pass `null` facts when the project has no icon.
 */
export function iconSpecChecks(facts: MeasuredIcon | null, brandColor: string, mode: IconMode): SpecCheck[] {
  if (mode === 'independent-publisher') return independentPublisherChecks(facts, brandColor);
  if (!facts) return [check('png-230', `${ICON_SIZE}×${ICON_SIZE} PNG`, false, 'No icon.png')];
  return certifiedChecks(facts, brandColor);
}
