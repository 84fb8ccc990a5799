# Tests of the tagger (src/tagger); included by tests/CMakeLists.txt.
hearsay_test(model_file_test tagger/model_file_test.cc)
hearsay_test(trainer_test tagger/trainer_test.cc)
hearsay_test(sequence_model_test tagger/sequence_model_test.cc)
hearsay_test(perceptron_test tagger/perceptron_test.cc)
hearsay_test(word_lexicon_test tagger/word_lexicon_test.cc)
hearsay_test(gazetteer_test tagger/gazetteer_test.cc)
hearsay_test(entity_clusters_test tagger/entity_clusters_test.cc)
hearsay_test(place_linker_test tagger/place_linker_test.cc)
hearsay_test(tagger_models_test tagger/tagger_models_test.cc)
hearsay_test(ner_tagger_test tagger/ner_tagger_test.cc)
hearsay_test(train_cli_test tagger/train_cli_test.cc)
add_dependencies(train_cli_test hearsay_cli)

# NER through `hearsay extract` on CoNLL-2003 dev: guards against regressions
# (the committed model scores 0.923 through extract); skips, and passes, when ../shared is absent.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME eval_ner_conll_dev
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/bench/eval_ner.py
                   --hearsay $<TARGET_FILE:hearsay_cli> --min-f1 0.92)
endif()
hearsay_test(flat_hash_map_test tagger/flat_hash_map_test.cc)
