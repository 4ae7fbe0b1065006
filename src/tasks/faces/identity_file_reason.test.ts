import { describe, expect, it } from 'vitest';
import { translate, type Locale, type MessageKey, type Params } from '../../i18n/translate';
import { identitiesFromFile } from './identity_file';
import { identityFileReason } from './identity_file_reason';

const translator = (locale: Locale) => ({
  locale,
  t: (key: MessageKey, params?: Params) => translate(locale, key, params),
});
const reasonOf = (locale: Locale, text: string) => {
  try {
    identitiesFromFile(text);
  } catch (e) {
    return identityFileReason(translator(locale), e);
  }
  throw new Error('the file was read');
};
const identity = {
  id: 'x',
  name: 'Li Wei',
  encoding: new Array(127).fill(0.1),
  shots: [],
  thumbnail: 'data:image/png;base64,AA==',
};
const short = JSON.stringify({ format: 'convlens-faces', version: 1, identities: [identity] });

describe('why an identities file was refused, in the reader’s language', () => {
  it.each([
    ['en', 'Identity 1 ("Li Wei") has no valid 128-number encoding.'],
    ['zh-CN', '第 1 个身份（“Li Wei”）没有有效的 128 维编码。'],
  ] as const)('%s names the identity and the problem', (locale, reason) => {
    expect(reasonOf(locale, short)).toBe(reason);
  });

  it('words the limit on identities with its plural', () => {
    const many = JSON.stringify({
      format: 'convlens-faces',
      version: 1,
      identities: Array.from({ length: 1001 }, () => identity),
    });
    expect(reasonOf('en', many)).toBe('The file must hold a list of at most 1000 identities.');
  });

  it('keeps the message of an error that is not a refusal', () => {
    expect(identityFileReason(translator('zh-CN'), new Error('disk'))).toBe('disk');
  });
});
