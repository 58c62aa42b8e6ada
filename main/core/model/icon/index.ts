/** Pure icon model shared by main and renderer: colour maths, composer settings, the certification check list. */
export * from './color';
export * from './lab';
export * from './background';
export * from './settings';
export * from './spec-checks';
