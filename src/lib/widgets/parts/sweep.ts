// Tuning curves measured live, a few angles a frame, so that a reader's input never waits behind them.

/**
 * Measures `count` angles `perFrame` at a time: `measure(from, to)` gives rows[angle][unit] for angles
 * from … to − 1; when all are in, `done` gets the table the other way round, table[unit][angle]. Returns
 * what stops the sweep.
 */
export function sweepByFrames(count: number, perFrame: number, measure: (from: number, to: number) => number[][], done: (table: number[][]) => void): () => void {
	const rows: number[][] = [];
	let frame = requestAnimationFrame(function step() {
		rows.push(...measure(rows.length, Math.min(count, rows.length + perFrame)));
		if (rows.length < count) frame = requestAnimationFrame(step);
		else done((rows[0] ?? []).map((_, unit) => rows.map((row) => row[unit])));
	});
	return () => cancelAnimationFrame(frame);
}
