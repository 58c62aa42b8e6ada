/** The icon as Power Automate and Power Apps show it small: a designer card and a connector list, light and dark. */
export function SmallPreviews({ src, title }: { src: string | null; title: string }) {
  if (!src) return null;
  return (
    <div className="small-previews" data-testid="icon-small-previews">
      {(['light', 'dark'] as const).map((surface) => (
        <div key={surface} className={`surface ${surface}`}>
          <div className="designer-card">
            <img src={src} alt="" width={32} height={32} />
            <span>{title || 'Your connector'}</span>
          </div>
          <div className="connector-tile">
            <img src={src} alt="" width={48} height={48} />
            <span>{title || 'Your connector'}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
