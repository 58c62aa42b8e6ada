/**
 * The icon as Power Automate and Power Apps show it small: a designer card and a connector list, light and dark.
 * Canvases, not images: the composer draws them with the big preview at each change (drawSmallIcons), so they follow
 * the size slider as live as it, without encoding a PNG per change.
 */
export const SMALL_PREVIEW_CLASS = 'small-icon';

export function SmallPreviews({ shown, title }: { shown: boolean; title: string }) {
  if (!shown) return null;
  return (
    <div className="small-previews" data-testid="icon-small-previews">
      {(['light', 'dark'] as const).map((surface) => (
        <div key={surface} className={`surface ${surface}`}>
          <div className="designer-card">
            <canvas className={SMALL_PREVIEW_CLASS} data-size={32} style={{ width: 32, height: 32, borderRadius: 4 }} />
            <span>{title || 'Your connector'}</span>
          </div>
          <div className="connector-tile">
            <canvas className={SMALL_PREVIEW_CLASS} data-size={48} style={{ width: 48, height: 48, borderRadius: 8 }} />
            <span>{title || 'Your connector'}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
