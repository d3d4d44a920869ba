// The toy models' types: what a stack of them is trained with, what it reports as it goes and what it
// resolves to.

/**
 * What sits between input and output:
 * - `linear`: x' = ReLU(Wᵀ W x + b), the paper's basic model, whose hidden space has no preferred basis;
 * - `relu`: h = ReLU(W x), x' = ReLU(Wᵀ h + b), whose hidden dimensions are neurons (a privileged basis).
 */
export type ToyKind = 'linear' | 'relu';

/** One toy model: n features squeezed into m hidden dimensions. */
export interface ToyConfig {
	n: number;
	m: number;
	/** probability that a feature is zero in an example */
	sparsity: number;
	/** importance of each feature: the weight of its squared error in the loss */
	importance: number[];
	/** weight of the polysemanticity penalty added to the loss (relu models; 0 for none) */
	penalty?: number;
}

/**
 * Where the examples come from: `sampled`, a fresh seeded batch at each step, as the paper trains; or
 * `expected`, the exact expected loss over the data distribution (every pattern of present features, with
 * the values on a grid of `grid` points), which has no sampling noise, for models with few features.
 */
export type DataSource = { kind: 'sampled'; batch: number } | { kind: 'expected'; grid: number };

export interface TrainOptions {
	kind: ToyKind;
	seed: number;
	steps: number;
	learningRate: number;
	data: DataSource;
	/** stops the run at its next pause; the run then resolves to null */
	signal?: AbortSignal;
	/** milliseconds of work between pauses (40 by default: frames stay under ~50 ms) */
	chunkMs?: number;
	/** how the run pauses so the page can draw and take input; by default a macrotask */
	pause?: () => Promise<void>;
	/** called at each pause with the steps done and each model's losses so far */
	onProgress?: (progress: TrainProgress) => void;
	/** the losses are read every this many steps (each read waits for the backend) */
	lossEvery?: number;
}

export interface TrainProgress {
	step: number;
	steps: number;
	/** loss[k]: model k's reconstruction loss, one value every `lossEvery` steps */
	loss: number[][];
	/** the weights now, W[k][j][i] */
	W: number[][][];
}

/** A trained model as plain numbers: W[j][i] is the weight between feature i and hidden dimension j. */
export interface TrainedToy {
	W: number[][];
	b: number[];
	/**
	 * the importance-weighted reconstruction loss (without the penalty) when trained,
	 * on EVALUATION_EXAMPLES fresh examples
	 */
	loss: number;
	/** the loss as it went, one value every `lossEvery` steps */
	history: number[];
}
