/** A size for readers: "850 KB", "1.4 MB", counted in thousands as iPhone Storage in Settings does. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} bytes`;
	if (bytes < 999_500) return `${Math.round(bytes / 1000)} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
