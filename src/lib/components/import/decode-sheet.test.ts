import { describe, expect, it } from 'vitest';
import { decodeSheet } from './decode-sheet';

describe('decodeSheet', () => {
	it('reads UTF-8 with its BOM kept, for the parser to drop', () => {
		const bytes = new TextEncoder().encode('\uFEFFDatum;Thema\n2022-01-01;Opleiding é');
		expect(decodeSheet(bytes)).toEqual({
			text: '\uFEFFDatum;Thema\n2022-01-01;Opleiding é',
			encoding: 'utf-8'
		});
	});

	it('falls back to Windows-1252 when the bytes are not UTF-8, keeping accents', () => {
		const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x78]);
		expect(decodeSheet(bytes)).toEqual({ text: 'Café;x', encoding: 'windows-1252' });
	});
});
