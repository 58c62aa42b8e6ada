/** What the validator needs to know about icon.png (measured by main/core/icon with sharp). */
export interface IconFacts {
  format: string;
  width: number;
  height: number;
  bytes: number;
  /** True when every pixel is fully opaque. */
  opaque: boolean;
  /** The colour of the 1 px border when it is uniform (#rrggbb), else null. */
  borderColor: string | null;
  /** Set when the bytes are not a readable image at all. */
  error?: string;
}
