// A value that waits for the reader to pause: it follows `read` only once `read` has held still for a moment
// (at once while it is still null), so that what hangs on it is not redrawn at every step of a drag.
export function settled<T>(read: () => T, delay = 500): { readonly current: T } {
	let value = $state(read());
	$effect(() => {
		const now = read();
		if (value === null) return void (value = now);
		const timer = setTimeout(() => (value = now), delay);
		return () => clearTimeout(timer);
	});
	return {
		get current() {
			return value;
		}
	};
}
