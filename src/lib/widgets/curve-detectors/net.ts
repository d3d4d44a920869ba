// What the hand-set widget runs on: the hand-set network on the page's tfjs runtime.
import { buildHandsetNetwork } from '../../model/handset-tf';
import type { BuildContext } from '../kit/host';

export const build = ({ runtime }: BuildContext) => buildHandsetNetwork(runtime);
