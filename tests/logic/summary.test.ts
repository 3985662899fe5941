import { expect } from '@open-wc/testing';
import { diagnose } from '../../src/logic/diagnose.js';
import { summaryText } from '../../src/logic/summary.js';
import { repairWords } from '../../src/data/en/repair-words.js';
import { diagnosisText } from '../../src/data/en/diagnosis.js';

describe('summaryText', () => {
  it('names the door, what it does, the answers, the likely causes and the driving verdict', () => {
    const answers = { doorPosition: 'rear', opensOutside: 'yes', handleFeel: 'normal', history: ['trim-work'] };
    const text = summaryText(answers, diagnose(answers), diagnosisText, repairWords.causeNames);
    expect(text).to.equal(
      [
        'Car door will not open from inside',
        'Door: rear door.',
        diagnosisText.summary.interiorReleaseFailure,
        '',
        'What we noticed:',
        '- Opens from outside: opens from outside',
        '- Door: rear door',
        '- Inside handle: handle feels normal',
        '- Before it started: recent work on the door',
        '',
        'Likely causes:',
        '- Child safety lock switched on',
        '',
        'Driving: Not decided yet.',
        'These answers decide it: Latching; Doors affected; Seat that needs this door',
      ].join('\n'),
    );
  });

  it('carries a decided verdict as it is shown', () => {
    const answers = { latches: 'secure', opensOutside: 'yes', handleFeel: 'loose' } as const;
    const text = summaryText(answers, diagnose(answers, undefined, { skipped: ['doorCount', 'seatNeeded', 'history'] }), diagnosisText, repairWords.causeNames);
    expect(text.split('\n').slice(-1)[0]).to.equal('Driving: Maybe a very short distance.');
  });

  it('does not call a door stuck from both sides an interior release failure', () => {
    const answers = { opensOutside: 'no' };
    const text = summaryText(answers, diagnose(answers), diagnosisText, repairWords.causeNames);
    expect(text).not.to.contain('interior door release failure');
    expect(text).to.contain('Door: not stated.');
  });
});
