// What a trained toy model did, measured on its weights: which features it represents, how much of a
// dimension each gets, what phase a two-feature model is in, and how polysemantic each neuron is.

/** A feature counts as represented when its column of W is longer than this (the paper's reading). */
export const REPRESENTED = 0.5;

/** ‖Wᵢ‖ for each feature i. W[j][i]: hidden dimension j, feature i. */
export const columnNorms = (W: number[][]): number[] => W[0].map((_, i) => Math.hypot(...W.map((row) => row[i])));

export const featuresRepresented = (W: number[][], threshold = REPRESENTED) =>
	columnNorms(W).filter((norm) => norm > threshold).length;

/** WᵀW: how much feature j's direction reads feature i's (n × n). */
export const gram = (W: number[][]): number[][] =>
	W[0].map((_, i) => W[0].map((_, j) => W.reduce((sum, row) => sum + row[i] * row[j], 0)));

/**
 * The paper's feature dimensionality: Dᵢ = ‖Wᵢ‖² / Σⱼ (Ŵᵢ·Wⱼ)², 1 for a feature with a dimension
 * of its own, ½ for each of two antipodal features, 2/5 for each of a pentagon's, 0 for a feature not represented.
 */
export function dimensionality(W: number[][]): number[] {
	const G = gram(W);
	return G.map((row, i) => {
		const norm2 = row[i];
		if (norm2 < 1e-9) return 0;
		return norm2 / row.reduce((sum, dot) => sum + (dot * dot) / norm2, 0);
	});
}

/**
 * Per neuron, the effective number of features it reads: (Σᵢ pᵢ²)² / Σᵢ pᵢ⁴ over its positive incoming
 * weights pᵢ = max(wᵢ, 0), the inverse Simpson index (Hill's diversity of order 2) of their squared shares.
 */
export const neuronPolysemanticity = (W: number[][]): number[] =>
	W.map((row) => {
		const p = row.map((w) => Math.max(w, 0));
		const s2 = p.reduce((s, w) => s + w * w, 0);
		const s4 = p.reduce((s, w) => s + w ** 4, 0);
		return s4 > 0 ? (s2 * s2) / s4 : 0;
	});

/**
 * Features a model with ReLU neurons represents: those whose column's positive part is longer than 0.5. Neurons
 * are never negative, so a feature whose weights are all negative can never be read back out.
 */
export const featuresServed = (W: number[][], threshold = REPRESENTED) =>
	columnNorms(W.map((row) => row.map((w) => Math.max(w, 0)))).filter((norm) => norm > threshold).length;

/** What a model of two features in one dimension did with the second, the less or more important one. */
export type Phase = 'ignore' | 'dedicate' | 'superpose';

export const PHASES: { phase: Phase; label: string }[] = [
	{ phase: 'ignore', label: 'ignores feature 2' },
	{ phase: 'dedicate', label: 'gives the dimension to feature 2' },
	{ phase: 'superpose', label: 'superposes both' }
];

/** W is 1 × 2: [[w₁, w₂]]. */
export function phaseOf(W: number[][]): Phase {
	const [first, second] = columnNorms(W).map((norm) => norm > REPRESENTED);
	if (!second) return 'ignore';
	return first ? 'superpose' : 'dedicate';
}

/**
 * Where superposition takes over in a phase diagram (rows from dense to sparse): the first row from which
 * every sparser row is mostly (90%) in superposition, or null where no such row is; and each phase's count.
 */
export function superpositionBelow(rows: Phase[][]): { row: number | null; counts: Record<Phase, number> } {
	const counts = { ignore: 0, dedicate: 0, superpose: 0 } as Record<Phase, number>;
	for (const phase of rows.flat()) counts[phase]++;
	const mostly = rows.map((row) => row.filter((p) => p === 'superpose').length >= 0.9 * row.length);
	let row: number | null = null;
	for (let r = rows.length - 1; r >= 0 && mostly[r]; r--) row = r;
	return { row, counts };
}
