// At build time: the widgets' default states and what the analysis measured (see $lib/article/data.server).
import { pageData } from '$lib/article/data.server';

export const load = pageData;
