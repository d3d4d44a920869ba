// At build time: the widgets' default states and what the analysis measured (see $lib/article/data.server), with
// the curve census and the seven arguments this page alone shows.
import { argumentsData, censusData, pageData } from '$lib/article/data.server';

export const load = () => ({ ...pageData(), census: censusData(), sevenArguments: argumentsData() });
