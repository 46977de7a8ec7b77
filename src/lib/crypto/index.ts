/**
 * Public API of the crypto module: the only code in the app that touches libsodium.
 * Call `loadSodium()` (or unlock/create a vault, which does) before the synchronous
 * record, wrap, seal and stream functions.
 */
export { loadSodium, memzero, type Sodium } from './sodium';
export { randomBytes, toBase64, fromBase64, tryFromBase64, base64BytesSchema, utf8 } from './bytes';
export {
	CryptoError,
	DecryptionError,
	KdfDowngradeError,
	KdfTimeoutError,
	SealedBoxError,
	TamperedError,
	TruncatedError,
	VaultHeaderError,
	WrongPasskeyError,
	WrongPassphraseError
} from './errors';
export {
	DEFAULT_KDF_COST,
	KDF_CEILING,
	KDF_FLOOR,
	KDF_KEY_BYTES,
	KDF_SALT_BYTES,
	assertKdfParamsAcceptable,
	kdfParamsSchema,
	newKdfParams,
	type KdfCost,
	type KdfParams
} from './kdf';
export { deriveKey, terminateKdfWorker } from './derive-key';
export {
	NONCE_BYTES,
	decryptRecord,
	encryptRecord,
	recordAad,
	type EncryptedRecord,
	type RecordRef
} from './aead';
export { RecordDecryptor } from './record-decryptor';
export { PAD_BLOCK_BYTES, pad, unpad } from './padding';
export { unwrapKey, wrapKey, type WrappedKey } from './key-wrap';
export {
	vaultHeaderSchema,
	vaultPublicKey,
	type PasskeySlot,
	type VaultHeader
} from './vault-header';
export {
	createVault,
	forgetKeys,
	openVault,
	rewrapVault,
	unlockVault,
	type OpenedVault,
	type VaultKeys
} from './vault-keys';
export { rekeyVault } from './vault-rekey';
export {
	addPasskeySlot,
	openVaultWithPasskey,
	passkeyCredentialId,
	passkeyPrfSalt,
	removePasskeySlot
} from './passkey-slot';
export { openSealed, sealForVault } from './sealed-box';
export { STREAM_CHUNK_BYTES, decryptStream, encryptStream } from './secretstream';
