/** The icon composer's core (sharp): compose, measure, suggest colours, repair. */
export { composeIcon, renderLogo } from './compose';
export { inspectIcon, logoBounds, measureIcon } from './inspect';
export { suggestColors, type ColorSuggestion } from './suggest';
export { fixIcon } from './fix';
export { IconError, type IconErrorCode } from './errors';
export { sniffFormat, type ImageFormat } from './input';
