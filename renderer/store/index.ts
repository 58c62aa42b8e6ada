/** The one store: typed slices combined. Components select what they need with `useStudio(selector)`. */
import { create } from 'zustand';
import type { StudioState } from './types';
import { createProjectSlice } from './project-slice';
import { createHistorySlice } from './history-slice';
import { createValidationSlice } from './validation-slice';
import { createUiSlice } from './ui-slice';

export const useStudio = create<StudioState>()((...args) => ({
  ...createProjectSlice(...args),
  ...createHistorySlice(...args),
  ...createValidationSlice(...args),
  ...createUiSlice(...args),
}));

export type { StudioState };
