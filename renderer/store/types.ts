/** The store's shape: one zustand store built from typed slices (DESIGN.md, renderer/store). */
import type { StateCreator } from 'zustand';
import type { ProjectSlice } from './project-slice';
import type { HistorySlice } from './history-slice';
import type { ValidationSlice } from './validation-slice';
import type { UiSlice } from './ui-slice';

export type StudioState = ProjectSlice & HistorySlice & ValidationSlice & UiSlice;
export type Slice<T> = StateCreator<StudioState, [], [], T>;
