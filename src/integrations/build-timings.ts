import type { AstroIntegration } from 'astro';
import { formatTimings, type Timing } from '../lib/build-timings';

type Hook = (...args: unknown[]) => unknown;

/**
 * Times every hook of the given integrations and Astro's own phases, and logs one table at the end
 * of `astro build` (after the last integration's `astro:build:done`), so the build's log shows
 * where the time goes. scripts/bench-scale reads the same table. Returns the integrations wrapped,
 * followed by the one that prints.
 */
export function withBuildTimings(integrations: AstroIntegration[]): AstroIntegration[] {
	const spent = new Map<string, number>();
	const marks: Partial<Record<'setup' | 'start' | 'generated' | 'done', number>> = {};
	const add = (label: string, ms: number) => spent.set(label, (spent.get(label) ?? 0) + ms);
	const wrapped = integrations.map((integration) => ({
		...integration,
		hooks: Object.fromEntries(
			Object.entries(integration.hooks).map(([name, hook]) => [
				name,
				async (...args: unknown[]) => {
					const started = performance.now();
					try {
						return await (hook as Hook)(...args);
					} finally {
						add(`${integration.name} ${name}`, performance.now() - started);
					}
				},
			])
		) as AstroIntegration['hooks'],
	}));
	const printer: AstroIntegration = {
		name: 'backup-rescue:build-timings',
		hooks: {
			'astro:config:setup': () => void (marks.setup ??= performance.now()),
			'astro:build:start': () => void (marks.start = performance.now()),
			'astro:build:generated': () => void (marks.generated = performance.now()),
			'astro:build:done': ({ logger }) => {
				const end = performance.now();
				const rows: Timing[] = [];
				if (marks.setup !== undefined && marks.start !== undefined)
					rows.push({ label: 'astro: config and content sync', ms: marks.start - marks.setup });
				if (marks.start !== undefined && marks.generated !== undefined)
					rows.push({
						label: 'astro: bundle and render pages (Markdown, MDX)',
						ms: marks.generated - marks.start,
					});
				// Integrations' own hooks; those under a millisecond in total are noise here.
				for (const [label, ms] of spent) if (ms >= 1) rows.push({ label, ms });
				const total = marks.setup === undefined ? undefined : end - marks.setup;
				for (const line of formatTimings(rows, total)) logger.info(line);
			},
		},
	};
	// The printer's setup hook runs first so the clock starts before anyone else's work.
	const { 'astro:config:setup': startClock, ...printHooks } = printer.hooks;
	return [
		{ name: `${printer.name}:start`, hooks: { 'astro:config:setup': startClock } },
		...wrapped,
		{ name: printer.name, hooks: printHooks },
	];
}
