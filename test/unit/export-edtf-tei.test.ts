import * as assert from 'node:assert';
import { teiDateAttributes } from '../../src/core/export/edtf-tei';

describe('teiDateAttributes', () => {
  const cases: Array<[string, Record<string, string> | undefined]> = [
    ['1936-12-18', { when: '1936-12-18' }],
    ['1936-12', { when: '1936-12' }],
    ['1936', { when: '1936' }],
    ['1936-08-19/1936-08-24', { from: '1936-08-19', to: '1936-08-24' }],
    ['1929/..', { from: '1929' }],
    ['../1917', { to: '1917' }],
    ['1936-21', { notBefore: '1936-03', notAfter: '1936-05' }],
    ['1936-24', { notBefore: '1936-12', notAfter: '1937-02' }],
    ['1936-33', { notBefore: '1936-01', notAfter: '1936-03' }],
    ['193X', { notBefore: '1930', notAfter: '1939' }],
    ['1934~', { notBefore: '1934', notAfter: '1934', cert: 'medium' }],
    ['1934-12-01?', { notBefore: '1934-12-01', notAfter: '1934-12-01', cert: 'low' }],
    ['1936-XX', { notBefore: '1936', notAfter: '1936' }],
    ['1927-23/1928-21', { from: '1927-09', to: '1928-05' }],
    ['1931/1936-06~', { from: '1931', to: '1936-06', cert: 'medium' }],
    ['XXXX-12-18', undefined],
    ['18 December 1936', undefined],
    ['1936-13', undefined],
  ];
  for (const [edtf, attrs] of cases) {
    it(`${edtf} -> ${JSON.stringify(attrs)}`, () => assert.deepStrictEqual(teiDateAttributes(edtf), attrs));
  }
});
