// The trained networks the site ships: each folder under static/models carries a version, so caches never mix two.

/** The article's network. */
export const MODEL_NAME = 'inception-world-v10a';
/** A second network from the same world, other seed and width: what both grow is not an accident of one run. */
export const SECOND_MODEL_NAME = 'inception-world-v10b';
export const NETWORKS = [MODEL_NAME, SECOND_MODEL_NAME] as const;

export const modelDir = (name: string) => `static/models/${name}`;
export const MODEL_DIR = modelDir(MODEL_NAME);
/** What the analysis compares across the two networks. */
export const UNIVERSALITY_FILE = 'static/models/universality.json';

/**
 * Network a's recipe trained at two more seeds, and untrained networks of its shape at all three: what the
 * analysis finds must hold over trainings and stand above chance. Measured, not shipped to readers.
 */
export const REPLICAS = [
	{ name: 'inception-world-v10a-seed1', seed: 1, trained: true },
	{ name: 'inception-world-v10a-seed2', seed: 2, trained: true },
	{ name: 'inception-world-v10a-untrained', seed: 0, trained: false },
	{ name: 'inception-world-v10a-seed1-untrained', seed: 1, trained: false },
	{ name: 'inception-world-v10a-seed2-untrained', seed: 2, trained: false }
] as const;
export const replicaDir = (name: string) => `data/replicas/${name}`;
/** The curve census over every training and untrained network, summed up (analysis/replication.ts). */
export const REPLICATION_FILE = 'static/models/replication.json';
/** The seven arguments, measured for the curve families of the article's network. */
export const ARGUMENTS_FILE = `${MODEL_DIR}/arguments.json`;
