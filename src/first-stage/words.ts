import type { LocaleBundle } from '../data/bundle.js';
import type { FirstScreenWords } from './first-screen.js';

/**
 * The first screen's words, picked from a language's bundle. The build runs it over the English
 * bundle (scripts/build/first-stage.mjs) so the first stage carries only these, not every word of the
 * steps; a loaded language is read from its bundle at paint time, key by key as the element does.
 */
export function firstScreenWords(bundle: LocaleBundle): FirstScreenWords {
  const { emergency, shared } = bundle;
  const { ui } = emergency;
  return {
    heading: emergency.heading,
    shortAnswer: emergency.shortAnswer,
    sayToOperator: emergency.sayToOperator,
    ...(emergency.sayNote ? { sayNote: emergency.sayNote } : {}),
    doNots: emergency.doNots,
    waysOut: emergency.waysOut,
    ui: {
      callButton: ui.callButton,
      callButtonService: ui.callButtonService,
      callLocal: ui.callLocal,
      numberWords: ui.numberWords,
      localNumberWords: ui.localNumberWords,
      services: ui.services,
      alternate: ui.alternate,
      unknownRegion: ui.unknownRegion,
      noRegion: ui.noRegion,
      regionGuess: ui.regionGuess,
      mobileNumbers: ui.mobileNumbers,
      mobileCall: ui.mobileCall,
      chooseCountry: ui.chooseCountry,
      chooseCountryFirst: ui.chooseCountryFirst,
      otherCountry: ui.otherCountry,
      sayHeading: ui.sayHeading,
      copy: ui.copy,
      stepsToggle: ui.stepsToggle,
    },
    disclaimer: shared.disclaimer,
  };
}
