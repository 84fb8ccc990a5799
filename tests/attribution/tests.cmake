# Attribution: quotes, cues, reported speech, source resolution.
hearsay_test(quote_finder_test attribution/quote_finder_test.cc)
hearsay_test(cue_lexicon_test attribution/cue_lexicon_test.cc)
hearsay_test(attribution_annotator_test attribution/attribution_annotator_test.cc)
hearsay_test(attribution_model_test attribution/attribution_model_test.cc)
