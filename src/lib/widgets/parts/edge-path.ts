// The path of a circuit diagram's edge between two boxes: a smooth S from the side of one box to the side of
// the next, along the layers (left to right on wide screens, top to bottom on narrow ones).

export interface Box {
	/** centre */
	x: number;
	y: number;
	w: number;
	h: number;
}

/** SVG path data for an edge from box `a` to box `b`; `gap` leaves room for an arrowhead at the end. */
export function edgePath(a: Box, b: Box, direction: 'across' | 'down', gap = 0): string {
	if (direction === 'across') {
		const x1 = a.x + a.w / 2;
		const x2 = b.x - b.w / 2 - gap;
		const mid = (x1 + x2) / 2;
		return `M${x1},${a.y} C${mid},${a.y} ${mid},${b.y} ${x2},${b.y}`;
	}
	const y1 = a.y + a.h / 2;
	const y2 = b.y - b.h / 2 - gap;
	const mid = (y1 + y2) / 2;
	return `M${a.x},${y1} C${a.x},${mid} ${b.x},${mid} ${b.x},${y2}`;
}
