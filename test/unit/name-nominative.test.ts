import * as assert from 'node:assert';
import { nominativeOf } from '../../src/core/recognize/name-nominative';

describe('the nominative of a declined Russian name (Add Name to the Registry)', () => {
  it('puts every declined word of a name in the nominative', () => {
    assert.strictEqual(nominativeOf('Николая Ивановича Бухарина'), 'Николай Иванович Бухарин');
    assert.strictEqual(nominativeOf('Радеку'), 'Радек');
    assert.strictEqual(nominativeOf('Крестинского'), 'Крестинский');
    assert.strictEqual(nominativeOf('Крупской'), 'Крупская');
    assert.strictEqual(nominativeOf('Ягодой'), 'Ягода');
    assert.strictEqual(nominativeOf('Н. И. Бухариным'), 'Н. И. Бухарин');
  });

  it('leaves a nominative, a Latin name and an indeclinable word as they are', () => {
    assert.strictEqual(nominativeOf('Бухарин'), 'Бухарин');
    assert.strictEqual(nominativeOf('Lenins'), 'Lenins');
    assert.strictEqual(nominativeOf('Шеболдаево'), 'Шеболдаево');
  });
});
