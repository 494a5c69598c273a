import { describe, expect, it } from 'vitest';
import { diffSize, letterDiff, nearestAccepted } from '../../../../src/lib/domain/answers/diff';

describe('letterDiff', () => {
	it('shows a swapped letter between shared runs', () => {
		expect(letterDiff('Hua Phăn', 'Hủa Phăn')).toEqual([
			{ kind: 'same', text: 'H' },
			{ kind: 'changed', given: 'u', expected: 'ủ' },
			{ kind: 'same', text: 'a Phăn' }
		]);
	});
	it('shows letters left out and letters too many', () => {
		expect(letterDiff('Luông Pha Bng', 'Luông Pha Băng')).toEqual([
			{ kind: 'same', text: 'Luông Pha B' },
			{ kind: 'missing', expected: 'ă' },
			{ kind: 'same', text: 'ng' }
		]);
		expect(letterDiff('PACCOMX', 'PACCOM')).toEqual([
			{ kind: 'same', text: 'PACCOM' },
			{ kind: 'extra', given: 'X' }
		]);
	});
	it('ignores case and spacing the checker ignores, and counts the differences', () => {
		expect(letterDiff('  ban châu  mỹ', 'Ban Châu Mỹ')).toEqual([{ kind: 'same', text: 'Ban Châu Mỹ' }]);
		expect(diffSize(letterDiff('Xay Nha By Li', 'Xay Nhạ By Ly'))).toBe(2);
	});
});

describe('nearestAccepted', () => {
	it('compares a near miss with the accepted answer it was nearly', () => {
		expect(nearestAccepted('Luông Pha Bng', 'Hủa Phăn', ['Luông Pha Băng', 'Xay Nhạ By Ly'])).toBe(
			'Luông Pha Băng'
		);
		expect(nearestAccepted('Hủa Phan', 'Hủa Phăn', ['Luông Pha Băng'])).toBe('Hủa Phăn');
	});
});
