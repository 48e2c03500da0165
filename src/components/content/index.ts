import Callout from './Callout.astro';
import Kbd from './Kbd.astro';
import InfoButton from './InfoButton.astro';
import SettingsPath from './SettingsPath.astro';
import DeviceSwitch from './DeviceSwitch.astro';
import DeviceVariant from './DeviceVariant.astro';
import Checklist from '../checklist/Checklist.astro';
import Step from '../checklist/Step.astro';

/** The components every MDX article can use without importing them. */
export const mdxComponents = {
	Callout,
	Kbd,
	InfoButton,
	SettingsPath,
	DeviceSwitch,
	DeviceVariant,
	Checklist,
	Step,
};
