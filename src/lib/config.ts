// Visual constants shared by every figure and widget: one excitation/inhibition scale, one number format.

/** Red for positive (excitatory) weights, blue for negative (inhibitory), as in the paper's figures. */
export const EXCITATION = 'var(--excite)';
export const INHIBITION = 'var(--inhibit)';

/** Lightness of the units' colours (OKLCH), on light pages and on dark ones. */
export const UNIT_LIGHTNESS = { light: 0.6, dark: 0.72 } as const;

/** A unit's colour from the orientation it prefers, so a family reads as a colour wheel; lighter on dark pages. */
export const orientationColor = (degrees: number) => {
	const hue = Math.round(degrees);
	return `light-dark(oklch(${UNIT_LIGHTNESS.light} 0.14 ${hue}), oklch(${UNIT_LIGHTNESS.dark} 0.14 ${hue}))`;
};

/** The one number format for activations and ratios. */
export const formatNumber = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** Angles are shown as whole degrees. */
export const formatAngle = (degrees: number) => `${Math.round(degrees)}°`;
