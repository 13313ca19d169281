/** Vietnamese text in spreadsheets: legacy encodings (TCVN3, VNI), NFC, matching keys. */
export {
  ColumnEncodingVote,
  encodingFromFont,
  guessEncoding,
  type LegacyEncoding,
  syllableScore,
  type TextSignal,
  textSignal,
} from './detect.js';
export {
  chunkDecoder,
  decodeBytes,
  detectFileEncoding,
  FILE_ENCODING_NAMES,
  type FileEncoding,
  lineRepair,
} from './file-encoding.js';
export { cleanText, foldText, nameKey, type TextRepair } from './normalize.js';
export { decodeTcvn3, encodeTcvn3, TCVN3_TO_UNICODE } from './tcvn3.js';
export { decodeVni, encodeVni, VNI_TO_UNICODE } from './vni.js';
