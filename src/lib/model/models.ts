// The trained network the site ships: its folder under static/models carries a version, so caches never mix two.
export const MODEL_NAME = 'inception-world-v8';
export const MODEL_DIR = `static/models/${MODEL_NAME}`;
/** Where the browser finds it, below the site's base path. */
export const MODEL_PATH = `models/${MODEL_NAME}`;
