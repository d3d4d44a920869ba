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
