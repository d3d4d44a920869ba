// What a parameterisation gives the run: the pictures its parameters stand for, and the parameters to climb.
import type * as TF from '@tensorflow/tfjs-core';
import type { Move } from '../transforms';

export interface Pictures {
	/** the pictures the parameters stand for, [count, n, n, 3] in [0, 1] */
	render(): TF.Tensor4D;
	/** where the pictures can be drawn already moved, each by its own amounts */
	moved?(moves: Move[]): TF.Tensor4D;
	variables: TF.Variable[];
	/**
	 * where some pictures can be dropped: keeps those at these places among the pictures drawn now (their parameters as
	 * they are), and draws only them from then on
	 */
	keep?(places: number[]): void;
	dispose(): void;
}
