// What the toy widgets run on: tfjs itself (they train their own models), with nothing to load.
import type { Tf } from '../../model/runtime';
import type { BuildContext } from '../kit/host';

export interface ToyNet {
	tf: Tf;
	backend: string;
	dispose(): void;
}

export const build = ({ runtime }: BuildContext): ToyNet => ({ tf: runtime.tf, backend: runtime.backend, dispose() {} });
