// Left/right ratios are capped at 100 (and 1/100): past that the other side is, in effect, silent.
export const RATIO_CAP = 100;
