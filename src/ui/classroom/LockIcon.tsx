/**
 * A padlock drawn as SVG in the colour of the text around it. An emoji lock shows as an empty box where
 * no emoji font is installed (many school machines and Linux desktops). Without a label it is
 * decoration beside words that say the same.
 */
export function LockIcon({ label }: { label?: string }) {
  if (label === undefined) {
    return (
      <svg className="lock-icon" viewBox="0 0 12 14" width="0.85em" height="1em" aria-hidden="true">
        <LockShape />
      </svg>
    );
  }
  return (
    <svg className="lock-icon" viewBox="0 0 12 14" width="0.85em" height="1em" role="img" aria-label={label}>
      <title>{label}</title>
      <LockShape />
    </svg>
  );
}

function LockShape() {
  return (
    <>
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </>
  );
}
