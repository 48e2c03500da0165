import { describe, expect, it } from 'vitest';
import { dropDeviceModels } from './device-models.ts';

const words = (text: string) => text.split(' ');

describe('device models', () => {
	it('drops the model after a device name, keeping the device', () => {
		expect(dropDeviceModels(words('my iphone 15 pro max will not backup'))).toEqual(
			words('my iphone will not backup')
		);
		expect(dropDeviceModels(words('ipad air 5th generation stuck'))).toEqual(words('ipad stuck'));
		expect(dropDeviceModels(words('iphone se backup'))).toEqual(words('iphone backup'));
	});

	it('leaves numbers that are not a model alone', () => {
		expect(dropDeviceModels(words('backup failed after ios 26'))).toEqual(
			words('backup failed after ios 26')
		);
		expect(dropDeviceModels(words('only 5 gb free on my iphone'))).toEqual(
			words('only 5 gb free on my iphone')
		);
	});
});
