export interface RecentProject {
  path: string;
  title: string;
  /** ISO time it was last opened or saved. */
  openedAt: string;
}
