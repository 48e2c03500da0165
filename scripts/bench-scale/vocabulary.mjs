// @ts-check
/**
 * Words and phrases for synthetic articles, about devices, storage, networks and accounts, so the
 * search index sees a vocabulary close to the real site's rather than lorem ipsum.
 */

/** Topics an article can be about: slug prefix, title phrases and the words it leans on. */
export const TOPICS = [
	{
		id: 'storage',
		problems: [
			'iCloud storage fills up again',
			'The backup is bigger than the free space',
			'Photos use most of the plan',
			'Old backups take up iCloud space',
		],
		words: [
			'iCloud storage',
			'the storage bar',
			'Manage Account Storage',
			'old backups',
			'the photo library',
			'a 50 GB plan',
			'free space',
		],
	},
	{
		id: 'network',
		problems: [
			'The backup stops on hotel Wi-Fi',
			'Back Up Now is greyed out',
			'The backup drops when the router restarts',
			'A VPN blocks the backup',
		],
		words: [
			'Wi-Fi',
			'the router',
			'a captive sign-in page',
			'the VPN profile',
			'a mesh network',
			'Low Data Mode',
			'DNS settings',
		],
	},
	{
		id: 'account',
		problems: [
			'The Apple Account asks for a password again',
			'Two accounts are signed in',
			'iCloud says the account is locked',
			'The backup belongs to another Apple Account',
		],
		words: [
			'Apple Account',
			'the account password',
			'two-factor authentication',
			'a trusted device',
			'Family Sharing',
			'the verification code',
		],
	},
	{
		id: 'device',
		problems: [
			'The iPad gets warm and stops backing up',
			'The iPhone restarts during the backup',
			'The battery saver pauses the backup',
			'The screen never locks at night',
		],
		words: [
			'the Lock Screen',
			'Low Power Mode',
			'the charging cable',
			'the side button',
			'Battery Health',
			'Auto-Lock',
			'Screen Time',
		],
	},
	{
		id: 'software',
		problems: [
			'The backup fails after an iOS update',
			'A beta profile breaks the backup',
			'The update waits for the backup',
			'Settings crashes on iCloud Backup',
		],
		words: [
			'iOS 18',
			'iPadOS 26',
			'the software update',
			'a beta profile',
			'Background App Refresh',
			'the Settings app',
			'a configuration profile',
		],
	},
	{
		id: 'apps',
		problems: [
			'One app makes the backup huge',
			'Messages attachments fill the backup',
			'An app keeps its data out of the backup',
			'WhatsApp backs up separately',
		],
		words: [
			'app data',
			'Messages in iCloud',
			'attachments',
			'the app list',
			'Offload Unused Apps',
			'downloaded videos',
			'podcasts',
		],
	},
];

/** The devices a synthetic article can be about, as readers name them. */
export const DEVICE_NAMES = [
	'iPhone',
	'iPad',
	'iPhone SE',
	'iPad mini',
	'iPhone 15',
	'iPad Air',
	'iPhone 12',
	'iPad Pro',
];

/** Circumstances that make each title distinct. */
export const CONTEXTS = [
	'at night',
	'after a restore',
	'on a new phone',
	'abroad',
	'on a work network',
	'after a repair',
	'on a shared family plan',
	'with a full device',
	'after changing the password',
	'on cellular data',
	'at 99 percent',
	'every other day',
];

/** Section headings; an article draws a few without repeating. */
export const HEADINGS = [
	'What is going on',
	'Why this happens',
	'Check the basics',
	'Look at the settings',
	'Make the backup smaller',
	'Try another network',
	'Check the account',
	'What to expect',
	'If the numbers look wrong',
	'Before you start',
	'When it works again',
	'Keep it from coming back',
];

/** Actions for checklist steps. */
export const ACTIONS = [
	'Open',
	'Check',
	'Turn off',
	'Turn on',
	'Tap',
	'Look at',
	'Write down',
	'Compare',
	'Restart',
	'Wait for',
];

/** Settings paths readers follow. */
export const SETTINGS_PATHS = [
	'Settings > [your name] > iCloud',
	'Settings > [your name] > iCloud > iCloud Backup',
	'Settings > Wi-Fi',
	'Settings > General > iPhone Storage',
	'Settings > Battery',
	'Settings > General > Software Update',
	'Settings > Cellular',
];

/** Sentence templates; {w} is a topic word, {d} a device, {x} another topic word. */
export const SENTENCES = [
	'On your {d}, {w} decides whether the nightly backup can start at all.',
	'If {w} changed recently, the next backup may take longer than usual.',
	'Many readers find that {w} and {x} interact in ways that are easy to miss.',
	'Nothing here deletes data, but note what {w} shows before you change it.',
	'Your {d} checks {w} again each time it is locked and charging on Wi-Fi.',
	'When {x} is off, the backup waits quietly and shows no alert.',
	'The message usually goes away within a day once {w} is sorted out.',
	'Support will ask about {w} and {x}, so it helps to write both down.',
	'Older versions label {w} differently, but it lives in the same place.',
	'Give the {d} a few minutes after each change before you try again.',
	'The backup only sends what changed since last time, so {w} matters less after the first one.',
	'If {x} looks normal, move on to the next check rather than repeating this one.',
];
