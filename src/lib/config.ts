// Visual constants shared by every figure and widget: one excitation/inhibition scale, one number format.

/** Red for positive (excitatory) weights, blue for negative (inhibitory), as in the paper's figures. */
export const EXCITATION = 'var(--excite)';
export const INHIBITION = 'var(--inhibit)';

/** A unit's colour from the orientation it prefers, so a family reads as a colour wheel. */
export const orientationColor = (degrees: number) => `oklch(var(--unit-lightness) 0.14 ${Math.round(degrees)})`;

/** The one number format for activations and ratios. */
export const formatNumber = (value: number, digits = 2) =>
	Number.isFinite(value) ? value.toFixed(digits) : '—';

/** Angles are shown as whole degrees. */
export const formatAngle = (degrees: number) => `${Math.round(degrees)}°`;
