# The tagger: features, perceptron, trainer, model files, POS and NER taggers,
# entity clusters and the gazetteer. Included by the top-level CMakeLists.txt.
target_sources(hearsay PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/averaged_perceptron.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/case_evidence.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/corpus_reader.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/document_pass.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/entity_clusters.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/features.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/gazetteer.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/model_file.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/model_search.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/ner_tagger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/perceptron.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/place_linker.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/pos_tagger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/prediction_history.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/sentence_view.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/sequence_model.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/tagger_models.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/trainer.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/word_clusters.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/word_lexicon.cc)
# The source tree's models/ is the last place the model search path looks.
set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/src/tagger/model_search.cc APPEND PROPERTY
  COMPILE_DEFINITIONS HEARSAY_SOURCE_MODEL_DIR="${CMAKE_CURRENT_SOURCE_DIR}/models")
