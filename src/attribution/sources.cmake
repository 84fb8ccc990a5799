# Attribution: quotes, cues, reported speech, source resolution.
target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/attribution_annotator.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/attribution_model.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/attribution_trainer.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/cue_lexicon.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/quote_attributor.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/quote_finder.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/reported_speech.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/source_phrase.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/attribution/source_resolver.cc)
