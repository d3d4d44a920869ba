// Counting what a list of scenes shows: classes by how often they occur.

/** How many of `names` each class has, most first (ties in name order). */
export function tallyClasses(names: string[]): { name: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
	return [...counts]
		.map(([name, count]) => ({ name, count }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
