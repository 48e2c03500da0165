// Lighthouse CI settings for `npm run bench:lighthouse` (scripts/bench-lighthouse.mjs starts the
// server and passes the URLs). Mobile emulation is Lighthouse's default form factor.
module.exports = {
	ci: {
		collect: {
			numberOfRuns: 1,
			settings: {
				chromeFlags:
					'--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-dev-shm-usage',
				// The site makes no third-party requests; this keeps Lighthouse from trying either.
				skipAudits: ['uses-http2'],
			},
		},
		upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
	},
};
