// What a figure and the page that embeds it say to each other: the messages an iframe posts and takes,
// and the events a custom element fires. /embed/resize.js and the docs use the same names.

/** posted by a frame to its parent whenever its content's height changes: { type, widget, height } */
export const HEIGHT_MESSAGE = 'zoom-in:height';
/** posted by a frame to its parent whenever the reader changes the figure: { type, widget, state } */
export const STATE_MESSAGE = 'zoom-in:state';
/** posted by a parent to a frame to set the figure's state: { type, state }, state a partial object */
export const SET_MESSAGE = 'zoom-in:set';
/** posted back by a frame when a state it was sent could not be used: { type, widget, errors } */
export const ERROR_MESSAGE = 'zoom-in:error';
/**
 * posted by a frame to its parent once its figure is live, or could not start:
 * { type, widget, live, backend, engine } or { type, widget, live: false, error }
 */
export const READY_MESSAGE = 'zoom-in:ready';
/** fired by a custom element whenever the reader changes it; event.detail is the state */
export const CHANGE_EVENT = 'change';
/** fired by a custom element once its figure is live, or could not start; event.detail as READY_MESSAGE's */
export const READY_EVENT = 'ready';
